import { areaHolds } from "./admin-path";
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

/** A town the press means by its name even where villages share it: a seat of government or a town of 20,000. */
function isProminent(p: Place): boolean {
  return /^(PPLC|PPLA|PPLA2)$/.test(p.featureCode) || p.population >= 20_000 || (p.featureClass !== "P" && !/^ADM[23]$/.test(p.featureCode));
}

/**
 * "Mansoura", "Hamra", "Ziyarah": dozens of Syrian villages share a name, spelled a little differently in each source.
 * Without a container in the text, the more namesake villages (by the loosest key, beyond 10 km) a small place has,
 * the less its name alone says it is the one meant. A prominent town keeps its name. (Namesakes abroad were tried too:
 * they made audited towns such as Kessab ambiguous for three fewer wrong answers, and were left out.)
 */
function namesakesOf(text: string, best: Place, gazetteer: Gazetteer): number {
  if (isProminent(best)) return 0;
  const seen: Place[] = [];
  for (const m of gazetteer.lookup(text, { loose: true, always: true })) {
    const p = m.place;
    if (p.featureClass !== "P" || p.country !== best.country || p.id === best.id || distanceKm(p, best) <= 10) continue;
    if (seen.some((s) => distanceKm(s, p) <= 10)) continue;
    seen.push(p);
  }
  return seen.length;
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
  const rival = candidates.find(
    (c) => c.m.place.id !== best.m.place.id && foldName(c.m.place.name) !== "" && distanceKm(c.m.place, best.m.place) > 10 && !areaHolds(c.m.place, best.m.place) && !areaHolds(best.m.place, c.m.place),
  );
  const margin = rival ? best.score - rival.score - sizeUnknownBetween(best.m.place, rival.m.place) : 1;
  let confidence = rival ? 0.4 + 0.5 * Math.min(1, margin / 0.4) : 0.85;
  if (best.m.match === "skeleton") confidence -= 0.15;
  // Only the vowels agree: with thousands of villages in the gazetteer, a small one matched so loosely is a guess.
  if (best.m.match === "loose") confidence -= isProminent(best.m.place) ? 0.25 : 0.4;
  const namesakes = namesakesOf(text, best.m.place, gazetteer);
  confidence -= Math.min(0.45, 0.15 * namesakes);
  confidence = Math.round(Math.max(0.02, Math.min(0.98, confidence)) * 100) / 100;
  if (confidence < MIN_CONFIDENCE) {
    const reason = rival
      ? `ambiguous: ${best.m.place.name} or ${rival.m.place.name}`
      : namesakes > 0
        ? `ambiguous: ${best.m.place.name} and ${namesakes} other village${namesakes > 1 ? "s" : ""} of that name or spelling`
        : `too uncertain: ${best.m.place.name} matches the name only loosely`;
    return { query, unresolved: true, reason };
  }
  const p = best.m.place;
  return { query, name: p.name, lat: p.lat, lon: p.lon, country: p.country, precision: precisionOf(p), confidence, geonameid: p.id };
}

