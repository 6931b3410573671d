#!/usr/bin/env node
// Builds data/gazetteer/macro-regions.tsv (GeoNames column format plus a `source` column): oceans, seas and the
// macro-regions the press names ("the Sahel", "Southeast Asia"). Run once; the output is committed:
//
//   node scripts/build-macro-regions.mjs
//
// Two kinds of point, each recorded in the row's source (see data/gazetteer/SOURCES.md):
// - a published coordinate (the English Wikipedia infobox of the article named), or a nominal point marked as such;
// - for a region defined as a set of countries (or first-level divisions), the mean of those members' points in
//   country-points.tsv (GeoNames' country points) or admin1.tsv: reproducible, and inside the region for these compact
//   groups. Either way the point stands for an area: the resolver reports these rows at `region` precision.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const gazetteerDir = join(import.meta.dirname, "..", "data", "gazetteer");

/** id, name, alternate names, feature class and code, country, point (or members), source. */
const REGIONS = [
  // GeoNames ids of the three oceans: the IOC World Bird List region map in EOL's connector (AO, IO, PO → geonames.org ids).
  { id: "3373405", name: "Atlantic Ocean", alt: ["Atlantic", "the Atlantic"], fc: "H", code: "OCN", lat: 0, lon: -25, source: "geonames-id:3373405;pt:wikipedia:Atlantic_Ocean" },
  { id: "2363254", name: "Pacific Ocean", alt: ["Pacific", "the Pacific"], fc: "H", code: "OCN", lat: 0, lon: -160, source: "geonames-id:2363254;pt:wikipedia:Pacific_Ocean" },
  { id: "1545739", name: "Indian Ocean", alt: [], fc: "H", code: "OCN", lat: -20, lon: 80, source: "geonames-id:1545739;pt:wikipedia:Indian_Ocean" },
  { id: "sup:caribbean-sea", name: "Caribbean Sea", alt: ["Caribbean", "the Caribbean"], fc: "H", code: "SEA", lat: 15, lon: -75, source: "wikipedia:Caribbean_Sea" },
  // No published coordinate was found in the sources searched: a nominal point in the Ionian basin, inside the sea's
  // extent (30°–46° N, 5°50′ W–36° E, Encyclopaedia Britannica).
  { id: "sup:mediterranean-sea", name: "Mediterranean Sea", alt: ["Mediterranean", "the Mediterranean"], fc: "H", code: "SEA", lat: 35, lon: 18, source: "nominal;see:britannica:Mediterranean-Sea" },
  { id: "sup:korean-peninsula", name: "Korean Peninsula", alt: ["Korea Peninsula"], fc: "T", code: "PEN", lat: 37.5, lon: 127, source: "wikipedia:Korean_Peninsula" },
  { id: "sup:latin-america", name: "Latin America", alt: [], fc: "L", code: "RGN", countries: "MX GT HN SV NI CR PA CU DO HT CO VE EC PE BO BR PY UY AR CL", see: "wikipedia:Latin_America" },
  { id: "sup:balkans", name: "Balkans", alt: ["the Balkans", "Balkan Peninsula"], fc: "L", code: "RGN", countries: "AL BA BG GR XK ME MK RS", see: "wikipedia:Balkans" },
  // The Sahel as the news uses it: the five G5 Sahel states.
  { id: "sup:sahel", name: "Sahel", alt: ["the Sahel"], fc: "L", code: "RGN", countries: "MR ML BF NE TD", see: "wikipedia:G5_Sahel" },
  { id: "sup:horn-of-africa", name: "Horn of Africa", alt: [], fc: "L", code: "RGN", countries: "DJ ER ET SO", see: "wikipedia:Horn_of_Africa" },
  // The South Caucasus states (Russia's North Caucasus republics would pull a mean of country points into Siberia).
  { id: "sup:caucasus", name: "Caucasus", alt: ["the Caucasus", "South Caucasus", "Transcaucasia"], fc: "L", code: "RGN", countries: "AM AZ GE", see: "wikipedia:South_Caucasus" },
  { id: "sup:scandinavia", name: "Scandinavia", alt: [], fc: "L", code: "RGN", countries: "DK NO SE", see: "wikipedia:Scandinavia" },
  { id: "sup:southeast-asia", name: "Southeast Asia", alt: ["South-East Asia", "South East Asia", "Southeastern Asia"], fc: "L", code: "RGN", countries: "BN KH ID LA MY MM PH SG TH TL VN", see: "wikipedia:Southeast_Asia" },
  // Iraq's Kurdistan Region: the governorates of Duhok, Erbil and Sulaymaniyah (GeoNames ids, admin1.tsv).
  { id: "sup:kurdistan-region", name: "Kurdistan Region", alt: ["Iraqi Kurdistan", "Kurdistan Region of Iraq"], fc: "L", code: "RGN", country: "IQ", divisions: "97270 95445 98465", see: "wikipedia:Kurdistan_Region" },
];

const rowsById = (file) => {
  const m = new Map();
  for (const line of readFileSync(join(gazetteerDir, file), "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const f = line.split("\t");
    m.set(f[0], { lat: Number(f[4]), lon: Number(f[5]), country: f[8] });
  }
  return m;
};
const countryPoints = rowsById("country-points.tsv");
const admin1 = rowsById("admin1.tsv");

const mean = (points, label) => {
  if (points.some((p) => !p)) throw new Error(`${label}: a member has no point`);
  const round = (v) => Math.round(v * 1e4) / 1e4;
  return { lat: round(points.reduce((s, p) => s + p.lat, 0) / points.length), lon: round(points.reduce((s, p) => s + p.lon, 0) / points.length) };
};

const lines = [
  "# Oceans, seas and macro-regions in GeoNames column format, 20th column: source. Built by scripts/build-macro-regions.mjs; see SOURCES.md.",
];
for (const r of REGIONS) {
  let point = { lat: r.lat, lon: r.lon };
  let source = r.source;
  let country = r.country ?? "";
  if (r.countries) {
    const codes = r.countries.split(" ");
    point = mean(codes.map((c) => countryPoints.get(`cc:${c}`)), r.name);
    source = `pt:mean-of=country-points:${codes.join(",")};see:${r.see}`;
  } else if (r.divisions) {
    const ids = r.divisions.split(" ");
    point = mean(ids.map((id) => admin1.get(id)), r.name);
    source = `pt:mean-of=admin1:${ids.join(",")};see:${r.see}`;
  }
  lines.push([r.id, r.name, r.name, r.alt.join(","), point.lat, point.lon, r.fc, r.code, country, "", "", "", "", "", "0", "", "", "", "2026-11-21", source].join("\t"));
}
writeFileSync(join(gazetteerDir, "macro-regions.tsv"), lines.join("\n") + "\n");
console.log(`macro-regions.tsv: ${REGIONS.length} rows`);
