/**
 * Scoring of the pipeline on short conflict reports coded by analysts (one event, one point, one date per report),
 * as `npm run bench:reports` runs it. Pure functions: the benchmark script reads the data and runs the pipeline;
 * this module says, for one report, what the pipeline got right and, when it missed the place, why; and sums up.
 */
import { z } from "zod";
import { distanceKm } from "../geoparse/distance";
import type { Gazetteer } from "../geoparse/gazetteer";
import type { Mention } from "../geoparse/mention";
import { foldName } from "../geoparse/normalize";
import type { Precision } from "../geoparse/place";
import { ACLED_EVENT_TYPE } from "../export/record";
import { IsoDateSchema } from "../ingest/article";
import type { Atlas } from "../store/corpus";
import type { EventType, Report } from "./incident";

// ---------------------------------------------------------------------------------------------------------------
// The split

/** FNV-1a, 32 bits, over the UTF-8 bytes of `s` (offset basis 2166136261, prime 16777619). */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The fixed split of an evaluation set into two halves, by the report's id alone: the FNV-1a 32-bit hash of the id
 * (its UTF-8 bytes) even → half 1, the half we look at and tune on; odd → half 2, held out and only ever scored.
 * It depends on nothing but the id, so a report stays in its half whatever else the file holds.
 */
export function evalHalf(id: string): 1 | 2 {
  return fnv1a32(id) % 2 === 0 ? 1 : 2;
}

// ---------------------------------------------------------------------------------------------------------------
// The data

/** One line of the conflict-report set: the report's text, its assumed publication date, and the analysts' coding. */
export const ConflictReportSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  published: IsoDateSchema,
  gold: z.object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    geo_precision: z.union([z.literal(1), z.literal(2)]),
    date_start: IsoDateSchema,
    date_end: IsoDateSchema,
    time_precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    event_type: z.string(),
    sub_event_type: z.string(),
    fatalities: z.number().int().nonnegative(),
    admin1: z.string(),
    admin2: z.string(),
    admin3: z.string(),
    location: z.string(),
    source: z.string(),
  }),
});
export type ConflictReport = z.infer<typeof ConflictReportSchema>;

