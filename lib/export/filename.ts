import type { LayerQuery } from "../layers/query";

/** The date range as a file name says it: "2025-03-01_to_2025-03-31", "from_2025-03-01", "all-dates". */
export function dateRangeLabel(q: Pick<LayerQuery, "from" | "to">): string {
  if (q.from && q.to) return q.from === q.to ? q.from : `${q.from}_to_${q.to}`;
  if (q.from) return `from_${q.from}`;
  if (q.to) return `until_${q.to}`;
  return "all-dates";
}

export function exportFilename(q: Pick<LayerQuery, "from" | "to">, extension: string): string {
  return `incident-atlas_${dateRangeLabel(q)}.${extension}`;
}
