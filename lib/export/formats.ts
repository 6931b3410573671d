import { z } from "zod";
import type { Incident } from "../events/incident";
import { incidentsToCsv } from "./csv";
import { incidentsToGeoJson } from "./geojson";
import { incidentsToKml } from "./kml";
import type { RegionNames } from "./record";

export { dateRangeLabel, exportFilename } from "./filename";

export const ExportFormatSchema = z.enum(["csv", "geojson", "kml"]);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  geojson: "application/geo+json; charset=utf-8",
  kml: "application/vnd.google-earth.kml+xml; charset=utf-8",
};

/** The incidents written in one of the export formats. */
export function writeExport(format: ExportFormat, incidents: readonly Incident[], regionNames: RegionNames, title: string): string {
  if (format === "csv") return incidentsToCsv(incidents, regionNames);
  if (format === "kml") return incidentsToKml(incidents, regionNames, title);
  return `${JSON.stringify(incidentsToGeoJson(incidents, regionNames))}\n`;
}
