import type { LayerQuery } from "../../../lib/layers/query";
import { formatDay } from "../format";

/** The filters of a view in words, for the exported image's captions and the brief's header. */
export interface FilterSummary {
  /** "6 Mar 2025 – 31 Mar 2025", "from 6 Mar 2025", or "all dates" (and whether undated incidents are in). */
  dates: string;
  /** Publishers of the incidents shown, or of the filter. */
  publishers: string;
  /** The governorates, districts and sub-districts picked. */
  regions: string | null;
  cited: string | null;
  /** A drawn box or polygon, or "within 10 km of Latakia". */
  area: string | null;
}

export interface SummaryContext {
  /** Governorate code -> name. */
  regionNames: ReadonlyMap<string, string>;
  /** District P-code -> name (OCHA admin2). */
  districtNames?: ReadonlyMap<string, string>;
  /** Publishers that have incidents under the current filters (used when no publisher is picked). */
  publishersInView: readonly string[];
  /** Name of the `near` point, when it came from a search. */
  place: string | null;
}

const UNKNOWN = "unknown";

function list(values: readonly string[], max = 6): string {
  if (values.length <= max) return values.join(", ");
  return `${values.slice(0, max).join(", ")} and ${values.length - max} more`;
}

const publisherName = (value: string) => (value === UNKNOWN ? "unknown publisher" : value);

export function dateRangeText(q: Pick<LayerQuery, "from" | "to">): string {
  if (q.from && q.to) return q.from === q.to ? formatDay(q.from) : `${formatDay(q.from)} – ${formatDay(q.to)}`;
  if (q.from) return `from ${formatDay(q.from)}`;
  if (q.to) return `until ${formatDay(q.to)}`;
  return "all dates, undated incidents included";
}

/** The governorates, districts and sub-districts picked, by name ("Latakia, Jablah district"). */
function placesPicked(q: LayerQuery, context: SummaryContext): string[] {
  return [
    ...q.region.map((code) => context.regionNames.get(code) ?? code),
    ...(q.admin2 ?? []).map((code) => `${context.districtNames?.get(code) ?? code} district`),
    ...(q.admin3 ?? []).map((code) => `sub-district ${code}`),
  ];
}

export function filterSummary(q: LayerQuery, context: SummaryContext): FilterSummary {
  const picked = q.source.map(publisherName);
  const inView = context.publishersInView.map(publisherName);
  let area: string | null = null;
  if (q.near) area = `within ${q.km ?? 25} km of ${context.place ?? `${q.near[1].toFixed(3)}° N, ${q.near[0].toFixed(3)}° E`}`;
  else if (q.polygon) area = `inside a drawn polygon (${q.polygon.length} corners)`;
  if (q.bbox) area = `${area ? `${area}; ` : ""}inside the box ${q.bbox.map((n) => n.toFixed(2)).join(", ")} (W, S, E, N)`;
  return {
    dates: dateRangeText(q),
    publishers: picked.length ? list(picked) : inView.length ? `all (${list(inView)})` : "all",
    regions: placesPicked(q, context).length ? list(placesPicked(q, context)) : null,
    cited: q.attributed?.length ? list(q.attributed) : null,
    area,
  };
}

/** A default title for an export: the governorates picked and the date range. */
export function defaultTitle(q: LayerQuery, context: SummaryContext): string {
  const where = placesPicked(q, context).length ? list(placesPicked(q, context), 3) : "Syria";
  const when = q.from || q.to ? `, ${dateRangeText(q)}` : "";
  return `Incidents in ${where}${when}`;
}
