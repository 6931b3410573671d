import { z } from "zod";
import { distanceKm } from "../geoparse/distance";
import { IsoDateSchema } from "../ingest/article";
import { EventTypeSchema, type Report, VictimsSchema } from "./incident";

/**
 * A hand-written incident of the evaluation gold (data/gold/sample-incidents.jsonl):
 * what a careful reader takes from one article, with the place, the date range
 * the text supports (null where the text does not fix it) and the fatality claim.
 */
export const GoldIncidentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  publisher: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  place: z.object({
    name: z.string(),
    /** Null for places the gazetteer lacks: such an incident can only be missed. */
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    admin1: z.string().nullable(),
    precision: z.string().nullable(),
    /** Containing places the text names ("Datour in Latakia"): a report there is right, if coarser. */
    within: z.array(z.string()),
  }),
  dateStart: IsoDateSchema.nullable(),
  dateEnd: IsoDateSchema.nullable(),
  type: EventTypeSchema,
  subType: z.string().nullable(),
  fatalities: z
    .object({ low: z.number(), best: z.number(), high: z.number().nullable(), victims: VictimsSchema.nullable(), text: z.string() })
    .nullable(),
  attributedTo: z.array(z.string()),
  quote: z.string(),
});
export type GoldIncident = z.infer<typeof GoldIncidentSchema>;

/** A fatality claim as written in the corpus, with the figure a reader takes from it. */
export const GoldFatalitySchema = z.object({
  articleId: z.string(),
  sentence: z.string(),
  low: z.number(),
  best: z.number(),
  high: z.number().nullable(),
  victims: VictimsSchema.nullable(),
});
export type GoldFatality = z.infer<typeof GoldFatalitySchema>;

export function parseJsonLines<T>(text: string, schema: z.ZodType<T>): T[] {
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** How far a report's point may lie from the gold place and still be the same place (town-sized). */
export const PLACE_TOLERANCE_KM = 10;

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f’'‘ʿʾ`-]/g, "")
    .replace(/^(al|el|ad|ar|as|ash|an)\s*/i, "")
    .replace(/\s+/g, "")
    .toLowerCase();

/**
 * A report is at the gold place when: its point lies within 10 km of the gold
 * point; or the gold place is a governorate and the report lies in it; or the
 * report is at a container the text names for the gold place ("Datour in
 * Latakia"); or, for a gold place the gazetteer lacks, it bears the same name.
 */
export function samePlace(report: Report, gold: GoldIncident): boolean {
  const g = gold.place;
  if (g.precision === "governorate" && g.admin1 !== null && report.place.admin1 === g.admin1) return true;
  if (g.lat !== null && g.lon !== null && distanceKm(report.place, { lat: g.lat, lon: g.lon }) <= PLACE_TOLERANCE_KM) return true;
  const names = [report.place.name, report.place.surface].map(fold);
  if ([g.name, ...g.within].map(fold).some((n) => names.includes(n))) return true;
  return false;
}

/** Dates agree when both are unknown, or both known and the ranges overlap. */
export function sameDates(report: Pick<Report, "dateStart" | "dateEnd">, gold: Pick<GoldIncident, "dateStart" | "dateEnd">): boolean {
  if (gold.dateStart === null || gold.dateEnd === null) return report.dateStart === null;
  if (report.dateStart === null || report.dateEnd === null) return false;
  return report.dateStart <= gold.dateEnd && gold.dateStart <= report.dateEnd;
}

export const matches = (report: Report, gold: GoldIncident) =>
  report.articleId === gold.articleId && samePlace(report, gold) && sameDates(report, gold);

export interface Evaluation {
  reports: number;
  gold: number;
  /** Reports whose (place, date range) matches a gold incident of their article. */
  truePositives: number;
  /** Gold incidents matched by at least one report. */
  found: number;
  precision: number;
  recall: number;
  /** Among reports that match the gold, the share whose type is that of a gold incident they match. */
  typeAgreement: number;
  /** Gold incidents with a fatality claim, and how many have a matching report with the same low/best/high. */
  fatalityClaims: number;
  fatalitiesAgreed: number;
  missed: GoldIncident[];
  spurious: Report[];
}

/**
 * Scores reports against the gold as (place, date range) pairs, per article:
 * precision is the share of reports that match some gold incident of their
 * article, recall the share of gold incidents matched by some report. Several
 * reports of one incident (two sentences about it) all count as right.
 */
export function evaluate(reports: Report[], gold: GoldIncident[]): Evaluation {
  const byArticle = new Map<string, GoldIncident[]>();
  for (const g of gold) byArticle.set(g.articleId, [...(byArticle.get(g.articleId) ?? []), g]);
  const found = new Set<string>();
  const spurious: Report[] = [];
  let truePositives = 0;
  let pairs = 0;
  let typed = 0;
  for (const r of reports) {
    const hits = (byArticle.get(r.articleId) ?? []).filter((g) => matches(r, g));
    if (hits.length === 0) {
      spurious.push(r);
      continue;
    }
    truePositives++;
    for (const g of hits) found.add(g.id);
    pairs++;
    if (hits.some((g) => g.type === r.type)) typed++;
  }
  const claims = gold.filter((g) => g.fatalities !== null);
  const agreed = claims.filter((g) =>
    reports.some(
      (r) => matches(r, g) && r.fatalities !== null && r.fatalities.low === g.fatalities!.low && r.fatalities.best === g.fatalities!.best && r.fatalities.high === g.fatalities!.high,
    ),
  );
  return {
    reports: reports.length,
    gold: gold.length,
    truePositives,
    found: found.size,
    precision: reports.length ? truePositives / reports.length : 1,
    recall: gold.length ? found.size / gold.length : 1,
    typeAgreement: pairs ? typed / pairs : 1,
    fatalityClaims: claims.length,
    fatalitiesAgreed: agreed.length,
    missed: gold.filter((g) => !found.has(g.id)),
    spurious,
  };
}
