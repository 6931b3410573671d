import { distanceKm } from "../geoparse/distance";
import { type EventType, type Fatalities, type FatalityRange, type Incident, type Report } from "./incident";
import { combinedTollFlags } from "./toll-format";

/** Code-unit order: fast and the same everywhere, unlike localeCompare. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

/**
 * One incident from the reports that describe it. The place and type are the
 * earliest report's (whose evidence the map shows first); the date is the narrowest report's; fatalities
 * keep the whole spread of claims (lowest low, highest high, median best) so no
 * source's figure is hidden behind another's.
 */
export function incidentFromReports(reports: Report[]): Incident {
  if (reports.length === 0) throw new Error("an incident needs at least one report");
  const byPublished = [...reports].sort((a, b) => cmp(a.published ?? "9999", b.published ?? "9999") || cmp(a.id, b.id));
  const first = byPublished[0]!;
  const dated = reports.filter((r) => r.dateStart !== null && r.dateEnd !== null);
  const narrowest = dated.sort((a, b) => span(a) - span(b))[0];
  const claims = reports.flatMap((r) => (r.fatalities ? [r.fatalities] : []));
  // Reports are validated when made; building the incident by hand keeps grouping 100,000 of them fast.
  const incident: Incident = {
    id: `inc:${[...reports].map((r) => r.id).sort()[0]}`,
    place: first.place,
    dateStart: narrowest?.dateStart ?? null,
    dateEnd: narrowest?.dateEnd ?? null,
    datePrecision: narrowest?.datePrecision ?? "unknown",
    type: first.type,
    subType: first.subType,
    fatalities: claims.length ? fatalityRange(claims) : null,
    actors: unique(reports.flatMap((r) => r.actors)),
    sources: unique(byPublished.map((r) => r.source)),
    attributedTo: unique(reports.flatMap((r) => r.attributedTo)),
    reports: byPublished,
  };
  return incident;
}

/** The claims side by side: lowest low, median best, highest high, and how they are written where all agree ("~", "dozens"). */
function fatalityRange(claims: Fatalities[]): FatalityRange {
  const low = Math.min(...claims.map((c) => c.low));
  const high = claims.some((c) => c.high !== null) ? Math.max(...claims.map((c) => c.high ?? c.best)) : null;
  return { low, best: median(claims.map((c) => c.best)), high, ...combinedTollFlags(claims, { low, high }) };
}

function span(r: Report): number {
  return Date.parse(r.dateEnd!) - Date.parse(r.dateStart!);
}

/** Reports this close (km) are at the same place: a town and its neighbourhoods, a camp and its village. */
export const SAME_PLACE_KM = 10;
/** A date range longer than this (a year, "in 2014") is too vague to say two reports are of one event. */
const MAX_SPAN_DAYS = 45;
/** Reports of one event may date it a day apart (reporting lag, time zones). */
const DATE_SLACK_DAYS = 1;
const DAY_MS = 86_400_000;
/** Grid cell for bucketing by place: about 11 km north-south (less east-west, never under 10 km at Syria's latitudes), so a match lies in the same or a neighbouring cell. */
const CELL_DEG = 0.1;

/** Event types that can describe the same event from different sides: a massacre one outlet calls clashes. */
const FAMILY: Record<EventType, string> = {
  battles: "violence",
  "violence-against-civilians": "violence",
  "explosions-remote-violence": "violence",
  protests: "unrest",
  riots: "unrest",
  "strategic-developments": "strategic",
};

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
/** A report's date range in days since 1970, parsed once (grouping compares it many times). */
const ranges = new WeakMap<Report, [number, number] | null>();
function range(r: Report): [number, number] | null {
  let v = ranges.get(r);
  if (v === undefined) {
    v = r.dateStart !== null && r.dateEnd !== null ? [days(r.dateStart), days(r.dateEnd)] : null;
    ranges.set(r, v);
  }
  return v;
}
const dated = (r: Report) => {
  const d = range(r);
  return d !== null && d[1] - d[0] <= MAX_SPAN_DAYS;
};

/**
 * Whether two reports can be of the same event: both dated (to within a month
 * or so) with ranges that overlap or touch; at the same place (within 10 km,
 * or the same governorate when both are only placed at that level); of
 * compatible types. An undated report is never grouped: without a date, a 2017
 * story and a 2025 one at the same town cannot be told apart.
 */
export function sameEvent(a: Report, b: Report): boolean {
  if (!dated(a) || !dated(b)) return false;
  const [a0, a1] = range(a)!;
  const [b0, b1] = range(b)!;
  if (a0 > b1 + DATE_SLACK_DAYS || b0 > a1 + DATE_SLACK_DAYS) return false;
  if (FAMILY[a.type] !== FAMILY[b.type]) return false;
  if (FAMILY[a.type] === "strategic" && a.subType !== b.subType) return false;
  const coarseA = a.place.precision === "governorate";
  const coarseB = b.place.precision === "governorate";
  if (coarseA || coarseB) return coarseA && coarseB && a.place.admin1 !== null && a.place.admin1 === b.place.admin1;
  return distanceKm(a.place, b.place) <= SAME_PLACE_KM;
}

