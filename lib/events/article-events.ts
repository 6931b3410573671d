import { distanceKm } from "../geoparse/distance";
import type { Precision } from "../geoparse/place";
import type { Report, Span } from "./incident";

/**
 * One event, one report per article. An article often tells one event in several sentences ("Clashes broke out in X
 * on Monday. … Two fighters were killed in the fighting in X."): each sentence makes a report, and without this step
 * one clash becomes several incidents, and a second sentence of the same article reads as a second publisher.
 * Reports of one article are the same event when their places are the same (or one contains the other), their dates
 * agree (or one is carried), and their types are of one family; they become one report whose evidence is every sentence.
 */

const RANK: Record<Precision, number> = { site: 0, neighbourhood: 1, town: 2, district: 3, governorate: 4, region: 5, country: 6 };
/** Points this close under one name stand for one place (two gazetteer entries of one town). */
const SAME_PLACE_KM = 2;
const DAY_MS = 86_400_000;


/** Whether one report's place is the other's, or contains it (a district or governorate holding a town). */
function samePlaceOrContaining(a: Report["place"], b: Report["place"]): boolean {
  const [outer, inner] = RANK[a.precision] >= RANK[b.precision] ? [a, b] : [b, a];
  // Neighbouring villages are separate events (one event per place, as ACLED codes them): only the same place merges,
  // or a town and a neighbourhood inside it.
  if (RANK[outer.precision] <= RANK.town) return RANK[outer.precision] !== RANK[inner.precision] ? distanceKm(a, b) <= 5 : a.name === b.name && distanceKm(a, b) <= SAME_PLACE_KM;
  if (outer.precision === "governorate") return outer.admin1 !== null && outer.admin1 === inner.admin1;
  if (outer.precision === "district") {
    const code = outer.admin?.admin2?.pcode;
    return code !== undefined ? inner.admin?.admin2?.pcode === code : distanceKm(outer, inner) <= 40;
  }
  return false;
}

/** A date range longer than this ("in 2012", "in March") is too vague to say two sentences tell one event. */
const MAX_SPAN_MS = 45 * DAY_MS;
/** Two undated sentences this close (characters) are still on one story; farther apart an undated place is another matter. */
const UNDATED_REACH = 400;

/**
 * Whether two reports' dates can be one event's: equal or overlapping with a day's slack. A sentence the extractor
 * could date by no date of its own or carried from before is about something else than a dated one ("following the
 * liberation of Aleppo" beside the day's clashes in Aleppo); two undated sentences close together may be one story.
 */
function datesAgree(a: Report, b: Report): boolean {
  const undated = (r: Report) => r.dateStart === null || r.dateEnd === null;
  if (undated(a) || undated(b)) return undated(a) && undated(b) && Math.abs(a.evidence.start - b.evidence.start) <= UNDATED_REACH;
  const span = (r: Report) => Date.parse(r.dateEnd!) - Date.parse(r.dateStart!);
  if ((span(a) > MAX_SPAN_MS || span(b) > MAX_SPAN_MS) && (a.dateStart !== b.dateStart || a.dateEnd !== b.dateEnd)) return false;
  const gap = Math.max(Date.parse(a.dateStart!) - Date.parse(b.dateEnd!), Date.parse(b.dateStart!) - Date.parse(a.dateEnd!));
  return gap <= DAY_MS;
}

/**
 * One article tells one event with one kind of violence, or says a battle's shelling or strikes: a battle and a
 * massacre it tells apart ("insurgents attacked the security forces … more than 300 civilians were killed") are two
 * events, even on the same day at the same place.
 */
function compatibleTypes(a: Report, b: Report): boolean {
  if (a.type === b.type) return true;
  const pair = new Set([a.type, b.type]);
  return pair.has("battles") && pair.has("explosions-remote-violence");
}

export function sameArticleEvent(a: Report, b: Report): boolean {
  // Places listed in one sentence ("in Jableh, Snobar and Mukhtariyah") are that many events.
  const sharedSentence = [a.evidence, ...(a.moreEvidence ?? [])].some((s) => s.start === b.evidence.start);
  return a.articleId === b.articleId && !sharedSentence && compatibleTypes(a, b) && samePlaceOrContaining(a.place, b.place) && datesAgree(a, b);
}

const spanKey = (s: Span) => `${s.start}:${s.end}`;

/** Two reports of one event as one: the more precise place, the narrower date, the first toll, every sentence as evidence. */
function mergeTwo(a: Report, b: Report): Report {
  const placeFrom = RANK[b.place.precision] < RANK[a.place.precision] || (RANK[b.place.precision] === RANK[a.place.precision] && b.place.confidence > a.place.confidence) ? b : a;
  const dated = [a, b].filter((r) => r.dateStart !== null && r.dateEnd !== null);
  const dateFrom = dated.sort((x, y) => Date.parse(x.dateEnd!) - Date.parse(x.dateStart!) - (Date.parse(y.dateEnd!) - Date.parse(y.dateStart!)))[0] ?? a;
  const tollFrom = a.fatalities ? a : b;
  // A type read where the dead are named (a battle) over a bare event word elsewhere: the first report's, unless it is
  // the generic violence against civilians and the other says battles.
  const typeFrom = a.type === "violence-against-civilians" && b.type === "battles" ? b : a;
  const evidence = [a.evidence, ...(a.moreEvidence ?? []), b.evidence, ...(b.moreEvidence ?? [])];
  const seen = new Set<string>();
  const sentences = evidence.filter((s) => (seen.has(spanKey(s)) ? false : (seen.add(spanKey(s)), true))).sort((x, y) => x.start - y.start);
  return {
    ...a,
    id: a.id,
    mentionId: placeFrom.mentionId,
    place: placeFrom.place,
    placeEvidence: placeFrom.placeEvidence,
    dateStart: dateFrom.dateStart,
    dateEnd: dateFrom.dateEnd,
    datePrecision: dateFrom.datePrecision,
    dateEvidence: dateFrom.dateEvidence,
    type: typeFrom.type,
    subType: typeFrom.subType,
    fatalities: tollFrom.fatalities,
    actors: [...new Set([...a.actors, ...b.actors])],
    attributedTo: [...new Set([...a.attributedTo, ...b.attributedTo])],
    evidence: sentences[0]!,
    moreEvidence: sentences.slice(1),
  };
}

/**
 * The reports of one article with those of one event merged, in text order. Each report is compared with the merged
 * ones before it: the first it is the same event as takes it in. Reports of different articles are never merged here
 * (grouping across publishers is groupReports' job).
 */
export function mergeArticleReports(reports: Report[]): Report[] {
  const out: Report[] = [];
  for (const r of reports) {
    const k = out.findIndex((o) => sameArticleEvent(o, r));
    if (k === -1) out.push(r);
    else out[k] = mergeTwo(out[k]!, r);
  }
  return out;
}
