/**
 * `npm run bench:ui [-- 10000 100000] [--runs=3]`: the production build (run `npx next build` first) on a
 * synthetic corpus of N incidents (ATLAS_SYNTHETIC_INCIDENTS), driven in Chromium. Prints, per N:
 * time to first map idle, time from a filter change to the map showing the new answer, bytes of
 * map data transferred, and first-load JavaScript (gzip), each run's load average beside it, and
 * medians over the runs. `BENCH_PORT` (default 3201) is the server's port. Numbers, not pass/fail.
 *
 * "Time to first map idle" runs from the dashboard's navigation start, with nothing cached, in a browser that is
 * already running (it has shown a blank page), as an analyst's is; `--cold-browser` opens the dashboard as the
 * browser's first page instead, so that the browser's own start (its GPU and renderer processes) is counted too.
 *
 * "Filter change -> map updated" runs from the click's input event (its `timeStamp`, so the
 * benchmark's own round trips to the browser are not counted) to the end of the first map frame
 * drawn with every incidents tile of the new answer loaded (`data-incidents-for` on the map).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { gzipSync } from "node:zlib";
import { cpus, loadavg } from "node:os";
import { chromium, type Page } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? 3201);
const BASE = `http://127.0.0.1:${PORT}`;
// 0 stands for the sample corpus, as a baseline.
const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 1);
const counts = sizes.length ? sizes : [10_000, 100_000];
const coldBrowser = args.includes("--cold-browser");

async function startServer(n: number): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "-p", String(PORT)], {
    env: { ...process.env, ATLAS_SYNTHETIC_INCIDENTS: String(n), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 600; i++) {
    try {
      // The summary answers once the synthetic corpus is built.
      const r = await fetch(`${BASE}/api/summary`);
      if (r.ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server on ${PORT} did not answer`);
}

function stop(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

type DataKind = "incidents" | "panels" | "basemap";
/** What a request carries: the map's incidents (tiles, or before them the compact GeoJSON), the panels' GeoJSON, the basemap. */
function dataKind(url: string): DataKind | null {
  if (url.includes("/api/tiles/incidents/") && !url.includes("/leaves")) return "incidents";
  if (url.includes("/api/layers/incidents") && url.includes("compact=1") && !url.includes("limit=")) return "incidents";
  if (url.includes("/api/layers/")) return "panels";
  if (url.includes("/api/tiles/basemap/") || /\/basemap\/[^/]+\.geojson/.test(url)) return "basemap";
  return null;
}
function bytesByKind(items: Array<{ bytes: number; kind: DataKind }>): Record<DataKind, number> {
  const out: Record<DataKind, number> = { incidents: 0, panels: 0, basemap: 0 };
  for (const { bytes, kind } of items) out[kind] += bytes;
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * Waits until the map has drawn the answer to an incidents request other than `previous`, and returns
 * when (performance.now()): the moment the page set `data-incidents-for`, seen by a MutationObserver
 * installed before the page loaded (see `recordMapUpdates`), so polling adds no delay.
 */
async function mapUpdatedAfter(page: Page, previous: string): Promise<number> {
  const handle = await page.waitForFunction(
    (prev) => {
      const updates = (window as unknown as { __mapUpdates: Array<{ for: string; at: number }> }).__mapUpdates;
      const last = updates[updates.length - 1];
      return last && last.for !== "" && last.for !== prev ? last.at : null;
    },
    previous,
    { timeout: 300_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Records every change of the map's `data-incidents-for` with its time, and the time of the last click's input event. */
function recordMapUpdates() {
  const w = window as unknown as { __mapUpdates: Array<{ for: string; at: number }>; __lastInput: number };
  w.__mapUpdates = [];
  w.__lastInput = 0;
  new MutationObserver((_, observer) => {
    if (document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.firstIdle !== "true") return;
    (w as unknown as { __firstIdle: number }).__firstIdle = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-first-idle"] });
  // The panels (the count, the list) follow the map: when the count first shows a number.
  new MutationObserver((_, observer) => {
    const count = document.querySelector<HTMLElement>('[data-testid="incident-count"]');
    if (!count || count.dataset.loading !== "false" || !count.dataset.count) return;
    (w as unknown as { __panelsShown: number }).__panelsShown = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-loading", "data-count"] });
  document.addEventListener("click", (e) => (w.__lastInput = e.timeStamp), { capture: true });
  new MutationObserver(() => {
    const now = document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.incidentsFor;
    const last = w.__mapUpdates[w.__mapUpdates.length - 1];
    if (now !== undefined && now !== last?.for) w.__mapUpdates.push({ for: now, at: performance.now() });
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-incidents-for"] });
}

async function incidentsFor(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.incidentsFor ?? "");
}

async function measure(n: number) {
  const t0 = Date.now();
  const server = await startServer(n);
  const serverReady = Date.now() - t0;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"] });
  try {
    // An analyst opens the dashboard in a browser that is already running: the browser's own start (its GPU and
    // renderer processes) is not the dashboard's. It shows a blank page first, in another context, so the dashboard's
    // page still starts with nothing cached.
    if (!coldBrowser) {
      await (await browser.newPage()).goto("about:blank");
      await new Promise((r) => setTimeout(r, 1000));
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(recordMapUpdates);
    const geojson: Array<{ url: string; bytes: number; kind: DataKind }> = [];
    const scripts = new Map<string, Buffer>();
    page.on("requestfinished", async (request) => {
      const url = request.url();
      const response = await request.response();
      if (!response) return;
      const kind = dataKind(url);
      if (kind) geojson.push({ url, bytes: (await request.sizes()).responseBodySize, kind });
      if (request.resourceType() === "script" && !scripts.has(url)) scripts.set(url, await response.body());
    });

    await page.goto(BASE);
    const firstIdle = await mapUpdatedAfter(page, "");
    // MapLibre's own 'idle': also past label fade-in and every other source.
    const mapIdle = (await (await page.waitForFunction(() => (window as unknown as { __firstIdle?: number }).__firstIdle ?? null, null, { timeout: 300_000, polling: 50 })).jsonValue()) as number;
    const panelsShown = (await (await page.waitForFunction(() => (window as unknown as { __panelsShown?: number }).__panelsShown ?? null, null, { timeout: 300_000, polling: 50 })).jsonValue()) as number;
    const firstLoadJs = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body).length, 0);
    const firstGeojson = bytesByKind(geojson);

    // Filter changes: untick a publisher, tick it again, pick a governorate, clear it.
    const changes: number[] = [];
    const steps: Array<() => Promise<void>> = [
      () => page.locator('[data-testid="source-filter"] input[type=checkbox]').first().click(),
      () => page.locator('[data-testid="source-filter"] button', { hasText: "All" }).click(),
      async () => {
        await page.locator('[data-testid="region-filter"] summary').click();
        await page.locator('[data-testid="region-filter"] input[name=region]').first().click();
      },
      () => page.locator('[data-testid="region-filter"] input[name=region]').first().click(),
    ];
    for (const step of steps) {
      const before = await incidentsFor(page);
      await step();
      const updated = await mapUpdatedAfter(page, before);
      const input = await page.evaluate(() => (window as unknown as { __lastInput: number }).__lastInput);
      changes.push(updated - input);
    }
    const count = await page.locator('[data-testid="incident-count"]').getAttribute("data-count");
    // The server's share, without the browser: the map's GeoJSON for all incidents and for one publisher.
    const server: number[] = [];
    let serverBytes = 0;
    for (const url of ["/api/layers/incidents?compact=1", "/api/layers/incidents?compact=1&source=unknown", "/api/layers/incidents?compact=1"]) {
      const start = performance.now();
      const body = await (await fetch(`${BASE}${url}`, { headers: { "accept-encoding": "identity" } })).arrayBuffer();
      server.push(performance.now() - start);
      if (url.endsWith("compact=1")) serverBytes = body.byteLength;
    }
    const load = loadavg()[0]!;
    return { n, load, serverReady, firstIdle, mapIdle, panelsShown, changes, firstGeojson, allGeojson: bytesByKind(geojson), firstLoadJs, count, server, serverBytes };
  } finally {
    await browser.close();
    stop(server);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

console.log(`machine load average at start: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (WebGL runs in software: SwiftShader); ${runs} run(s) per size; ${coldBrowser ? "the dashboard is the browser's first page (--cold-browser)" : "the browser is already running"}`);
for (const n of counts) {
  const results: Array<Awaited<ReturnType<typeof measure>>> = [];
  console.log(`\n== ${n === 0 ? "sample corpus" : `${n.toLocaleString("en-GB")} synthetic incidents`} ==`);
  for (let i = 0; i < runs; i++) {
    const r = await measure(n);
    results.push(r);
    console.log(`run ${i + 1} (load average ${r.load.toFixed(1)}; ${r.count} on the map; server start incl. building the corpus ${(r.serverReady / 1000).toFixed(1)} s)`);
    console.log(`  time to first map idle:               ${(r.firstIdle / 1000).toFixed(2)} s (navigation start -> map drawn with the incidents)`);
    console.log(`    to MapLibre's first 'idle' event:   ${(r.mapIdle / 1000).toFixed(2)} s (labels faded in, nothing left loading)`);
    console.log(`    to the count and list shown:        ${(r.panelsShown / 1000).toFixed(2)} s (the panels ask once the map has drawn)`);
    console.log(`  filter change -> map updated:         median ${median(r.changes).toFixed(0)} ms (${r.changes.map((c) => c.toFixed(0)).join(", ")} ms)`);
    const bytes = (b: Record<DataKind, number>) => `incidents on the map ${kb(b.incidents)}, list and panels ${kb(b.panels)}, basemap ${kb(b.basemap)}`;
    console.log(`  data transferred, first load:         ${bytes(r.firstGeojson)}`);
    console.log(`    with the ${r.changes.length} filter changes:        ${bytes(r.allGeojson)}`);
    console.log(`  first-load JavaScript (gzip):         ${kb(r.firstLoadJs)}`);
    console.log(`  server answer for the full GeoJSON:   ${r.server.map((t) => t.toFixed(0)).join(", ")} ms (all, one publisher, all again; ${kb(r.serverBytes)} uncompressed)`);
  }
  if (runs > 1) {
    console.log(`median of ${runs} runs (load average ${results.map((r) => r.load.toFixed(1)).join(", ")}):`);
    console.log(`  time to first map idle:               ${(median(results.map((r) => r.firstIdle)) / 1000).toFixed(2)} s (MapLibre 'idle' event: ${(median(results.map((r) => r.mapIdle)) / 1000).toFixed(2)} s)`);
    console.log(`  filter change -> map updated:         ${median(results.flatMap((r) => r.changes)).toFixed(0)} ms (median of all ${results.flatMap((r) => r.changes).length} changes)`);
  }
}