/** The reports of a JSON-lines file's text, each line checked; a bad line is an error naming its line and field. */
export function parseConflictReports(text: string, label: string): ConflictReport[] {
  const out: ConflictReport[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      throw new Error(`${label}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    const parsed = ConflictReportSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${label}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".") || "(line)"}: ${x.message}`).join("; ")}`);
    out.push(parsed.data);
  });
  return out;
}

/** The document the pipeline is given for a report: its publication date on a line of its own above the text. */
export function reportDocument(r: Pick<ConflictReport, "id" | "text" | "published">): { id: string; text: string } {
  return { id: r.id, text: `${r.published}\n\n${r.text}` };
}

// ---------------------------------------------------------------------------------------------------------------
// The rules

/** How far (km) our point may lie from the gold point and still be the place: by the gold's geo_precision. */
export const TOLERANCE_KM: Readonly<Record<1 | 2, number>> = { 1: 10, 2: 25 };
/** A report this sure of its place ... */
export const CONFIDENT = 0.5;
/** ... and this far (km) from the gold point is confidently wrong. */
export const WRONG_KM = 50;
/** Days either side of the gold date that still agree, by the gold's time_precision (day, week, month). */
export const DATE_SLACK_DAYS: Readonly<Record<1 | 2 | 3, number>> = { 1: 1, 2: 3, 3: 15 };
/** Our places that stand for an area, not a town or a site in it. */
export const AREA_PRECISIONS: ReadonlySet<Precision> = new Set(["district", "governorate", "region", "country"]);


/**
 * Our sub-types that have an ACLED sub-event type of the same meaning (ACLED's names). A sub-type not listed has
 * none and never agrees.
 */
export const ACLED_SUB_EVENT: Readonly<Record<string, string>> = {
  "armed clash": "Armed clash",
  "air strike": "Air/drone strike",
  shelling: "Shelling/artillery/missile attack",
  "chemical weapon": "Chemical weapon",
  abduction: "Abduction/forced disappearance",
  "mob violence": "Mob violence",
};

/** Why a report's place was missed (or, for a placed report, its toll). */
export const MISS_CAUSES = [
  "refused", // the pipeline made no article of the document
  "not-in-gazetteer", // no mention near, and no gazetteer entry of the gold location's name near the gold point
  "not-recognised", // no mention near, though the gazetteer has the gold name near
  "wrong-namesake", // a mention that could have been the place was resolved elsewhere (or left unresolved)
  "no-event-read", // a mention near, but no incident report near
  "area-made-incident", // the gold place is precise, and we placed the event at a district, governorate or region
  "toll-wrong", // placed right, but the fatality count disagrees
  "other",
] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

/** The fatality rule: our claim agrees when low ≤ gold ≤ high (no high: any figure from low up), or best = gold. */
export function tollAgrees(toll: { low: number; best: number; high: number | null } | null, gold: number): boolean {
  if (!toll) return false;
  return (toll.low <= gold && gold <= (toll.high ?? Number.POSITIVE_INFINITY)) || toll.best === gold;
}

const DAY_MS = 86_400_000;
function shiftIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether our date range (either end may be missing) overlaps the gold date widened by its precision's slack. */
export function dateAgrees(
  ours: { dateStart: string | null; dateEnd: string | null },
  gold: Pick<ConflictReport["gold"], "date_start" | "date_end" | "time_precision">,
): boolean {
  const start = ours.dateStart ?? ours.dateEnd;
  const end = ours.dateEnd ?? ours.dateStart;
  if (start === null || end === null) return false;
  const slack = DATE_SLACK_DAYS[gold.time_precision];
  return start <= shiftIso(gold.date_end, slack) && end >= shiftIso(gold.date_start, -slack);
}

export function typeAgrees(type: EventType, goldType: string): boolean {
  return ACLED_EVENT_TYPE[type] === goldType;
}

export function subEventAgrees(subType: string | null, goldSubEvent: string): boolean {
  // Sub-types are ACLED's own names; records made before they were carry the older words the map translates.
  if (subType === null) return false;
  const acled = ACLED_SUB_EVENT[subType.toLowerCase()] ?? subType;
  return acled.toLowerCase() === goldSubEvent.toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------------
// One report

/** One of our incident reports, as the verbose listing shows it. */
export interface ProducedReport {
  surface: string;
  name: string;
  lat: number;
  lon: number;
  distanceKm: number;
  confidence: number;
  precision: Precision;
  type: EventType;
  subType: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  toll: string | null;
}

/** One of our mentions, as the verbose listing shows it. */
export interface ProducedMention {
  surface: string;
  name: string | null;
  status: Mention["status"];
  distanceKm: number | null;
  confidence: number;
  /** Distance (km) of the nearest runner-up candidate, when there is one. */
  nearestAlternativeKm: number | null;
}

export interface ReportScore {
  id: string;
  half: 1 | 2;
  geoPrecision: 1 | 2;
  toleranceKm: number;
  /** No article was made of the document. */
  refused: boolean;
  /** The pipeline's notice, when it gave one. */
  refusal: string | null;
  /** Whether the document's date line was read as the article's publication date (null when refused). */
  publishedRead: boolean | null;
  incidentReports: number;
  incidents: number;
  /** Distance (km) from the gold point to our nearest incident; null when there is none. */
  nearestIncidentKm: number | null;
  /** An incident within tolerance of the gold point. */
  hit: boolean;
  /** A resolved place mention within tolerance of the gold point. */
  mentionHit: boolean;
  /** Incident reports at least CONFIDENT sure of a place more than WRONG_KM from the gold point. */
  confidentlyWrong: number;
  /** The report compared with the gold's date, type and toll (see `matchReport`); null when there is none. */
  matched: ProducedReport | null;
  dateAgree: boolean;
  typeAgree: boolean;
  subEventAgree: boolean;
  /** Null when the gold has no fatalities (0). */
  fatalityAgree: boolean | null;
  /** Why the place (or, when placed, the toll) was missed; null when nothing was. */
  cause: MissCause | null;
  /** Whether the gold location's name appears in the text (folded). */
  goldNamedInText: boolean;
  produced: ProducedReport[];
  mentions: ProducedMention[];
}

export interface ScoreInput {
  report: ConflictReport;
  atlas: Pick<Atlas, "articles" | "mentions" | "reports" | "incidents" | "notices">;
  gazetteer: Pick<Gazetteer, "lookup">;
}

function producedReport(r: Report, gold: { lat: number; lon: number }): ProducedReport {
  const f = r.fatalities;
  return {
    surface: r.place.surface,
    name: r.place.name,
    lat: r.place.lat,
    lon: r.place.lon,
    distanceKm: distanceKm(r.place, gold),
    confidence: r.place.confidence,
    precision: r.place.precision,
    type: r.type,
    subType: r.subType,
    dateStart: r.dateStart,
    dateEnd: r.dateEnd,
    toll: f ? (f.low === f.best && f.best === f.high ? String(f.best) : `${f.low}/${f.best}/${f.high ?? "+"}`) : null,
  };
}

/**
 * The report held against the gold's date, type and toll: of our reports within tolerance, the one that agrees on
 * most of the three (nearest first among equals); when none is within tolerance, the nearest report.
 */
export function matchReport(reports: Report[], gold: ConflictReport["gold"]): Report | null {
  if (reports.length === 0) return null;
  const tol = TOLERANCE_KM[gold.geo_precision];
  const dist = (r: Report) => distanceKm(r.place, gold);
  const near = reports.filter((r) => dist(r) <= tol);
  const agreements = (r: Report) =>
    Number(dateAgrees(r, gold)) + Number(typeAgrees(r.type, gold.event_type)) + (gold.fatalities > 0 ? Number(tollAgrees(r.fatalities, gold.fatalities)) : 0);
  if (near.length > 0) return [...near].sort((a, b) => agreements(b) - agreements(a) || dist(a) - dist(b))[0]!;
  return [...reports].sort((a, b) => dist(a) - dist(b))[0]!;
}

/**
 * Why a report's place was missed (the gold point has no incident within tolerance):
 * - `refused`: no article was made of the document;
 * - no resolved mention near the gold point:
 *   - `wrong-namesake`: a mention had a candidate near the gold point but was resolved elsewhere or left unresolved,
 *     or a mention of the gold location's name (its surface or resolved name, folded, or an entry the gold name looks
 *     up to) was resolved elsewhere while the gazetteer has the gold name near;
 *   - `not-in-gazetteer`: otherwise, when `gazetteer.lookup(gold.location, { loose: true })` has no entry near;
 *   - `not-recognised`: otherwise (the gazetteer has the name near; the text's name was not taken as a place);
 * - a resolved mention near:
 *   - `area-made-incident`: the gold place is precise (geo_precision 1) and a report was placed at an area;
 *   - `no-event-read`: no incident report near the gold point;
 * - `other`: the rest (a report near, grouped into an incident placed elsewhere).
 */
export function missCause(input: ScoreInput): MissCause {
  const { report, atlas, gazetteer } = input;
  const gold = report.gold;
  const tol = TOLERANCE_KM[gold.geo_precision];
  const near = (p: { lat: number; lon: number }) => distanceKm(p, gold) <= tol;
  if (atlas.articles.length === 0) return "refused";
  const placed = (m: Mention) => m.status === "resolved" && m.lat !== null && m.lon !== null;
  const nearMention = atlas.mentions.some((m) => placed(m) && near({ lat: m.lat!, lon: m.lon! }));
  if (!nearMention) {
    if (atlas.mentions.some((m) => m.alternatives.some(near))) return "wrong-namesake";
    const goldMatches = gazetteer.lookup(gold.location, { loose: true });
    if (!goldMatches.some((g) => near(g.place))) return "not-in-gazetteer";
    const goldName = foldName(gold.location);
    const goldIds = new Set(goldMatches.map((g) => g.place.id));
    const sameName = (m: Mention) =>
      foldName(m.surface) === goldName || (m.name !== null && foldName(m.name) === goldName) || (m.placeId !== null && goldIds.has(m.placeId));
    if (atlas.mentions.some((m) => placed(m) && sameName(m))) return "wrong-namesake";
    return "not-recognised";
  }
  if (gold.geo_precision === 1 && atlas.reports.some((r) => AREA_PRECISIONS.has(r.place.precision))) return "area-made-incident";
  if (!atlas.reports.some((r) => near(r.place))) return "no-event-read";
  return "other";
}

/** Everything the benchmark says about one report, given what the pipeline made of its document. */
export function scoreReport(input: ScoreInput): ReportScore {
  const { report, atlas } = input;
  const gold = report.gold;
  const tol = TOLERANCE_KM[gold.geo_precision];
  const refused = atlas.articles.length === 0;
  const nearestIncidentKm = atlas.incidents.length ? Math.min(...atlas.incidents.map((i) => distanceKm(i.place, gold))) : null;
  const hit = nearestIncidentKm !== null && nearestIncidentKm <= tol;
  const mentionHit = atlas.mentions.some((m) => m.status === "resolved" && m.lat !== null && m.lon !== null && distanceKm({ lat: m.lat, lon: m.lon }, gold) <= tol);
  const confidentlyWrong = atlas.reports.filter((r) => r.place.confidence >= CONFIDENT && distanceKm(r.place, gold) > WRONG_KM).length;
  const m = matchReport(atlas.reports, gold);
  const dateAgree = m !== null && dateAgrees(m, gold);
  const typeAgree = m !== null && typeAgrees(m.type, gold.event_type);
  const subEventAgree = m !== null && subEventAgrees(m.subType, gold.sub_event_type);
  const fatalityAgree = gold.fatalities > 0 ? m !== null && tollAgrees(m.fatalities, gold.fatalities) : null;
  const cause: MissCause | null = !hit ? missCause(input) : fatalityAgree === false ? "toll-wrong" : null;
  const goldName = foldName(gold.location);
  return {
    id: report.id,
    half: evalHalf(report.id),
    geoPrecision: gold.geo_precision,
    toleranceKm: tol,
    refused,
    refusal: refused ? (atlas.notices[0]?.message ?? null) : null,
    publishedRead: refused ? null : atlas.articles.some((a) => a.published === report.published),
    incidentReports: atlas.reports.length,
    incidents: atlas.incidents.length,
    nearestIncidentKm,
    hit,
    mentionHit,
    confidentlyWrong,
    matched: m ? producedReport(m, gold) : null,
    dateAgree,
    typeAgree,
    subEventAgree,
    fatalityAgree,
    cause,
    goldNamedInText: goldName.length > 0 && foldName(report.text).includes(goldName),
    produced: atlas.reports.map((r) => producedReport(r, gold)),
    mentions: atlas.mentions.map((x) => ({
      surface: x.surface,
      name: x.name,
      status: x.status,
      distanceKm: x.lat !== null && x.lon !== null ? distanceKm({ lat: x.lat, lon: x.lon }, gold) : null,
      confidence: x.confidence,
      nearestAlternativeKm: x.alternatives.length ? Math.min(...x.alternatives.map((c) => distanceKm(c, gold))) : null,
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Summing up

/** k of n. */
export interface Share {
  k: number;
  n: number;
}
const share = (k: number, n: number): Share => ({ k, n });
const count = (scores: ReportScore[], test: (s: ReportScore) => boolean) => scores.filter(test).length;

export interface Summary {
  n: number;
  refused: Share;
  /** Of the documents made into articles, those whose date line became the publication date. */
  publishedRead: Share;
  hit: Share;
  hitPrecision1: Share;
  hitPrecision2: Share;
  mentionHit: Share;
  /** Confidently wrong incident reports, of all incident reports. */
  confidentlyWrong: Share;
  /** Reports with at least one confidently wrong incident report. */
  withConfidentlyWrong: Share;
  /** Agreements of the matched report: of located (hit) reports, and of all reports (no report = disagreement). */
  date: { located: Share; all: Share };
  type: { located: Share; all: Share };
  subEvent: { located: Share; all: Share };
  /** On reports whose gold fatalities are above 0 only. */
  fatalities: { located: Share; all: Share };
  incidentReports: number;
  /** Mean incident reports per text (refused texts count as 0). */
  reportsPerText: number;
  causes: Record<MissCause, number>;
  /** Of each cause's count, the reports whose text does not contain the gold location's name as ACLED spells it. */
  causesGoldNotInText: Record<MissCause, number>;
}

export function summarise(scores: ReportScore[]): Summary {
  const located = scores.filter((s) => s.hit);
  const agreement = (test: (s: ReportScore) => boolean) => ({ located: share(count(located, test), located.length), all: share(count(scores, test), scores.length) });
  const withDead = scores.filter((s) => s.fatalityAgree !== null);
  const locatedWithDead = withDead.filter((s) => s.hit);
  const accepted = scores.filter((s) => !s.refused);
  const p1 = scores.filter((s) => s.geoPrecision === 1);
  const p2 = scores.filter((s) => s.geoPrecision === 2);
  const incidentReports = scores.reduce((n, s) => n + s.incidentReports, 0);
  const causes = Object.fromEntries(MISS_CAUSES.map((c) => [c, 0])) as Record<MissCause, number>;
  const causesGoldNotInText = { ...causes };
  for (const s of scores) {
    if (s.cause === null) continue;
    causes[s.cause]++;
    if (!s.goldNamedInText) causesGoldNotInText[s.cause]++;
  }
  return {
    n: scores.length,
    refused: share(scores.length - accepted.length, scores.length),
    publishedRead: share(count(accepted, (s) => s.publishedRead === true), accepted.length),
    hit: share(located.length, scores.length),
    hitPrecision1: share(count(p1, (s) => s.hit), p1.length),
    hitPrecision2: share(count(p2, (s) => s.hit), p2.length),
    mentionHit: share(count(scores, (s) => s.mentionHit), scores.length),
    confidentlyWrong: share(
      scores.reduce((n, s) => n + s.confidentlyWrong, 0),
      incidentReports,
    ),
    withConfidentlyWrong: share(count(scores, (s) => s.confidentlyWrong > 0), scores.length),
    date: agreement((s) => s.dateAgree),
    type: agreement((s) => s.typeAgree),
    subEvent: agreement((s) => s.subEventAgree),
    fatalities: { located: share(count(locatedWithDead, (s) => s.fatalityAgree === true), locatedWithDead.length), all: share(count(withDead, (s) => s.fatalityAgree === true), withDead.length) },
    incidentReports,
    reportsPerText: scores.length ? incidentReports / scores.length : 0,
    causes,
    causesGoldNotInText,
  };
}
