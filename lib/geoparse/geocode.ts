import { z } from "zod";
import { distanceKm } from "./distance";
import type { Gazetteer } from "./gazetteer";
import { foldName } from "./normalize";
import { precisionOf } from "./precision";
import type { Place } from "./place";
import { capitalOverRegion, MIN_CONFIDENCE, populationScore, priorScore } from "./resolve";
import { FEATURE_WORDS } from "./vocabulary";

export const GeocodeResultSchema = z.union([
  z.object({
    query: z.string(),
    name: z.string(),
    lat: z.number(),
    lon: z.number(),
    country: z.string(),
    precision: z.string(),
    confidence: z.number(),
    geonameid: z.string(),
  }),
  z.object({ query: z.string(), unresolved: z.literal(true), reason: z.string() }),
]);
export type GeocodeResult = z.infer<typeof GeocodeResultSchema>;

/**
 * The part of two towns' score difference that comes from the size of one whose population GeoNames does not know.
 * GeoNames writes 0 for an unknown population, and many towns of the gazetteer (district seats in Syria, Iraq, Yemen)
 * have 0: "Suran" is a town of 30,000 in Hama and a town of unknown size in Aleppo, and the press names both. Read as
 * the smallest, the unknown one loses by its size alone; here the size gives no evidence either way.
 */
function sizeUnknownBetween(a: Place, b: Place): number {
  if (a.featureClass !== "P" || b.featureClass !== "P" || (a.population > 0 && b.population > 0)) return 0;
  return populationScore(a) - populationScore(b);
}

/**
 * Places one name written on its own, as an analyst would type it. Without
 * context the only evidence is the name, the requested country and the
 * candidates' size and kind: an ambiguous name is reported unresolved.
 */
export function geocodeName(query: string, gazetteer: Gazetteer, options: { country?: string } = {}): GeocodeResult {
  const text = query.trim();
  if (!text) return { query, unresolved: true, reason: "empty name" };
  // "al-Hol camp", "Latakia province": try the whole, then the name without its feature word.
  const words = text.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  const feature = words.length > 1 && FEATURE_WORDS.has(last) ? last.replace(/s$/, "") : null;
  let matches = gazetteer.lookup(text, { loose: true });
  if (matches.length === 0 && feature) matches = gazetteer.lookup(words.slice(0, -1).join(" "), { loose: true });
  // "Tadmur/Palmyra": alternatives written together.
  if (matches.length === 0 && text.includes("/")) {
    for (const part of text.split("/")) {
      const r = geocodeName(part, gazetteer, options);
      if (!("unresolved" in r)) return { ...r, query };
    }
  }
  const cc = options.country?.toUpperCase();
  // "Kasab" matches places abroad exactly; in the requested country only a looser spelling ("Kassab") may match.
  if (cc && matches.length > 0 && !matches.some((m) => m.place.country === cc)) matches = gazetteer.lookup(text, { loose: true, always: true });
  const candidates = (cc ? matches.filter((m) => m.place.country === cc) : matches)
    .map((m) => ({ m, score: priorScore(m, feature) + capitalOverRegion(m, matches, feature) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) return { query, unresolved: true, reason: cc ? `no place of that name in ${cc}` : "no place of that name in the gazetteer" };
  const rival = candidates.find((c) => c.m.place.id !== best.m.place.id && foldName(c.m.place.name) !== "" && distanceKm(c.m.place, best.m.place) > 10);
  const margin = rival ? best.score - rival.score - sizeUnknownBetween(best.m.place, rival.m.place) : 1;
  let confidence = rival ? 0.4 + 0.5 * Math.min(1, margin / 0.4) : 0.85;
  if (best.m.match === "skeleton") confidence -= 0.15;
  if (best.m.match === "loose") confidence -= 0.25;
  confidence = Math.round(Math.max(0.02, Math.min(0.98, confidence)) * 100) / 100;
  if (confidence < MIN_CONFIDENCE) return { query, unresolved: true, reason: `ambiguous: ${best.m.place.name} or ${rival!.m.place.name}` };
  const p = best.m.place;
  return { query, name: p.name, lat: p.lat, lon: p.lon, country: p.country, precision: precisionOf(p), confidence, geonameid: p.id };
}

