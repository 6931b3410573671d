/**
 * `npm run bench:ui-timeline -- [N] [--no-basemap]`: where the first load's time goes.
 * Starts the production build on a synthetic corpus of N incidents (0 = the sample corpus), opens
 * the dashboard in Chromium and prints, from navigation start, when each request started and ended
 * and when the map was ready and drew the incidents. `--no-basemap` answers every basemap tile
 * with an empty one, to see what the basemap costs; `--trace=file.json` writes a Chromium
 * performance trace (open it in the DevTools Performance panel; summarise it with trace-summary.ts); `--change` then
 * times one filter change, marked atlas-change-start / atlas-change-drawn in the trace. Numbers for diagnosis, not pass/fail.
 */
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? 3202);
const BASE = `http://127.0.0.1:${PORT}`;
const n = Number(process.argv[2] ?? 10000);
const noBasemap = process.argv.includes("--no-basemap");

const server = spawn("npx", ["next", "start", "-p", String(PORT)], {
  env: { ...process.env, ATLAS_SYNTHETIC_INCIDENTS: String(n), NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
try {
  for (let i = 0; ; i++) {
    if (i > 600) throw new Error("server did not answer");
    try {
      if ((await fetch(`${BASE}/api/summary`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  if (noBasemap) {
    // An empty body is an empty vector tile.
    await page.route("**/api/tiles/basemap/**", (route) => route.fulfill({ contentType: "application/vnd.mapbox-vector-tile", body: Buffer.alloc(0) }));
  }
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: typeof marks }).__marks = marks;
    new MutationObserver(() => {
      const el = document.querySelector<HTMLElement>('[data-testid="map"]');
      if (!el) return;
      if (el.dataset.mapReady && !marks.mapReady) marks.mapReady = performance.now();
      if (el.dataset.incidentsFor && !marks.incidentsDrawn) {
        marks.incidentsDrawn = performance.now();
        performance.mark("atlas-drawn");
      }
      if (!marks.mapElement) marks.mapElement = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const trace = process.argv.find((a) => a.startsWith("--trace="))?.slice("--trace=".length);
  // `--categories=a,b` adds trace categories to Playwright's defaults (e.g. gpu,viz to see the GPU process's work).
  const extraCategories = process.argv.find((a) => a.startsWith("--categories="))?.slice("--categories=".length).split(",") ?? [];
  const categories = ["devtools.timeline", "v8.execute", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame", "toplevel", "blink.console", "blink.user_timing", "latencyInfo", ...extraCategories];
  if (trace) await browser.startTracing(page, { path: trace, screenshots: false, categories });
  await page.goto(BASE);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.incidentsFor, null, { timeout: 120_000 });
  const report = await page.evaluate(() => ({
    marks: (window as unknown as { __marks: Record<string, number> }).__marks,
    nav: performance.getEntriesByType("navigation").map((e) => ({ domContentLoaded: (e as PerformanceNavigationTiming).domContentLoadedEventEnd, load: (e as PerformanceNavigationTiming).loadEventEnd }))[0],
    paint: performance.getEntriesByType("paint").map((e) => `${e.name} ${e.startTime.toFixed(0)}`),
    resources: performance.getEntriesByType("resource").map((e) => {
      const r = e as PerformanceResourceTiming;
      return { name: r.name.replace(location.origin, ""), start: r.startTime, end: r.responseEnd, bytes: r.encodedBodySize };
    }),
    longTasks: 0,
  }));
  console.log(`N=${n}${noBasemap ? " (basemap GeoJSON empty)" : ""}`, JSON.stringify(report.nav), report.paint.join(", "));
  for (const r of report.resources.sort((a, b) => a.start - b.start)) {
    console.log(`${r.start.toFixed(0).padStart(6)} -> ${r.end.toFixed(0).padStart(6)} ms  ${(r.bytes / 1024).toFixed(0).padStart(5)} KB  ${r.name.slice(0, 110)}`);
  }
  for (const [k, v] of Object.entries(report.marks).sort((a, b) => a[1] - b[1])) console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
  if (process.argv.includes("--change")) {
    // One filter change (untick the first publisher), marked for the trace: atlas-change-start -> atlas-change-drawn.
    const before = await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="map"]')!.dataset.incidentsFor!);
    await page.waitForTimeout(1000);
    await page.evaluate(() => performance.mark("atlas-change-start"));
    await page.locator('[data-testid="source-filter"] input[type=checkbox]').first().click();
    await page.waitForFunction((prev) => {
      const now = document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.incidentsFor ?? "";
      if (now === "" || now === prev) return false;
      performance.mark("atlas-change-drawn");
      return true;
    }, before, { timeout: 120_000, polling: "raf" });
    const took = await page.evaluate(() => {
      const [s] = performance.getEntriesByName("atlas-change-start");
      const [d] = performance.getEntriesByName("atlas-change-drawn");
      const requests = performance.getEntriesByType("resource").filter((r) => r.startTime >= s!.startTime).map((e) => {
        const r = e as PerformanceResourceTiming;
        return `${(r.startTime - s!.startTime).toFixed(0).padStart(6)} -> ${(r.responseEnd - s!.startTime).toFixed(0).padStart(6)} ms (ttfb ${(r.responseStart - r.requestStart).toFixed(0)} ms) ${(r.encodedBodySize / 1024).toFixed(0).padStart(5)} KB  ${r.name.replace(location.origin, "").slice(0, 100)}`;
      });
      return { ms: d!.startTime - s!.startTime, requests };
    });
    console.log(`filter change -> map updated: ${took.ms.toFixed(0)} ms`);
    for (const r of took.requests) console.log(r);
  }
  if (trace) await browser.stopTracing();
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
