import { readFileSync } from "node:fs";
import { foldName, isLatinName, looseKey, nameKeys, singleLetters, skeletonKey, withoutLeadingArticle } from "./normalize";
import { type GazetteerIndex, hasKey, keyNumber, type NameTable, packNameTable, PLACE_FIELDS } from "./gazetteer-index";
import type { Place } from "./place";

/**
 * The gazetteer: GeoNames rows from several files (cities500 from npm, the
 * project's supplement, countries and admin-1 regions) merged by id, indexed
 * by every Latin-script name and alternate name.
 */
export interface Gazetteer {
  /** Entries whose name (folded, or without the Arabic article, or by a looser transliteration key) is this one. */
  lookup(name: string, options?: LookupOptions): GazetteerMatch[];
  /** What lookup(name) answers, for a name already folded by foldName (a token's `folded`): no second folding. */
  lookupFolded(folded: string): GazetteerMatch[];
  byId(id: string): Place | undefined;
  /** True for a common word of the language ("page", "reading"): capitalised, it is a place only with support. */
  isCommonWord(word: string): boolean;
  /**
   * False when a plain lookup (no options) of this folded name is sure to find nothing because the name has more than
   * one word and none of the gazetteer's names of more than one word begins with its first (the Arabic article aside).
   * Only the first three words count, so a longer name's first three answer for it as the whole name would: a caller
   * can test a run of words before making the string of each span of it.
   */
  mayBeginMultiWordName(folded: string): boolean;
  size: number;
}

export interface LookupOptions {
  /** Also try the loosest key (vowels and q/k ignored): for names given on their own, not for running text. */
  loose?: boolean;
  /** Try the looser keys even when a stricter one matched (a caller filtering by country needs them). */
  always?: boolean;
}

export interface GazetteerMatch {
  place: Place;
  /** "exact": the folded name matched; "article": matched once the Arabic article was dropped; "skeleton": a looser transliteration match; "loose": vowels and q/k ignored too (only when asked). */
  match: "exact" | "article" | "skeleton" | "loose";
  /** True when the text matched the entry's main name rather than one of its alternate names. */
  primary: boolean;
}

/** Reads a file; tests swap it for an in-memory reader. */
export type TextReader = (path: string) => string;
export const readTextFile: TextReader = (path) => readFileSync(path, "utf8");

export interface GazetteerFile {
  path: string;
  /** What to record as the row's source when the file has no source column. */
  source: string;
  /**
   * "geonames" (default): GeoNames rows; "alternate-names": a GeoNames alternateNames file adding names to rows by id;
   * "common-words": a JSON array of lowercase words of the language (kept in the index, so start-up need not parse it).
   */
  kind?: "geonames" | "alternate-names" | "common-words";
}

interface Row {
  place: Place;
  names: string[];
}

const OCHA_ADMIN2 = /^SY\d{4}$/;
const OCHA_ADMIN3 = /^SY\d{6}$/;
const OCHA_PLACE = /^[CN]\d{4,5}$/;

/**
 * The place of one GeoNames-format row (19 tab-separated columns, optional 20th `source`), checked; `label` and
 * `lineNo` name the row in an error. Shared by the gazetteer and the Arabic-name index, which read the same files.
 */
export function placeOfGeoNamesRow(f: string[], defaultSource: string, label: string, lineNo: number): Place {
  if (f.length < 15) throw new Error(`${label}: line ${lineNo} has ${f.length} columns, GeoNames rows have 19`);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new Error(`${label}: line ${lineNo} has invalid coordinates "${f[4]}, ${f[5]}"`);
  }
  return {
    id: f[0]!,
    name: f[1]!,
    lat,
    lon,
    featureClass: f[6] ?? "",
    featureCode: f[7] ?? "",
    country: f[8] ?? "",
    admin1: f[10] ?? "",
    population: Number(f[14]) || 0,
    source: f[19]?.trim() || defaultSource,
    // GeoNames' own admin2–4 codes are of other schemes; only OCHA's Syrian P-codes are kept.
    admin2Pcode: OCHA_ADMIN2.test(f[11] ?? "") ? f[11]! : "",
    admin3Pcode: OCHA_ADMIN3.test(f[12] ?? "") ? f[12]! : "",
    pcode: OCHA_PLACE.test(f[13] ?? "") ? f[13]! : "",
  };
}

/** Parses GeoNames-format lines (19 tab-separated columns, optional 20th `source`); `#` lines are comments. */
export function parseGeoNamesRows(text: string, defaultSource: string): Row[] {
  const rows: Row[] = [];
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    if (!line || line.startsWith("#")) continue;
    const f = line.replace(/\r$/, "").split("\t");
    const place = placeOfGeoNamesRow(f, defaultSource, defaultSource, lineNo);
    const alternates = f[3] ? f[3].split(",") : [];
    rows.push({ place, names: [place.name, f[2] ?? "", ...alternates].filter((n) => n && isLatinName(n)) });
  }
  return rows;
}

