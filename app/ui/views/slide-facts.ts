/**
 * What a presentation slide says about its view, in words: the dates (and how precisely the incidents
 * in them are dated), the publishers, the area. Pure functions of the view's filters and the API's answers.
 */
import type { SourceCount, TimelineResponse } from "../../../lib/layers/features";
import type { LayerQuery } from "../../../lib/layers/query";
import { formatCount, formatDay, formatPublisher } from "../format";

/** Precisions at which an incident's date is a period, not a day or a few days. */
const COARSE = new Set(["week", "month", "year"]);

export interface DateFacts {
  /** The range the slide covers, e.g. "6 Mar 2025 – 31 Mar 2025" or "All dates (…)". */
  range: string;
  /** Honest caveats: coarse dates counted by overlap, undated incidents left out or included. */
  caveats: string[];
}

function overlaps(span: { start: string; end: string }, from: string | undefined, to: string | undefined): boolean {
  return (!to || span.start <= to) && (!from || span.end >= from);
}

export function describeDates(query: Pick<LayerQuery, "from" | "to">, timeline: TimelineResponse | undefined): DateFacts {
  const { from, to } = query;
  const bounded = Boolean(from || to);
  let range: string;
  if (from && to) range = from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
  else if (from) range = `From ${formatDay(from)}`;
  else if (to) range = `Until ${formatDay(to)}`;
  else if (timeline && timeline.spans.length) {
    const start = timeline.spans.reduce((m, s) => (s.start < m ? s.start : m), timeline.spans[0]!.start);
    const end = timeline.spans.reduce((m, s) => (s.end > m ? s.end : m), timeline.spans[0]!.end);
    range = `All dates (${formatDay(start)} – ${formatDay(end)})`;
  } else range = "All dates";

  const caveats: string[] = [];
  if (!timeline) return { range, caveats };
  const kept = timeline.spans.filter((s) => overlaps(s, from, to));
  const coarse = kept.filter((s) => COARSE.has(s.precision)).reduce((n, s) => n + s.count, 0);
  if (coarse > 0) {
    caveats.push(
      bounded
        ? `${formatCount(coarse, "incident")} dated only to a week, month or year, counted because the period overlaps`
        : `${formatCount(coarse, "incident")} dated only to a week, month or year`,
    );
  }
  if (timeline.undated > 0) {
    caveats.push(bounded ? `${formatCount(timeline.undated, "undated incident")} left out` : `${formatCount(timeline.undated, "incident")} of unknown date included`);
  }
  return { range, caveats };
}

/** At most this many publishers are named on a slide; the rest are counted. */
const MAX_NAMED = 6;

function named(names: string[]): string {
  if (names.length <= MAX_NAMED) return names.join(", ");
  return `${names.slice(0, MAX_NAMED).join(", ")} and ${names.length - MAX_NAMED} more`;
}

/** The publishers the slide shows: those picked by the filter, or every one with incidents under the other filters. */
export function describePublishers(query: Pick<LayerQuery, "source" | "attributed">, sources: SourceCount[] | undefined): string {
  let text: string;
  if (query.source.length) {
    text = named(query.source.map((v) => (v === "unknown" ? formatPublisher(null) : v)));
  } else if (sources) {
    const withIncidents = sources.filter((s) => s.incidents > 0).map((s) => formatPublisher(s.source));
    text = withIncidents.length ? `All publishers: ${named(withIncidents)}` : "No publisher has incidents under these filters";
  } else text = "All publishers";
  if (query.attributed?.length) text += `; citing ${named(query.attributed)}`;
  return text;
}

/** The area the slide is filtered to, or that it is not. */
export function describeArea(query: Pick<LayerQuery, "region" | "bbox" | "polygon" | "near" | "km">, place: string | null, regionName: (code: string) => string): string {
  const parts: string[] = [];
  if (query.region.length) parts.push(named(query.region.map(regionName)));
  if (query.bbox) parts.push("a rectangle drawn on the map");
  if (query.polygon) parts.push("an area drawn on the map");
  if (query.near) parts.push(`within ${query.km ?? 25} km of ${place ?? `${query.near[1].toFixed(3)}, ${query.near[0].toFixed(3)}`}`);
  return parts.length ? parts.join(" and ") : "Everywhere";
}
