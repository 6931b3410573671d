#!/usr/bin/env node
// Builds data/gazetteer/us-counties.tsv (GeoNames column format plus a `source` column) from the devDependency
// `us-atlas` (counties-10m.json: the US Census Bureau's cartographic county boundaries as TopoJSON, with names and
// 5-digit FIPS codes). Run once; the output is committed:
//
//   node scripts/build-us-counties.mjs
//
// Each county, parish, borough and census area becomes an ADM2 row named with its feature word ("Orange County",
// "Jefferson Parish"), so that a bare "Orange" or "Lincoln" is never read as a county. Independent cities (Virginia's,
// Baltimore, St. Louis, Carson City), Alaska's consolidated city-boroughs and the District of Columbia are left out:
// cities500 already has them as the cities they are. The point is the polygon's centroid when it lies inside the
// county, otherwise a point on its surface.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { feature } from "topojson-client";
import { booleanPointInPolygon, centroid, pointOnFeature } from "@turf/turf";

const root = join(import.meta.dirname, "..");
const topology = JSON.parse(readFileSync(join(root, "node_modules", "us-atlas", "counties-10m.json"), "utf8"));
const usAtlasVersion = JSON.parse(readFileSync(join(root, "node_modules", "us-atlas", "package.json"), "utf8")).version;

// GeoNames' admin-1 codes for US states are the postal codes: take them from admin1.tsv by the state's name.
const postalByStateName = new Map();
for (const line of readFileSync(join(root, "data", "gazetteer", "admin1.tsv"), "utf8").split("\n")) {
  const f = line.split("\t");
  if (f[8] === "US" && f[7] === "ADM1") postalByStateName.set(f[1], f[10]);
}
const stateByFips = new Map();
for (const g of topology.objects.states.geometries) {
  const postal = postalByStateName.get(g.properties.name);
  if (postal) stateByFips.set(g.id, { name: g.properties.name, postal });
}

// Alaska's county equivalents (US Census Bureau): boroughs and census areas. Its consolidated city-boroughs and
// municipality (Anchorage, Juneau, Sitka, Wrangell, Yakutat, Skagway) are the cities cities500 has.
const ALASKA_BOROUGHS = new Set(["Aleutians East", "Bristol Bay", "Denali", "Fairbanks North Star", "Haines", "Kenai Peninsula", "Ketchikan Gateway", "Kodiak Island", "Lake and Peninsula", "Matanuska-Susitna", "North Slope", "Northwest Arctic", "Petersburg"]);
const ALASKA_CENSUS_AREAS = new Set(["Aleutians West", "Bethel", "Dillingham", "Hoonah-Angoon", "Kusilvak", "Nome", "Prince of Wales-Hyder", "Southeast Fairbanks", "Valdez-Cordova", "Yukon-Koyukuk"]);
/** States whose FIPS county codes from 510 up are independent cities (Virginia; Baltimore, St. Louis, Carson City). */
const INDEPENDENT_CITY_STATES = new Set(["51", "24", "29", "32"]);

const featureWord = (stateFips, name) => {
  if (stateFips === "22") return "Parish";
  if (stateFips === "02") return ALASKA_BOROUGHS.has(name) ? "Borough" : ALASKA_CENSUS_AREAS.has(name) ? "Census Area" : null;
  return "County";
};

const clean = (s) => String(s ?? "").replace(/[\t\n\r]/g, " ").trim();
const ascii = (s) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "");
const round = (v) => Math.round(v * 1e5) / 1e5;

const rows = [];
let skipped = 0;
for (const f of feature(topology, topology.objects.counties).features) {
  const fips = String(f.id);
  const stateFips = fips.slice(0, 2);
  const state = stateByFips.get(stateFips);
  const bare = clean(f.properties.name);
  const word = featureWord(stateFips, bare);
  if (!state || !word || !f.geometry || stateFips === "11" || (INDEPENDENT_CITY_STATES.has(stateFips) && Number(fips.slice(2)) >= 510)) {
    skipped++;
    continue;
  }
  const c = centroid(f);
  const point = booleanPointInPolygon(c, f) ? c : pointOnFeature(f);
  const [lon, lat] = point.geometry.coordinates;
  const name = `${bare} ${word}`;
  const alternates = new Set();
  if (ascii(name) !== name) alternates.add(ascii(name));
  // "St. Louis County" is also written "Saint Louis County" and "St Louis County".
  if (/\bSt\.\s/.test(name)) {
    alternates.add(name.replace(/\bSt\.\s/g, "Saint "));
    alternates.add(name.replace(/\bSt\.\s/g, "St "));
  }
  if (/\bSte\.\s/.test(name)) alternates.add(name.replace(/\bSte\.\s/g, "Sainte "));
  rows.push([
    `fips:${fips}`, name, ascii(name), [...alternates].join(","), round(lat), round(lon), "A", "ADM2", "US", "", state.postal, fips.slice(2), "", "",
    "0", "", "", "", "", `us-atlas@${usAtlasVersion}:counties-10m ${fips} (US Census Bureau cartographic boundaries)`,
  ].map(clean).join("\t"));
}
rows.sort();
const header = [
  "# US counties, parishes, boroughs and census areas in GeoNames column format (geonameid is fips:<5-digit FIPS code>), 20th column: source.",
  "# Built by scripts/build-us-counties.mjs from us-atlas (ISC; US Census Bureau cartographic boundaries, public domain).",
];
writeFileSync(join(root, "data", "gazetteer", "us-counties.tsv"), [...header, ...rows].join("\n") + "\n");
console.log(`us-counties.tsv: ${rows.length} rows (${skipped} left out: independent cities, city-boroughs, territories)`);