/** Parses GeoNames `alternateNames`/`alternateNamesV2` lines: alternateNameId, geonameid, isolanguage, name, … */
export function parseAlternateNames(text: string, label: string): Array<{ id: string; name: string }> {
  const out: Array<{ id: string; name: string }> = [];
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    if (!line || line.startsWith("#")) continue;
    const f = line.replace(/\r$/, "").split("\t");
    if (f.length < 4 || !/^\d+$/.test(f[1]!)) throw new Error(`${label}: line ${lineNo} is not a GeoNames alternate-names row`);
    // Links, postal codes, airport codes and abbreviations are not names a text would use.
    if (/^(link|post|iata|icao|faac|abbr|wkdt|unlc|phon|piny|tcid)$/.test(f[2] ?? "")) continue;
    if (isLatinName(f[3]!)) out.push({ id: f[1]!, name: f[3]! });
  }
  return out;
}

/** Merges GeoNames rows from several files by id: a later file may add names to a row or correct it. */
function collectPlaces(files: GazetteerFile[], read: TextReader): Array<{ place: Place; names: Set<string> }> {
  const byId = new Map<string, { place: Place; names: Set<string> }>();
  for (const file of files) {
    if (file.kind === "common-words") continue;
    if (file.kind === "alternate-names") {
      for (const { id, name } of parseAlternateNames(read(file.path), file.source)) byId.get(id)?.names.add(name);
      continue;
    }
    for (const row of parseGeoNamesRows(read(file.path), file.source)) {
      const existing = byId.get(row.place.id);
      if (existing) {
        for (const n of row.names) existing.names.add(n);
        // The project's own files correct a row; another GeoNames dump only adds names to it, except that a
        // first-level division carried with Natural Earth's label point takes GeoNames' own point for it, so distances
        // to a division agree with GeoNames-based data (the two can lie 100–400 km apart for a large one).
        if (!file.source.startsWith("geonames:")) existing.place = { ...row.place, population: Math.max(row.place.population, existing.place.population) };
        else if (existing.place.source.startsWith("naturalearth:") && existing.place.featureCode === "ADM1") {
          existing.place = { ...existing.place, lat: row.place.lat, lon: row.place.lon, source: `${existing.place.source}; point: ${file.source}` };
        }
      } else {
        byId.set(row.place.id, { place: row.place, names: new Set(row.names) });
      }
    }
  }
  return [...byId.values()];
}

/** Builds the compact index (see gazetteer-index.ts) from GeoNames-format files. */
export function buildGazetteerIndex(files: GazetteerFile[], read: TextReader = readTextFile): GazetteerIndex {
  const entries = collectPlaces(files, read);
  const n = entries.length;
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const population = new Float64Array(n);
  const fields = new Uint32Array(n * PLACE_FIELDS);
  const stringIds = new Map<string, number>();
  const stringList: string[] = [];
  const str = (v: string) => {
    let id = stringIds.get(v);
    if (id === undefined) {
      id = stringList.push(v) - 1;
      stringIds.set(v, id);
    }
    return id;
  };
  const exact = new Map<string, number[]>();
  const article = new Map<string, number[]>();
  const skeleton = new Map<string, number[]>();
  const loose = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  entries.forEach(({ place, names }, i) => {
    lat[i] = place.lat;
    lon[i] = place.lon;
    population[i] = place.population;
    const f = [place.id, place.name, place.featureClass, place.featureCode, place.country, place.admin1, place.source, place.admin2Pcode, place.admin3Pcode, place.pcode];
    f.forEach((v, k) => (fields[i * PLACE_FIELDS + k] = str(v)));
    for (const name of names) {
      const folded = foldName(name);
      if (!folded) continue;
      add(exact, folded, i);
      for (const k of nameKeys(name)) if (k !== folded) add(article, k, i);
      const sk = skeletonKey(folded);
      if (sk.length >= 5) add(skeleton, sk, i);
      const lk = looseKey(folded);
      if (lk.length >= 5) add(loose, lk, i);
    }
  });
  const encoded = stringList.map((v) => Buffer.from(v, "utf8"));
  const stringStart = new Uint32Array(encoded.length + 1);
  let total = 0;
  encoded.forEach((e, k) => {
    stringStart[k] = total;
    total += e.length;
  });
  stringStart[encoded.length] = total;
  const strings = new Uint8Array(total);
  encoded.forEach((e, k) => strings.set(e, stringStart[k]!));
  const words = new Map<string, number[]>();
  for (const file of files.filter((f) => f.kind === "common-words")) {
    const list: unknown = JSON.parse(read(file.path));
    if (!Array.isArray(list)) throw new Error(`${file.source}: expected a JSON array of words`);
    for (const w of list) if (typeof w === "string") words.set(w.toLowerCase(), []);
  }
  // First words of multi-word keys (and of their skeleton spelling), so a lookup can skip runs that begin no name.
  const heads = new Map<string, number[]>();
  for (const table of [exact, article])
    for (const key of table.keys()) {
      const space = key.indexOf(" ");
      if (space > 0) heads.set(firstWordKey(key), []);
    }
  return { size: n, lat, lon, population, fields, strings, stringStart, words: packNameTable(words), heads: packNameTable(heads), exact: packNameTable(exact), article: packNameTable(article), skeleton: packNameTable(skeleton), loose: packNameTable(loose) };
}

