import { z } from "zod";
import type { Incident } from "../events/incident";
import type { LayerQuery } from "../layers/query";
import { incidentsToCsv } from "./csv";
import { incidentsToGeoJson } from "./geojson";
import { incidentsToKml } from "./kml";
import type { RegionNames } from "./record";

export const ExportFormatSchema = z.enum(["csv", "geojson", "kml"]);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  geojson: "application/geo+json; charset=utf-8",
  kml: "application/vnd.google-earth.kml+xml; charset=utf-8",
};

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

/** The incidents written in one of the export formats. */
export function writeExport(format: ExportFormat, incidents: readonly Incident[], regionNames: RegionNames, title: string): string {
  if (format === "csv") return incidentsToCsv(incidents, regionNames);
  if (format === "kml") return incidentsToKml(incidents, regionNames, title);
  return `${JSON.stringify(incidentsToGeoJson(incidents, regionNames))}\n`;
}
