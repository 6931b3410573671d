import { errorKm, type GoldToponym } from "./evaluate";
import type { Place } from "./place";
import type { ResolvedName } from "./resolve";

/**
 * Why a gold place was not put within 161 km, for error analysis of the
 * resolver on a benchmark (resolution given the gold spans):
 * - `absent`: no gazetteer entry of that name lies within 161 km of the gold point;
 * - `lookup`: the gazetteer has such an entry under a looser key, but the span's lookup did not offer it;
 * - `convention`: the name was read as the same-named area (country, first-level division, continent, region)
 *   but the gold point for it lies elsewhere (its capital, another centroid convention);
 * - `ranking`: a right candidate was offered but another was chosen (or ranked first and left unresolved is not this);
 * - `conservative`: left unresolved although the candidate ranked first was right.
 */
export type MissBucket = "hit" | "absent" | "lookup" | "convention" | "ranking" | "conservative";

const WITHIN = 161;
const AREA = /^(PCL|ADM1|CONT|RGN|ADMD)/;

/**
 * `alsoNamed`: entries the gazetteer holds under the span's name by its loosest keys (the caller looks them up),
 * to tell an entry the lookup missed from one the gazetteer lacks.
 */
export function bucketOf(gold: GoldToponym & { lat: number; lon: number }, resolved: ResolvedName | null, alsoNamed: Place[]): MissBucket {
  const chosen = resolved?.chosen?.match.place ?? null;
  const near = (p: Place) => errorKm(gold, p) <= WITHIN;
  if (chosen && near(chosen)) return "hit";
  const ranked = resolved?.ranked.map((s) => s.match.place) ?? [];
  if (!ranked.some(near)) {
    if (chosen && AREA.test(chosen.featureCode) && (chosen.id === gold.geonameid || sameArea(chosen, gold))) return "convention";
    return alsoNamed.some(near) ? "lookup" : "absent";
  }
  if (!chosen && near(ranked[0]!)) return "conservative";
  return "ranking";
}

/** The gold names an area of the kind chosen (by its feature code), or, without one, is written as the chosen area's name. */
function sameArea(chosen: Place, gold: GoldToponym): boolean {
  if (gold.featureCode) return gold.featureCode.slice(0, 3) === chosen.featureCode.slice(0, 3);
  return gold.name !== undefined && gold.name.toLowerCase() === chosen.name.toLowerCase();
}

/** A rough kind for a gold place the gazetteer lacks: its feature code when given, else a word of its name. */
export function kindOf(gold: GoldToponym): string {
  if (gold.featureCode) return gold.featureCode;
  const s = gold.surface.toLowerCase();
  const words: Array<[RegExp, string]> = [
    [/\b(street|st\.?|road|avenue|ave\.?|boulevard|highway|lane|drive|bridge|square)\b/, "street/road"],
    [/\b(county|parish|district|borough|municipality|township)\b/, "county/district"],
    [/\b(river|lake|sea|ocean|bay|gulf|creek|canal|strait)\b/, "water"],
    [/\b(mount|mountains?|hills?|valley|desert|island|islands|peninsula|coast|beach)\b/, "terrain/island"],
    [/\b(school|university|college|hospital|church|library|museum|park|center|centre|hall|house|airport|station|stadium|hotel|prison|court|mall|building|temple|mosque|market|zoo)\b/, "building/site"],
    [/\b(north|south|east|west|middle|central|eastern|western|northern|southern)\b/, "macro-region"],
  ];
  for (const [re, kind] of words) if (re.test(s)) return kind;
  return "other name";
}
