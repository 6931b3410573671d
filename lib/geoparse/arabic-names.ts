import { join } from "node:path";
import { ADMIN1_PCODE } from "./admin-path";
import { placeOfGeoNamesRow, readTextFile, type TextReader } from "./gazetteer";
import type { Place } from "./place";

/**
 * Syrian places by their Arabic names, for search: the gazetteer's own index keeps Latin-script names only (see
 * isLatinName), so the Arabic names OCHA gives every community, neighbourhood, sub-district, district and governorate
 * (column 4 of `data/gazetteer/syria-places.tsv`, `name_ar` of `data/gazetteer/syria-admin.tsv`) are indexed here.
 */

/** One place with its Arabic names; `place` is the row's own (its id is the gazetteer's id of the same place). */
export interface ArabicEntry {
  place: Place;
  /** Arabic names as written, the one to show first (OCHA's, written last in the row). */
  names: string[];
}

export interface ArabicMatch {
  entry: ArabicEntry;
  /** The Arabic name that matched, as written. */
  name: string;
  /**
   * "exact": the name as typed (up to spelling: hamza, tashkeel, tatweel, ى/ي, ة/ه, the article);
   * "clitic": once a leading و/ف/ب/ل/ك was taken off ("وجبلة"); "part": one part of a name written in parts
   * ("ديروتان / جبلة") or without its "مركز"/"ناحية"; "prefix": a name beginning with what was typed.
   */
  match: "exact" | "clitic" | "part" | "prefix";
}

export interface ArabicNameIndex {
  /** Places whose Arabic name is this one, best kind of match first (at most `limit`, default 50). */
  lookup(query: string, options?: { prefix?: boolean; limit?: number }): ArabicMatch[];
  /** The entry of a place by its gazetteer id ("169304", "ocha:C3585", "ocha:SY0602"). */
  byId(id: string): ArabicEntry | undefined;
  size: number;
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]/;

/** Whether the text has an Arabic letter (then it is searched by its Arabic name). */
export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/**
 * Arabic as names are compared: presentation forms unfolded (NFKC), tashkeel (U+064B–U+065F, U+0670) and tatweel
 * (U+0640) dropped, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, ء dropped (Persian ی ک as ي ك), punctuation as space,
 * Latin in lower case.
 */