/** A multi-word folded name's first word, without the Arabic article and with doubled letters single ("tell" = "tel"). */
function firstWordKey(folded: string): string {
  const bare = withoutLeadingArticle(folded);
  const space = bare.indexOf(" ");
  return singleLetters(space > 0 ? bare.slice(0, space) : bare);
}

interface PlaceEntry {
  place: Place;
  main: string;
  bare: string;
}

/** Every place the gazetteer hands out is made here, so all share one hidden class in V8. */
function newPlace(id: string, name: string, featureClass: string, featureCode: string, country: string, admin1: string, source: string, admin2Pcode: string, admin3Pcode: string, pcode: string, lat: number, lon: number, population: number): Place {
  return { id, name, featureClass, featureCode, country, admin1, source, admin2Pcode, admin3Pcode, pcode, lat, lon, population };
}
// Made once with fractions, so the numeric fields hold doubles from the first place on. Otherwise the first places
// (whole-number coordinates or populations) would make them small-integer fields, and the first fraction or population
// above 2^30 would change every place's hidden class mid-run and send each optimised caller back to the compiler.
newPlace("", "", "", "", "", "", "", "", "", "", 0.5, 0.5, 0.5);

/**
 * What the lookup cache holds for every name that matches nothing (most runs of capitalised words): one array, never
 * handed out, only copied. Sliced from a literal of objects, so it and its copies have the elements kind of a list of
 * matches: every list a lookup returns then has one hidden class, empty or not (an empty `[]` would have another).
 */
const NO_MATCHES: GazetteerMatch[] = ([null] as unknown as GazetteerMatch[]).slice(1);

