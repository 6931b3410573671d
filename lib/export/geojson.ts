import { z } from "zod";
import type { Incident } from "../events/incident";
import { ExportRecordSchema, incidentToRecord, type RegionNames } from "./record";

/** Properties of an exported feature: the record without its coordinates (they are the geometry). */
export const GeoJsonExportPropertiesSchema = ExportRecordSchema.omit({ latitude: true, longitude: true });

/** RFC 7946: WGS 84 longitude, latitude; no `crs` member (not part of the standard any more). */
export const GeoJsonExportFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  id: z.string(),
  geometry: z.strictObject({
    type: z.literal("Point"),
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  }),
  properties: GeoJsonExportPropertiesSchema,
});

export const GeoJsonExportSchema = z.strictObject({
  type: z.literal("FeatureCollection"),
  features: z.array(GeoJsonExportFeatureSchema),
});
export type GeoJsonExport = z.infer<typeof GeoJsonExportSchema>;

export function incidentsToGeoJson(incidents: readonly Incident[], regionNames: RegionNames): GeoJsonExport {
  return {
    type: "FeatureCollection",
    features: incidents.map((i) => {
      const { latitude, longitude, ...properties } = incidentToRecord(i, regionNames);
      return { type: "Feature", id: i.id, geometry: { type: "Point", coordinates: [longitude, latitude] }, properties };
    }),
  };
}
