import { z } from "zod";
import { distanceKm } from "./distance";

/**
 * Scoring a geoparser against gold toponyms: recognition (precision, recall,
 * F1 over spans) and resolution (share of gold places put within 10 km and
 * 161 km — 100 miles, the usual geoparsing threshold — of the truth). Pure:
 * the caller runs the geoparser and hands over what it found.
 */

const PointSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

/** One place name in a gold file: where it is written and, when known, where it is. */
export const GoldToponymSchema = z.object({
  /** Document (file name without extension) or article the offsets refer to. */
  doc: z.string().min(1),
  /** UTF-16 offsets (JavaScript string indices) in the document's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  surface: z.string().min(1),
  /** true: the place itself; false: a government, an organisation's name, a title ("Damascus imposed", "UK Prime Minister"); null: not judged occurrence by occurrence. */
  literal: z.boolean().nullable(),
  /** A place name inside a longer name that is not a place ("Turkiye Gazetesi", "Institute for Palestine Studies"). */
  embedded: z.boolean().optional(),
  geonameid: z.string().nullable(),
  name: z.string().optional(),
  country: z.string().optional(),
  /** The gold place's GeoNames feature code, where the gold file gives it (TR-News, LGL). */
  featureCode: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  /** Other readings a careful analyst would also accept (a governorate for its capital when the text does not say which). */
  accept: z.array(PointSchema.extend({ geonameid: z.string().optional() })).optional(),
});
export type GoldToponym = z.infer<typeof GoldToponymSchema>;

/** Parses a JSON-lines gold file; a bad line is reported with its number. */
export function parseGoldLines(text: string, label = "gold"): GoldToponym[] {
  const out: GoldToponym[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${label}: line ${i + 1} is not JSON`);
    }
    const r = GoldToponymSchema.safeParse(json);
    if (!r.success) throw new Error(`${label}: line ${i + 1}: ${r.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`);
    if (r.data.end <= r.data.start) throw new Error(`${label}: line ${i + 1}: end must be after start`);
    out.push(r.data);
  });
  return out;
}

/** A span the geoparser reported (any status: placed, unresolved or non-literal). */
export interface PredictedSpan {
  doc: string;
  start: number;
  end: number;
}

export interface RecognitionScore {
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const score = (gold: number, predicted: number, tp: number): RecognitionScore => {
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, gold);
  return { gold, predicted, truePositives: tp, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

/**
 * Recognition scores. `exact`: a prediction counts only with the gold span's
 * offsets. `overlap`: it counts when it overlaps a gold span, each gold span
 * matched at most once ("Euphrates" for "Euphrates river").
 */
export function scoreRecognition(gold: GoldToponym[], predicted: PredictedSpan[]): { exact: RecognitionScore; overlap: RecognitionScore } {
  const byDoc = new Map<string, GoldToponym[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  const exactKeys = new Set(gold.map((g) => `${g.doc}\t${g.start}\t${g.end}`));
  const exactTp = new Set(predicted.map((p) => `${p.doc}\t${p.start}\t${p.end}`).filter((k) => exactKeys.has(k))).size;
  const used = new Set<GoldToponym>();
  let overlapTp = 0;
  for (const p of [...predicted].sort((a, b) => a.start - b.start)) {
    const hit = (byDoc.get(p.doc) ?? []).find((g) => !used.has(g) && g.start < p.end && p.start < g.end);
    if (hit) {
      used.add(hit);
      overlapTp++;
    }
  }
  return { exact: score(gold.length, predicted.length, exactTp), overlap: score(gold.length, predicted.length, overlapTp) };
}

/** Gold places that resolution is scored on: literal (or not judged), not inside another name, with a point. */
export function resolvable(g: GoldToponym): g is GoldToponym & { lat: number; lon: number } {
  return g.literal !== false && !g.embedded && g.lat !== undefined && g.lon !== undefined;
}

export interface ResolutionScore {
  /** Gold places scored. */
  total: number;
  /** Placed by the geoparser (not left unresolved). */
  placed: number;
  within10km: number;
  within161km: number;
  /** Shares of all scored places: an unresolved name counts as a miss. */
  accuracy10km: number;
  accuracy161km: number;
  /** Shares of the placed ones: how often a placed point is right. */
  placedAccuracy161km: number;
  /** Mean error in km over placed names. */
  meanErrorKm: number;
}

/** Error of a placed point against the gold place and the readings it also accepts. */
export function errorKm(g: GoldToponym & { lat: number; lon: number }, p: { lat: number; lon: number }): number {
  return Math.min(distanceKm(g, p), ...(g.accept ?? []).map((a) => distanceKm(a, p)));
}

/**
 * Resolution scores given the gold spans: `placed[i]` is where the geoparser
 * put `gold[i]` (null when it left the name unresolved).
 */
export function scoreResolution(gold: GoldToponym[], placed: Array<{ lat: number; lon: number } | null>): ResolutionScore {
  let total = 0;
  let n = 0;
  let w10 = 0;
  let w161 = 0;
  let sumErr = 0;
  gold.forEach((g, i) => {
    if (!resolvable(g)) return;
    total++;
    const p = placed[i];
    if (!p) return;
    n++;
    const e = errorKm(g, p);
    sumErr += e;
    if (e <= 10) w10++;
    if (e <= 161) w161++;
  });
  return {
    total,
    placed: n,
    within10km: w10,
    within161km: w161,
    accuracy10km: ratio(w10, total),
    accuracy161km: ratio(w161, total),
    placedAccuracy161km: ratio(w161, n),
    meanErrorKm: ratio(sumErr, n),
  };
}
