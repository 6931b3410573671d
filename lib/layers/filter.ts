import type { Incident } from "../events/incident";
import type { Mention } from "../geoparse/mention";
import type { Article } from "../ingest/article";
import type { LayerQuery } from "./query";

/** The filter value that stands for articles whose publisher is unknown. */
export const UNKNOWN_SOURCE = "unknown";

const sourceValue = (s: string | null) => s ?? UNKNOWN_SOURCE;

/** Incidents whose event date range overlaps [from, to]; undated incidents are left out once a date bound is set. */
export function incidentsInRange(incidents: Incident[], from?: string, to?: string): Incident[] {
  if (!from && !to) return incidents;
  return incidents.filter((i) => i.dateStart !== null && i.dateEnd !== null && (!from || i.dateEnd >= from) && (!to || i.dateStart <= to));
}

export function filterIncidents(incidents: Incident[], q: LayerQuery, ignore: { source?: boolean } = {}): Incident[] {
  const sources = new Set(q.source);
  const regions = new Set(q.region);
  return incidentsInRange(incidents, q.from, q.to).filter(
    (i) => (ignore.source || sources.size === 0 || i.sources.some((s) => sources.has(sourceValue(s)))) && (regions.size === 0 || (i.place.admin1 !== null && regions.has(i.place.admin1))),
  );
}

/**
 * Mentions under the same filters: by publisher, by region, and by date through
 * their article (a mention has no event date; it is kept when its article
 * reports an incident in range, or, without a date filter, always).
 */
export function filterMentions(mentions: Mention[], articles: Map<string, Article>, incidents: Incident[], q: LayerQuery): Mention[] {
  const sources = new Set(q.source);
  const regions = new Set(q.region);
  const datedArticles = q.from || q.to ? new Set(incidentsInRange(incidents, q.from, q.to).flatMap((i) => i.reports.map((r) => r.articleId))) : null;
  return mentions.filter((m) => {
    const a = articles.get(m.articleId);
    if (sources.size > 0 && !sources.has(sourceValue(a?.publisher ?? null))) return false;
    if (regions.size > 0 && (m.admin1 === null || !regions.has(m.admin1))) return false;
    if (datedArticles && !datedArticles.has(m.articleId)) return false;
    return true;
  });
}