export function normalizeArabic(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    // Any other mark (Quranic annotation signs) is no letter either.
    .replace(/\p{M}/gu, "")
    .replace(/[أإآٱ]/g, "ا")
    // Hamza on its seat as the seat ("بئر" = "بير"), on the line dropped ("الحمراء" = "الحمرا").
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(/ء/g, "")
    .replace(/[ىی]/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ک/g, "ك")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const ARTICLE = "ال";

/** A normalised word without the article ("الجبلة" → "جبله"), when two letters at least are left. */
function withoutArticle(word: string): string {
  return word.startsWith(ARTICLE) && word.length >= ARTICLE.length + 2 ? word.slice(ARTICLE.length) : word;
}

/** The matching key of a normalised name: each word without the article ("دير الزور" and "دير زور" agree). */
export function arabicKey(normalized: string): string {
  return normalized.split(" ").filter(Boolean).map(withoutArticle).join(" ");
}

/**
 * The first word without a leading clitic: و or ف ("and"), then ب, ل or ك ("in", "to", "like"), and ل + the article
 * written لل ("للاذقية"). Each reading once, longest clitic last; the word itself is not among them.
 */
export function withoutClitics(word: string): string[] {
  const out = new Set<string>();
  const add = (w: string) => {
    if (w.length >= 2 && w !== word) out.add(w);
  };
  for (const conj of ["", "و", "ف"]) {
    if (!word.startsWith(conj)) continue;
    const rest = word.slice(conj.length);
    if (conj) add(rest);
    // ل before the article drops its alef: ل + اللاذقية = لللاذقية, often typed للاذقية.
    if (rest.startsWith("لل")) add(rest.slice(2));
    for (const prep of ["ب", "ل", "ك"]) if (rest.startsWith(prep)) add(rest.slice(prep.length));
  }
  return [...out];
}

/** The keys a typed name is looked up by: as typed, then without a leading clitic (each with or without the article). */
export function queryKeys(query: string): Array<{ key: string; match: "exact" | "clitic" }> {
  const normalized = normalizeArabic(query);
  if (!normalized) return [];
  const words = normalized.split(" ");
  const keys = new Map<string, "exact" | "clitic">([[arabicKey(normalized), "exact"]]);
  for (const first of withoutClitics(words[0]!)) {
    const key = arabicKey([first, ...words.slice(1)].join(" "));
    if (!keys.has(key)) keys.set(key, "clitic");
  }
  return [...keys].map(([key, match]) => ({ key, match }));
}

/** Keys a name is also found by: each part of a name written in parts ("ديروتان / جبلة"), and a sub-district's centre ("مركز جبلة"). */
function partKeys(name: string): string[] {
  const parts = name.split(/[/_،,]| - /).map((p) => arabicKey(normalizeArabic(p))).filter((k) => k.length >= 2);
  const whole = arabicKey(normalizeArabic(name));
  const out = new Set(parts.length > 1 ? parts : []);
  const generic = /^(?:مركز|ناحيه|منطقه|محافظه) (.+)$/.exec(whole);
  if (generic) out.add(generic[1]!);
  out.delete(whole);
  return [...out];
}

/** Letters of Persian (and Kurdish) spellings, not of Arabic. */
const PERSIAN = /[یکگپچژەۆێ]/;

/** The rows of `syria-places.tsv` (GeoNames columns) with Arabic names, as entries. */
function placesRows(text: string, label: string): ArabicEntry[] {
  const out: ArabicEntry[] = [];
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    if (!line.trim() || line.startsWith("#")) continue;
    const f = line.replace(/\r$/, "").split("\t");
    const place = placeOfGeoNamesRow(f, label, label, lineNo);
    const names = (f[3] ? f[3].split(",") : []).map((n) => n.trim()).filter(hasArabic);
    if (names.length === 0) continue;
    out.push({
      place,
      // OCHA's name is written last (scripts/build-syria-gazetteer.ts): shown first, and a Persian spelling (ی, ک) last.
      names: [...new Set(names.reverse())].sort((a, b) => Number(PERSIAN.test(a)) - Number(PERSIAN.test(b))),
    });
  }
  return out;
}

/** GeoNames admin-1 codes by OCHA governorate P-code: admin-path.ts's table read the other way. */
const GEONAMES_ADMIN1: Record<string, string> = Object.fromEntries(Object.entries(ADMIN1_PCODE).map(([geonames, pcode]) => [pcode, geonames]));

/** The rows of `syria-admin.tsv` (header: pcode, level, name_en, name_ar, parent, lat, lon, geonameid, …). */
function adminRows(text: string, label: string): Array<{ ids: string[]; entry: ArabicEntry }> {
  const out: Array<{ ids: string[]; entry: ArabicEntry }> = [];
  let head: string[] | null = null;
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    if (!line.trim() || line.startsWith("#")) continue;
    const f = line.replace(/\r$/, "").split("\t");
    if (!head) {
      head = f;
      continue;
    }
    const r = Object.fromEntries(head.map((h, k) => [h, f[k] ?? ""]));
    const pcode = r.pcode ?? "";
    const level = Number(r.level);
    if (!/^SY\d{2}(?:\d{2}(?:\d{2})?)?$/.test(pcode) || ![1, 2, 3].includes(level)) throw new Error(`${label}: line ${lineNo} is not an admin unit`);
    if (!r.name_ar || !hasArabic(r.name_ar)) continue;
    const lat = Number(r.lat);
    const lon = Number(r.lon);
    out.push({
      // The gazetteer has districts and sub-districts as ocha:<P-code>, governorates by their GeoNames id.
      ids: [`ocha:${pcode}`, ...(r.geonameid ? [r.geonameid] : [])],
      entry: {
        place: {
          id: level === 1 && r.geonameid ? r.geonameid : `ocha:${pcode}`,
          name: r.name_en || r.name_ar,
          lat: Number.isFinite(lat) ? lat : 0,
          lon: Number.isFinite(lon) ? lon : 0,
          featureClass: "A",
          featureCode: `ADM${level}`,
          country: "SY",
          admin1: GEONAMES_ADMIN1[pcode.slice(0, 4)] ?? "",
          population: 0,
          source: label,
          admin2Pcode: level >= 2 ? pcode.slice(0, 6) : "",
          admin3Pcode: level === 3 ? pcode : "",
          pcode: "",
        },
        names: [r.name_ar],
      },
    });
  }
  return out;
}