/** The gazetteer over a compact index: places are materialised only when a lookup reaches them. */
export function gazetteerFromIndex(index: GazetteerIndex): Gazetteer {
  const text = Buffer.from(index.strings.buffer, index.strings.byteOffset, index.strings.byteLength);
  const stringCache = new Map<number, string>();
  const str = (id: number) => {
    let v = stringCache.get(id);
    if (v === undefined) {
      v = text.toString("utf8", index.stringStart[id]!, index.stringStart[id + 1]!);
      stringCache.set(id, v);
    }
    return v;
  };
  /** One place's string fields, as decoded (reused: read into the place at once). */
  const fieldValues: string[] = [];
  for (let k = 0; k < PLACE_FIELDS; k++) fieldValues.push("");
  /** Materialised places by number, each with its folded main name and that name without the Arabic article (compared with the query at every lookup that reaches the place). */
  const entries = new Map<number, PlaceEntry>();
  const entry = (i: number): PlaceEntry => {
    let e = entries.get(i);
    if (e === undefined) {
      // The fields decoded by one call in a loop rather than seven calls: the optimising compiler inlines a copy of
      // `str` (with its cache and the decoder) at every place it is called, and compiles this function in every process.
      const f = i * PLACE_FIELDS;
      const v = fieldValues;
      for (let k = 0; k < PLACE_FIELDS; k++) v[k] = str(index.fields[f + k]!);
      const place = newPlace(v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!, v[6]!, v[7]!, v[8]!, v[9]!, index.lat[i]!, index.lon[i]!, index.population[i]!);
      const main = foldName(place.name);
      e = { place, main, bare: withoutLeadingArticle(main) };
      entries.set(i, e);
    }
    return e;
  };
  const taken = new Uint32Array(index.size);
  let lookupCount = 0;
  let ids: Map<string, number> | null = null;
  const lookups = new Map<string, GazetteerMatch[]>();
  const wordCache = new Map<string, boolean>();
  /**
   * Appends the places a table files under `key` to `out`, each once per lookup (`stamp`), marked primary when `folded`
   * (or `bare`, without the Arabic article) is the place's main name. Postings are read in place.
   */
  const take = (out: GazetteerMatch[], table: NameTable, key: string, match: GazetteerMatch["match"], stamp: number, folded: string, bare: string) => {
    const k = keyNumber(table, key);
    if (k < 0) return;
    const { postings, postStart } = table;
    for (let j = postStart[k]!, to = postStart[k + 1]!; j < to; j++) {
      const i = postings[j]!;
      if (taken[i] === stamp) continue;
      taken[i] = stamp;
      const { place, main, bare: mainBare } = entry(i);
      // "Mexico", "Gaza", "New York" for "… City": the main name without its generic "city" is still the main name.
      const primary = main === folded || (main.length === folded.length + 5 && main.endsWith(" city") && main.startsWith(folded)) || mainBare === bare;
      out.push({ place, match, primary });
    }
  };
  /** False when `bare` (a folded name without its Arabic article) has more than one word and its first begins no name of more than one word. */
  const beginsKnownHead = (bare: string): boolean => !bare.includes(" ") || hasKey(index.heads, firstWordKey(bare));
  /** The entries of a folded name not looked up before. */
  const matchesOf = (folded: string, loose: boolean, always: boolean): GazetteerMatch[] => {
    const out = NO_MATCHES.slice();
    const bare = withoutLeadingArticle(folded);
    // Most runs of capitalised words name no place ("Chiquita Raquel Henry"): a run whose first word begins no name of
    // more than one word is not looked up further (names typed on their own still are, with their looser keys).
    if (!loose && !always && !beginsKnownHead(bare)) return out;
    // Places already taken for this name: stamped with this lookup's number (no set to allocate per lookup).
    const stamp = ++lookupCount;
    // The folded name, then the name without the Arabic article, in each table (the order sets each entry's match kind).
    // One call in a loop rather than four: the optimising compiler makes a copy of `take` for every place it is called.
    for (let step = 0, steps = bare === folded ? 2 : 4; step < steps; step++) {
      take(out, step % 2 === 0 ? index.exact : index.article, step < 2 ? folded : bare, step === 0 ? "exact" : "article", stamp, folded, bare);
    }
    if (out.length === 0 || always) {
      const sk = skeletonKey(folded);
      if (sk.length >= 5) take(out, index.skeleton, sk, "skeleton", stamp, folded, bare);
    }
    if ((out.length === 0 || always) && loose) {
      const lk = looseKey(folded);
      if (lk.length >= 5) take(out, index.loose, lk, "loose", stamp, folded, bare);
    }
    return out;
  };
  /** lookup() of a name already folded (see foldName). */
  const lookupFoldedName = (folded: string, loose: boolean, always: boolean): GazetteerMatch[] => {
    // The plain lookup (running text) is keyed by the folded name itself: no key string to build and hash per call.
    const cacheKey = loose || always ? `${loose ? "~" : ""}${always ? "*" : ""}${folded}` : folded;
    const hit = lookups.get(cacheKey);
    if (hit) return hit.slice();
    const out = folded ? matchesOf(folded, loose, always) : NO_MATCHES.slice();
    // Texts repeat their names: a name looked up once is answered from memory (bounded, for long-running servers).
    if (lookups.size > 50_000) lookups.clear();
    lookups.set(cacheKey, out.length === 0 ? NO_MATCHES : out);
    return out.slice();
  };
  return {
    size: index.size,
    isCommonWord(word) {
      // Remembered by the word as written ("Reading" and "READING" apart): no lower-case copy made per call.
      let known = wordCache.get(word);
      if (known === undefined) {
        known = hasKey(index.words, word.toLowerCase());
        if (wordCache.size > 100_000) wordCache.clear();
        wordCache.set(word, known);
      }
      return known;
    },
    mayBeginMultiWordName(folded) {
      return beginsKnownHead(withoutLeadingArticle(folded));
    },
    byId(id) {
      // Built on first use: the pipeline itself never asks by id.
      if (!ids) {
        ids = new Map();
        for (let i = 0; i < index.size; i++) ids.set(str(index.fields[i * PLACE_FIELDS]!), i);
      }
      const i = ids.get(id);
      return i === undefined ? undefined : entry(i).place;
    },
    lookup(name, options) {
      return lookupFoldedName(foldName(name), options?.loose === true, options?.always === true);
    },
    lookupFolded(folded) {
      return lookupFoldedName(folded, false, false);
    },
  };
}

export function buildGazetteer(files: GazetteerFile[], read: TextReader = readTextFile): Gazetteer {
  return gazetteerFromIndex(buildGazetteerIndex(files, read));
}
