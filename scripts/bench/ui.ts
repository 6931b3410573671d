/**
 * `npm run bench:ui [-- 10000 100000]`: the production build (run `npx next build` first) on a
 * synthetic corpus of N incidents (ATLAS_SYNTHETIC_INCIDENTS), driven in Chromium. Prints, per N:
 * time to first map idle, time from a filter change to the map showing the new answer, bytes of
 * GeoJSON transferred, and first-load JavaScript (gzip). Numbers, not pass/fail.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? 3201);
const BASE = `http://127.0.0.1:${PORT}`;
// 0 stands for the sample corpus, as a baseline.
const sizes = process.argv.slice(2).map(Number).filter((n) => n >= 0);
const counts = sizes.length ? sizes : [10_000, 100_000];

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Waits until the map has drawn the answer to an incidents request other than `previous`, and returns when (performance.now()). */
async function mapUpdatedAfter(page: Page, previous: string): Promise<number> {
  await page.waitForFunction(
    (prev) => {
      const el = document.querySelector<HTMLElement>('[data-testid="map"]');
      const now = el?.dataset.incidentsFor ?? "";
      return now !== "" && now !== prev;
    },
    previous,
    { timeout: 120_000, polling: "raf" },
  );
  return page.evaluate(() => performance.now());
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
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const geojson: Array<{ url: string; bytes: number }> = [];
    const scripts = new Map<string, Buffer>();
    page.on("requestfinished", async (request) => {
      const url = request.url();
      const response = await request.response();
      if (!response) return;
      if (url.includes("/api/layers/")) geojson.push({ url, bytes: (await request.sizes()).responseBodySize });
      if (request.resourceType() === "script" && !scripts.has(url)) scripts.set(url, await response.body());
    });

    await page.goto(BASE);
    const firstIdle = await mapUpdatedAfter(page, "");
    const firstLoadJs = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body).length, 0);
    const firstGeojson = geojson.reduce((s, g) => s + g.bytes, 0);

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
      const start = await page.evaluate(() => performance.now());
      await step();
      changes.push((await mapUpdatedAfter(page, before)) - start);
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
    return { n, serverReady, firstIdle, changes, firstGeojson, allGeojson: geojson.reduce((s, g) => s + g.bytes, 0), firstLoadJs, count, server, serverBytes };
  } finally {
    await browser.close();
    stop(server);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const [load1] = (await import("node:os")).loadavg();
console.log(`machine load average at start: ${load1!.toFixed(1)} on ${(await import("node:os")).cpus().length} cores (WebGL runs in software: SwiftShader)`);
for (const n of counts) {
  const r = await measure(n);
  console.log(`\n== ${n === 0 ? "sample corpus" : `${n.toLocaleString("en-GB")} synthetic incidents`} (${r.count} on the map) ==`);
  console.log(`server start incl. building the corpus: ${(r.serverReady / 1000).toFixed(1)} s (not part of page load)`);
  console.log(`time to first map idle:               ${(r.firstIdle / 1000).toFixed(2)} s (navigation start -> map drawn with the incidents)`);
  console.log(`filter change -> map updated:         median ${median(r.changes).toFixed(0)} ms (${r.changes.map((c) => c.toFixed(0)).join(", ")} ms)`);
  console.log(`GeoJSON transferred, first load:      ${kb(r.firstGeojson)} (all ${r.changes.length} filter changes included: ${kb(r.allGeojson)})`);
  console.log(`first-load JavaScript (gzip):         ${kb(r.firstLoadJs)}`);
  console.log(`server answer for the map's GeoJSON:  ${r.server.map((t) => t.toFixed(0)).join(", ")} ms (all, one publisher, all again; ${kb(r.serverBytes)} uncompressed)`);
}
