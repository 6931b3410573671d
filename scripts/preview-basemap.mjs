#!/usr/bin/env node
/**
 * Renders the offline basemap (app/map/basemap-style.ts) in headless Chromium and saves
 * screenshots, to check it by eye. Development aid only; not part of the app.
 *
 *   node scripts/preview-basemap.mjs [--out /tmp] [--chromium /usr/bin/chromium] [--size 1400x900]
 *     [--only syria,region] [--arabic]
 *
 * Serves a small page, maplibre-gl from node_modules and public/ from a throwaway HTTP server
 * bound to 127.0.0.1, and blocks (and reports) every request to any other host, which doubles
 * as a check that the basemap needs nothing from the network.
 * Writes <out>/basemap-<view>.png and prints the requests made and any MapLibre warnings.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { tsImport } from "tsx/esm/api";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MAPLIBRE_DIST = path.join(ROOT, "node_modules", "maplibre-gl", "dist");

const args = { out: "/tmp", chromium: "/usr/bin/chromium", width: 1400, height: 900, arabic: false };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === "--out") args.out = process.argv[++i];
  else if (a === "--chromium") args.chromium = process.argv[++i];
  else if (a === "--size") [args.width, args.height] = process.argv[++i].split("x").map(Number);
  else if (a === "--only") args.only = process.argv[++i].split(",");
  // Also render the governorates' Arabic names (nameAr) through font-faces, as a check of
  // Noto Naskh Arabic and right-to-left shaping without the RTL text plugin.
  else if (a === "--arabic") args.arabic = true;
  else throw new Error(`unknown argument ${a}`);
}

/** name, center, zoom */
const VIEWS = [
  ["syria", [38.5, 35.0], 6],
  ["region", [38.5, 34.0], 4.5],
  ["northwest", [36.7, 35.9], 8],
  ["south", [36.3, 33.2], 8],
  ["east", [40.6, 35.8], 7.2],
];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".ttf": "font/ttf",
  ".png": "image/png",
};

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>basemap preview</title>
<link rel="stylesheet" href="/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%;width:100%}</style></head>
<body><div id="map"></div>
<script type="module">
  import * as maplibregl from "/maplibre-gl.mjs";
  maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");
  const style = await (await fetch("/style.json")).json();
  // maxBounds as the app should set it (BASEMAP_BOUNDS): the data ends there.
  const map = new maplibregl.Map({ container: "map", style, maxBounds: style.metadata["incident-atlas:bounds"], attributionControl: { compact: false }, fadeDuration: 0 });
  map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
  window.__map = map;
  window.__errors = [];
  map.on("error", (e) => window.__errors.push(String(e.error?.message ?? e.error ?? e)));
  map.once("idle", () => { window.__ready = true; });
