import { booleanPointInPolygon, distance, point, polygon as turfPolygon } from "@turf/turf";
import type { Incident } from "../events/incident";
import type { Mention } from "../geoparse/mention";
import type { Article } from "../ingest/article";
import { inAdminUnits } from "./admin";
import { DEFAULT_NEAR_KM, type LayerQuery } from "./query";

/** The filter value that stands for articles whose publisher is unknown. */
export const UNKNOWN_SOURCE = "unknown";

const sourceValue = (s: string | null) => s ?? UNKNOWN_SOURCE;

/** Incidents whose event date range overlaps [from, to]; undated incidents are left out once a date bound is set. */
export function incidentsInRange(incidents: Incident[], from?: string, to?: string): Incident[] {
  if (!from && !to) return incidents;
  return incidents.filter((i) => i.dateStart !== null && i.dateEnd !== null && (!from || i.dateEnd >= from) && (!to || i.dateStart <= to));
}

/**
 * The drawn-area part of a query (bbox, polygon, "within N km of") as one
 * point test, or null when the query has none. Built once per request.
 */
export function spatialTest(q: Pick<LayerQuery, "bbox" | "polygon" | "near" | "km">): ((lon: number, lat: number) => boolean) | null {
  const tests: Array<(lon: number, lat: number) => boolean> = [];
  if (q.bbox) {
    const [w, s, e, n] = q.bbox;
    tests.push((lon, lat) => lon >= w && lon <= e && lat >= s && lat <= n);
  }
  if (q.polygon) {
    const ring = [...q.polygon, q.polygon[0]!];
    const area = turfPolygon([ring]);
    tests.push((lon, lat) => booleanPointInPolygon(point([lon, lat]), area));
  }
  if (q.near) {
    const centre = point(q.near);
    const km = q.km ?? DEFAULT_NEAR_KM;
    tests.push((lon, lat) => distance(centre, point([lon, lat]), { units: "kilometers" }) <= km);
  }
  if (tests.length === 0) return null;
  return (lon, lat) => tests.every((t) => t(lon, lat));
}

/** Facets a filter may leave out, so a facet's own counts stay visible while it is narrowed. */
export interface IgnoredFacets {
  source?: boolean;
  attributed?: boolean;
  dates?: boolean;
}

export function filterIncidents(incidents: Incident[], q: LayerQuery, ignore: IgnoredFacets = {}): Incident[] {
  const sources = new Set(q.source);
  const regions = new Set(q.region);
  const attributed = new Set(q.attributed ?? []);
  const [admin2, admin3] = [new Set(q.admin2 ?? []), new Set(q.admin3 ?? [])];
  const byAdmin = admin2.size > 0 || admin3.size > 0;
  const inArea = spatialTest(q);
  const dated = ignore.dates ? incidents : incidentsInRange(incidents, q.from, q.to);
  return dated.filter(
    (i) =>
      (ignore.source || sources.size === 0 || i.sources.some((s) => sources.has(sourceValue(s)))) &&
      (ignore.attributed || attributed.size === 0 || i.attributedTo.some((a) => attributed.has(a))) &&
      (regions.size === 0 || (i.place.admin1 !== null && regions.has(i.place.admin1))) &&
      (!byAdmin || inAdminUnits(i.place.admin, admin2, admin3)) &&
      (!inArea || inArea(i.place.lon, i.place.lat)),
  );
}

/**
 * Mentions under the same filters: by publisher, by region, district and drawn area, and
 * by date and cited organisation through their article (a mention has neither;
 * it is kept when its article reports a matching incident, or, without such a
 * filter, always).
 */
export function filterMentions(mentions: Mention[], articles: Map<string, Article>, incidents: Incident[], q: LayerQuery): Mention[] {
  const sources = new Set(q.source);
  const regions = new Set(q.region);
  const [admin2, admin3] = [new Set(q.admin2 ?? []), new Set(q.admin3 ?? [])];
  const byAdmin = admin2.size > 0 || admin3.size > 0;
  const inArea = spatialTest(q);
  const byArticle = q.from || q.to || (q.attributed?.length ?? 0) > 0;
  const matchingArticles = byArticle
    ? new Set(filterIncidents(incidents, { ...q, source: [], region: [], admin2: undefined, admin3: undefined, bbox: undefined, polygon: undefined, near: undefined, km: undefined }).flatMap((i) => i.reports.map((r) => r.articleId)))
    : null;
  return mentions.filter((m) => {
    const a = articles.get(m.articleId);
    if (sources.size > 0 && !sources.has(sourceValue(a?.publisher ?? null))) return false;
    if (regions.size > 0 && (m.admin1 === null || !regions.has(m.admin1))) return false;
    if (byAdmin && !inAdminUnits(m.admin, admin2, admin3)) return false;
    if (inArea && (m.lon === null || m.lat === null || !inArea(m.lon, m.lat))) return false;
    if (matchingArticles && !matchingArticles.has(m.articleId)) return false;
    return true;
  });
}