/** Builds the index from the two files' text (pure: tests give their own rows). */
export function buildArabicNameIndex(placesText: string, adminText: string, labels = { places: "syria-places.tsv", admin: "syria-admin.tsv" }): ArabicNameIndex {
  const byId = new Map<string, ArabicEntry>();
  for (const e of placesRows(placesText, labels.places)) {
    const known = byId.get(e.place.id);
    if (known) known.names.push(...e.names.filter((n) => !known.names.includes(n)));
    else byId.set(e.place.id, e);
  }
  for (const { ids, entry } of adminRows(adminText, labels.admin)) {
    const known = ids.map((id) => byId.get(id)).find(Boolean);
    // The unit's name is added to the row of the same unit ("مركز جبلة" to Jablah sub-district); a unit without one stands alone.
    if (known) {
      for (const n of entry.names) if (!known.names.includes(n)) known.names.push(n);
    } else if (entry.place.lat !== 0 || entry.place.lon !== 0) byId.set(entry.place.id, entry);
  }
  const full = new Map<string, Array<{ entry: ArabicEntry; name: string }>>();
  const parts = new Map<string, Array<{ entry: ArabicEntry; name: string }>>();
  const add = (map: typeof full, key: string, entry: ArabicEntry, name: string) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.some((x) => x.entry === entry)) list.push({ entry, name });
    map.set(key, list);
  };
  for (const entry of byId.values()) {
    for (const name of entry.names) {
      add(full, arabicKey(normalizeArabic(name)), entry, name);
      for (const k of partKeys(name)) add(parts, k, entry, name);
    }
  }
  const sortedKeys = [...full.keys()].sort();
  /** The first index in sortedKeys not before `prefix`. */
  const lowerBound = (prefix: string) => {
    let lo = 0;
    let hi = sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedKeys[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    size: byId.size,
    byId: (id) => byId.get(id),
    lookup(query, options = {}) {
      const limit = options.limit ?? 50;
      const out: ArabicMatch[] = [];
      const seen = new Set<ArabicEntry>();
      const push = (list: Array<{ entry: ArabicEntry; name: string }> | undefined, match: ArabicMatch["match"]) => {
        for (const x of list ?? []) {
          if (out.length >= limit) return;
          if (seen.has(x.entry)) continue;
          seen.add(x.entry);
          out.push({ entry: x.entry, name: x.name, match });
        }
      };
      const keys = queryKeys(query);
      for (const { key, match } of keys) push(full.get(key), match);
      for (const { key } of keys) push(parts.get(key), "part");
      const typed = keys[0]?.key;
      // Names beginning with what was typed, shortest first: a name half typed into a search box.
      if (options.prefix && typed && typed.replace(/ /g, "").length >= 2 && out.length < limit) {
        const found: string[] = [];
        for (let i = lowerBound(typed); i < sortedKeys.length && sortedKeys[i]!.startsWith(typed) && found.length < 400; i++) found.push(sortedKeys[i]!);
        found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
        for (const key of found) push(full.get(key), "prefix");
      }
      return out;
    },
  };
}

export interface ArabicNamePaths {
  places: string;
  admin: string;
}

export const defaultArabicNamePaths = (root: string): ArabicNamePaths => ({
  places: join(root, "data", "gazetteer", "syria-places.tsv"),
  admin: join(root, "data", "gazetteer", "syria-admin.tsv"),
});

const loaded = new Map<string, ArabicNameIndex>();

/** The index over the two files, read once per pair of paths (on first use: the pipeline never needs it). */
export function loadArabicNames(paths: ArabicNamePaths = defaultArabicNamePaths(process.cwd()), read: TextReader = readTextFile): ArabicNameIndex {
  const key = `${paths.places}\n${paths.admin}`;
  let index = loaded.get(key);
  if (!index) {
    index = buildArabicNameIndex(read(paths.places), read(paths.admin), { places: paths.places, admin: paths.admin });
    loaded.set(key, index);
  }
  return index;
}
