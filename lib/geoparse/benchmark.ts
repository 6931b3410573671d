import { ingestDocument } from "../ingest/index";
import { textForGeoparsing } from "../ingest/readable-text";
import { type GoldToponym, type PredictedSpan, type RecognitionScore, type ResolutionScore, resolvable, scoreRecognition, scoreResolution } from "./evaluate";
import type { Gazetteer } from "./gazetteer";
import { geoparseArticle } from "./index";
import type { Mention } from "./mention";
import type { RegionIndex } from "./regions";
import type { ResolvedName } from "./resolve";
import { resolveSpansDetailed } from "./resolve-spans";

/** A text the geoparser reads whole, with the offsets gold spans refer to (a document's articles, or a benchmark article). */
export interface EvalText {
  doc: string;
  /** Where `text` starts in the document the gold offsets refer to. */
  offset: number;
  text: string;
}

export interface CorpusScore {
  texts: number;
  /** Gold names outside the texts the geoparser reads (headlines and page furniture ingest sets apart): not scored. */
  goldOutsideTexts: number;
  bytes: number;
  recognition: { exact: RecognitionScore; overlap: RecognitionScore };
  resolution: ResolutionScore;
  /** The same, for gold places in one country (the sample corpus: Syria). */
  resolutionIn: Record<string, ResolutionScore>;
  /** Gold names below country level used for something other than the place (a government): how many the geoparser flagged or left unplaced. */
  nonLiteral: { total: number; flaggedOrUnplaced: number };
  /** Milliseconds spent in the full pipeline (recognition + resolution) over all texts. */
  pipelineMs: number;
  mentions: Array<Mention & { doc: string; docStart: number; docEnd: number }>;
  /** The gold names scored (those inside the texts), and per gold name where it was put given its span (null: unresolved). */
  gold: GoldToponym[];
  placed: Array<{ lat: number; lon: number; id: string; name: string } | null>;
  /** Per gold name, what the resolver made of its span (candidates ranked, confidence); null when not resolvable. */
  resolvedGiven: Array<ResolvedName | null>;
}

/** A document's articles as the pipeline sees them (ingest cuts away page furniture). */
export function articleTexts(docs: Array<{ id: string; text: string }>): EvalText[] {
  return docs.flatMap((d) => ingestDocument(d).map((a) => ({ doc: d.id, offset: a.offset, text: textForGeoparsing(a) })));
}

/**
 * Runs the geoparser over texts and scores it against gold toponyms:
 * recognition on its own output, resolution given the gold spans.
 */
export function evaluateCorpus(texts: EvalText[], allGold: GoldToponym[], gazetteer: Gazetteer, regions: RegionIndex, countries: string[] = []): CorpusScore {
  // Only what the geoparser is given is scored: a page's furniture that ingest sets apart is not.
  const inTexts = (g: GoldToponym) => texts.some((t) => t.doc === g.doc && g.start >= t.offset && g.end <= t.offset + t.text.length);
  const gold = allGold.filter(inTexts);
  const mentions: CorpusScore["mentions"] = [];
  let bytes = 0;
  const t0 = performance.now();
  texts.forEach((t, k) => {
    bytes += Buffer.byteLength(t.text);
    for (const m of geoparseArticle(`${t.doc}:${k}`, t.text, gazetteer, regions)) {
      mentions.push({ ...m, doc: t.doc, docStart: m.start + t.offset, docEnd: m.end + t.offset });
    }
  });
  const pipelineMs = performance.now() - t0;
  const predicted: PredictedSpan[] = mentions.map((m) => ({ doc: m.doc, start: m.docStart, end: m.docEnd }));

  // Resolution given the gold spans, text by text.
  const placed: CorpusScore["placed"] = gold.map(() => null);
  const resolvedGiven: CorpusScore["resolvedGiven"] = gold.map(() => null);
  const goldIndex = new Map<GoldToponym, number>(gold.map((g, i) => [g, i]));
  const byDoc = new Map<string, GoldToponym[]>();
  for (const g of gold) if (resolvable(g)) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  for (const t of texts) {
    const inText = (byDoc.get(t.doc) ?? []).filter((g) => g.start >= t.offset && g.end <= t.offset + t.text.length);
    if (inText.length === 0) continue;
    const resolved = resolveSpansDetailed(t.text, inText.map((g) => ({ start: g.start - t.offset, end: g.end - t.offset })), gazetteer);
    inText.forEach((g, j) => {
      const p = resolved[j]?.chosen?.match.place;
      placed[goldIndex.get(g)!] = p ? { lat: p.lat, lon: p.lon, id: p.id, name: p.name } : null;
      resolvedGiven[goldIndex.get(g)!] = resolved[j] ?? null;
    });
  }

  const resolutionIn: Record<string, ResolutionScore> = {};
  for (const cc of countries) {
    const idx = gold.map((g, i) => (g.country === cc ? i : -1)).filter((i) => i >= 0);
    resolutionIn[cc] = scoreResolution(
      idx.map((i) => gold[i]!),
      idx.map((i) => placed[i]!),
    );
  }

  // Non-literal gold names: the geoparser should flag them or leave them unplaced, not draw them as places.
  // Countries are left out: a state named as an actor is never an incident's place, placed or not.
  const nonLiteralGold = gold.filter((g) => g.literal === false && !g.embedded && !g.geonameid?.startsWith("cc:"));
  const flaggedOrUnplaced = nonLiteralGold.filter((g) => {
    const m = mentions.find((x) => x.doc === g.doc && x.docStart < g.end && g.start < x.docEnd);
    return !m || m.status !== "resolved";
  }).length;

  return {
    texts: texts.length,
    goldOutsideTexts: allGold.length - gold.length,
    bytes,
    recognition: scoreRecognition(gold, predicted),
    resolution: scoreResolution(gold, placed),
    resolutionIn,
    nonLiteral: { total: nonLiteralGold.length, flaggedOrUnplaced },
    pipelineMs,
    mentions,
    gold,
    placed,
    resolvedGiven,
  };
}