</script></body></html>`;

async function sendFile(res, file) {
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new Error("not a file");
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "content-length": st.size });
    createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404).end("not found");
  }
}

async function main() {
  const mod = await tsImport(pathToFileURL(path.join(ROOT, "app", "map", "basemap-style.ts")).href, import.meta.url);
  const { basemapStyle, LABEL_LAYER_IDS, FIRST_LABEL_LAYER_ID } = mod;
  // The style's tiles, cut from public/basemap as the app's /api/tiles/basemap route does.
  const tilesMod = await tsImport(pathToFileURL(path.join(ROOT, "lib", "basemap", "tiles.ts")).href, import.meta.url);
  const basemapTiles = tilesMod.basemapTiles(path.join(ROOT, "public", "basemap"));

  // Static checks: the style validates, and the exported label ids are the style's top layers.
  const sample = basemapStyle("http://127.0.0.1:1");
  const problems = validateStyleMin(sample);
  if (problems.length) throw new Error(`style does not validate:\n  ${problems.map((e) => e.message).join("\n  ")}`);
  const ids = sample.layers.map((l) => l.id);
  const tail = ids.slice(ids.indexOf(FIRST_LABEL_LAYER_ID));
  if (JSON.stringify(tail) !== JSON.stringify([...LABEL_LAYER_IDS])) {
    throw new Error(`LABEL_LAYER_IDS ${JSON.stringify(LABEL_LAYER_IDS)} do not match the style's label layers ${JSON.stringify(tail)}`);
  }
  console.log(`style ok: ${ids.length} layers, ${Object.keys(sample.sources).length} sources, labels from "${FIRST_LABEL_LAYER_ID}"`);
  const served = [];

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const p = decodeURIComponent(url.pathname);
    served.push(p);
    if (p === "/") return res.writeHead(200, { "content-type": TYPES[".html"] }).end(PAGE);
    if (p === "/style.json") {
      const origin = `http://${req.headers.host}`;
      return res.writeHead(200, { "content-type": TYPES[".json"] }).end(JSON.stringify(basemapStyle(origin)));
    }
    const tile = /^\/api\/tiles\/basemap\/(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(p);
    if (tile) {
      const [z, x, y] = tile.slice(1).map(Number);
      if (!tilesMod.isBasemapTile(z, x, y)) return res.writeHead(404).end("no such tile");
      return res.writeHead(200, { "content-type": "application/vnd.mapbox-vector-tile" }).end(Buffer.from(basemapTiles.tile(z, x, y)));
    }
    if (p === "/maplibre-gl.mjs" || p === "/maplibre-gl.css") return sendFile(res, path.join(MAPLIBRE_DIST, p.slice(1)));
    const file = path.normalize(path.join(ROOT, "public", p));
    if (!file.startsWith(path.join(ROOT, "public") + path.sep)) return res.writeHead(403).end();
    return sendFile(res, file);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = /** @type {import("node:net").AddressInfo} */ (server.address()).port;
  const origin = `http://127.0.0.1:${port}`;

  const browser = await chromium.launch({
    executablePath: args.chromium,
    args: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-background-networking", "--no-first-run"],
  });
  const blocked = [];
  const consoleLines = [];
  try {
    const context = await browser.newContext({ viewport: { width: args.width, height: args.height }, deviceScaleFactor: 1 });
    await context.route("**/*", (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === "127.0.0.1" || u.protocol === "data:" || u.protocol === "blob:") return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "warning" || m.type() === "error") consoleLines.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => consoleLines.push(`pageerror: ${e.message}`));

    await page.goto(`${origin}/`);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 120_000 });

    for (const [name, center, zoom] of VIEWS.filter(([n]) => !args.only || args.only.includes(n))) {
      await page.evaluate(([c, z]) => {
        window.__ready = false;
        window.__map.jumpTo({ center: c, zoom: z });
        window.__map.once("idle", () => { window.__ready = true; });
        window.__map.triggerRepaint();
      }, [center, zoom]);
      await page.waitForFunction(() => window.__ready === true, null, { timeout: 120_000 });
      // One more frame so late glyphs (font-faces load lazily) are in.
      await page.waitForTimeout(300);
      await page.evaluate(() => new Promise((r) => { window.__map.once("idle", r); window.__map.triggerRepaint(); }));
      const file = path.join(args.out, `basemap-${name}${args.width === 1400 && args.height === 900 ? "" : `-${args.width}x${args.height}`}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}  (center ${center.join(",")}, zoom ${zoom})`);
    }
    if (args.arabic) {
      await page.evaluate(() => {
        window.__ready = false;
        window.__map.addLayer({
          id: "test-arabic",
          type: "symbol",
          source: "basemap-governorates",
          layout: { "text-field": ["get", "nameAr"], "text-font": ["Noto Sans Bold"], "text-size": 16, "symbol-placement": "point" },
          paint: { "text-color": "#b03030", "text-halo-color": "#fff", "text-halo-width": 1.5 },
        });
        window.__map.jumpTo({ center: [37.5, 34.8], zoom: 6.6 });
        window.__map.once("idle", () => { window.__ready = true; });
      });
      await page.waitForFunction(() => window.__ready === true, null, { timeout: 120_000 });
      await page.waitForTimeout(300);
      await page.evaluate(() => new Promise((r) => { window.__map.once("idle", r); window.__map.triggerRepaint(); }));
      const file = path.join(args.out, "basemap-arabic.png");
      await page.screenshot({ path: file });
      console.log(`wrote ${file}  (governorate nameAr test layer)`);
    }
    const errors = await page.evaluate(() => window.__errors);
    if (errors.length) console.log(`map errors:\n  ${errors.join("\n  ")}`);
  } finally {
    await browser.close();
    server.close();
  }

  const counts = {};
  for (const p of served) counts[p] = (counts[p] ?? 0) + 1;
  console.log(`requests served from 127.0.0.1:\n  ${Object.keys(counts).sort().join("\n  ")}`);
  console.log(blocked.length ? `BLOCKED non-local requests:\n  ${blocked.join("\n  ")}` : "no request left 127.0.0.1");
  if (consoleLines.length) console.log(`browser console:\n  ${[...new Set(consoleLines)].join("\n  ")}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
