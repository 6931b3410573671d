import { readFileSync } from "node:fs";
import { foldName, isLatinName, nameKeys, skeletonKey, withoutLeadingArticle } from "./normalize";
import type { Place } from "./place";

/**
 * The gazetteer: GeoNames rows from several files (cities500 from npm, the
 * project's supplement, countries and admin-1 regions) merged by id, indexed
 * by every Latin-script name and alternate name.
 */
export interface Gazetteer {
  places: Place[];
  /** Names of each place (index-aligned with `places`), for display of what matched. */
  lookup(name: string): GazetteerMatch[];
  byId(id: string): Place | undefined;
  size: number;
}

export interface GazetteerMatch {
  place: Place;
  /** "exact": the folded name matched; "article": matched once the Arabic article was dropped; "skeleton": a looser transliteration match. */
  match: "exact" | "article" | "skeleton";
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
}

interface Row {
  place: Place;
  names: string[];
}

/** Parses GeoNames-format lines (19 tab-separated columns, optional 20th `source`); `#` lines are comments. */
export function parseGeoNamesRows(text: string, defaultSource: string): Row[] {
  const rows: Row[] = [];
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    if (!line || line.startsWith("#")) continue;
    const f = line.replace(/\r$/, "").split("\t");
    if (f.length < 15) throw new Error(`${defaultSource}: line ${lineNo} has ${f.length} columns, GeoNames rows have 19`);
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new Error(`${defaultSource}: line ${lineNo} has invalid coordinates "${f[4]}, ${f[5]}"`);
    }
    const name = f[1]!;
    const alternates = f[3] ? f[3].split(",") : [];
    rows.push({
      place: {
        id: f[0]!,
        name,
        lat,
        lon,
        featureClass: f[6] ?? "",
        featureCode: f[7] ?? "",
        country: f[8] ?? "",
        admin1: f[10] ?? "",
        population: Number(f[14]) || 0,
        source: f[19]?.trim() || defaultSource,
      },
      names: [name, f[2] ?? "", ...alternates].filter((n) => n && isLatinName(n)),
    });
  }
  return rows;
}

export function buildGazetteer(files: GazetteerFile[], read: TextReader = readTextFile): Gazetteer {
  const byId = new Map<string, { place: Place; names: Set<string> }>();
  for (const file of files) {
    for (const row of parseGeoNamesRows(read(file.path), file.source)) {
      const existing = byId.get(row.place.id);
      if (existing) {
        // A later file may add names to a row (a supplement adding "Banyas" to Bāniyās) or correct it.
        for (const n of row.names) existing.names.add(n);
        if (!file.source.startsWith("geonames:cities")) existing.place = { ...row.place, population: Math.max(row.place.population, existing.place.population) };
      } else {
        byId.set(row.place.id, { place: row.place, names: new Set(row.names) });
      }
    }
  }
  const places: Place[] = [];
  const exact = new Map<string, number[]>();
  const article = new Map<string, number[]>();
  const skeleton = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (const { place, names } of byId.values()) {
    const i = places.push(place) - 1;
    for (const n of names) {
      const folded = foldName(n);
      if (!folded) continue;
      add(exact, folded, i);
      const keys = nameKeys(n);
      for (const k of keys) if (k !== folded) add(article, k, i);
      const sk = skeletonKey(folded);
      if (sk.length >= 5) add(skeleton, sk, i);
    }
  }
  const ids = new Map(places.map((p, i) => [p.id, i]));
  return {
    places,
    size: places.length,
    byId: (id) => {
      const i = ids.get(id);
      return i === undefined ? undefined : places[i];
    },
    lookup(name) {
      const folded = foldName(name);
      const seen = new Set<number>();
      const out: GazetteerMatch[] = [];
      const take = (list: number[] | undefined, match: GazetteerMatch["match"]) => {
        for (const i of list ?? []) {
          if (seen.has(i)) continue;
          seen.add(i);
          const place = places[i]!;
          const main = foldName(place.name);
          out.push({ place, match, primary: main === folded || withoutLeadingArticle(main) === withoutLeadingArticle(folded) });
        }
      };
      take(exact.get(folded), "exact");
      for (const k of nameKeys(name)) {
        take(exact.get(k), "article");
        take(article.get(k), "article");
      }
      if (out.length === 0) {
        const sk = skeletonKey(folded);
        if (sk.length >= 5) take(skeleton.get(sk), "skeleton");
      }
      return out;
    },
  };
}