/**
 * Two reports of one article are one event only when the article tells it
 * twice: same place, dated by the very same words, same kind of event
 * ("two members were killed in Datour" ... "security forces fired at homes in Datour").
 */
function sameEventInArticle(a: Report, b: Report): boolean {
  return (
    a.articleId === b.articleId &&
    a.place.name === b.place.name &&
    a.dateEvidence !== null &&
    b.dateEvidence !== null &&
    a.dateEvidence.start === b.dateEvidence.start &&
    a.type === b.type &&
    a.subType === b.subType
  );
}

/** Grid cells around a point: rows of 0.1° latitude, columns of 0.1° scaled by the row's latitude, so every cell is at least 11 km wide. */
function cells(lat: number, lon: number, widen: boolean): string[] {
  const y = Math.floor(lat / CELL_DEG);
  const keys: string[] = [];
  for (const dy of widen ? [-1, 0, 1] : [0]) {
    const row = y + dy;
    const scale = Math.max(0.05, Math.cos(((row + 0.5) * CELL_DEG * Math.PI) / 180));
    const x = Math.floor((lon * scale) / CELL_DEG);
    for (const dx of widen ? [-1, 0, 1] : [0]) keys.push(`${x + dx}:${row}`);
  }
  return keys;
}

/** Bucket keys: grid cell and week; widened, the neighbouring cells and the days of slack either side. */
function bucketKeys(r: Report, widen: boolean): string[] {
  const [d0, d1] = range(r)!;
  const slack = widen ? DATE_SLACK_DAYS : 0;
  const weeks: number[] = [];
  for (let w = Math.floor((d0 - slack) / 7); w <= Math.floor((d1 + slack) / 7); w++) weeks.push(w);
  if (r.place.precision === "governorate") return weeks.map((w) => `gov:${r.place.admin1}:${w}`);
  return cells(r.place.lat, r.place.lon, widen).flatMap((c) => weeks.map((w) => `${c}:${w}`));
}

interface Group {
  /** The report that opened the group: later reports are compared with it, so a group cannot drift from place to place. */
  anchor: Report;
  members: Report[];
  byArticle: Map<string, Report[]>;
}

/**
 * Groups reports of the same event into incidents, so that every outlet's
 * account of it sits side by side. A report joins the closest compatible
 * incident (nearest place, then nearest date, then same type) that has no
 * report from its own article, unless that article tells the same event twice.
 * Reports are compared with the report that opened each incident and bucketed
 * by grid cell and week, so grouping stays near-linear for large corpora; the
 * result does not depend on the order of the input.
 */
export function groupReports(reports: Report[]): Incident[] {
  const order = [...reports].sort((a, b) => cmp(a.dateStart ?? "9999", b.dateStart ?? "9999") || cmp(a.dateEnd ?? "", b.dateEnd ?? "") || cmp(a.id, b.id));
  const groups: Group[] = [];
  const buckets = new Map<string, number[]>();
  for (const r of order) {
    let best: { group: number; score: number } | null = null;
    if (dated(r)) {
      const seen = new Set<number>();
      for (const key of bucketKeys(r, true)) {
        for (const g of buckets.get(key) ?? []) {
          if (seen.has(g)) continue;
          seen.add(g);
          const group = groups[g]!;
          const own = group.byArticle.get(r.articleId);
          if (own ? !own.every((m) => sameEventInArticle(m, r)) : !sameEvent(group.anchor, r)) continue;
          // Nearest place and date first; of equals, the incident already of the same type.
          const a = group.anchor;
          const score = distanceKm(a.place, r.place) + Math.abs(range(a)![0] - range(r)![0]) + (a.type === r.type ? 0 : 0.5);
          if (!best || score < best.score || (score === best.score && g < best.group)) best = { group: g, score };
        }
      }
    }
    let index: number;
    if (best) {
      index = best.group;
      const group = groups[index]!;
      group.members.push(r);
      group.byArticle.set(r.articleId, [...(group.byArticle.get(r.articleId) ?? []), r]);
    } else {
      index = groups.push({ anchor: r, members: [r], byArticle: new Map([[r.articleId, [r]]]) }) - 1;
      if (dated(r))
        for (const key of bucketKeys(r, false)) {
          const list = buckets.get(key);
          if (list) list.push(index);
          else buckets.set(key, [index]);
        }
    }
  }
  return groups.map((g) => incidentFromReports(g.members)).sort((a, b) => cmp(a.id, b.id));
}
