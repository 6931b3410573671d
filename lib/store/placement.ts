import { z } from "zod";
import type { Mention } from "../geoparse/mention";
import { PrecisionSchema } from "../geoparse/place";
import { precisionOf } from "../geoparse/precision";
import type { RegionIndex } from "../geoparse/regions";
import type { MentionPlacement } from "./corrections";

/** The GeoNames feature class a candidate's feature code belongs to, for its precision. */
function featureClassOf(code: string): string {
  if (/^PPL/.test(code)) return "P";
  if (/^(ADM|PCL)/.test(code)) return "A";
  return "L";
}

/** Placing a mention at one of the candidates the geoparser considered (its choice or a runner-up). */
export function candidatePlacement(mention: Mention, placeId: string, regions: RegionIndex): MentionPlacement | null {
  if (mention.placeId === placeId && mention.lat !== null && mention.lon !== null && mention.name && mention.precision)
    return { status: "resolved", placeId, name: mention.name, lat: mention.lat, lon: mention.lon, country: mention.country, admin1: mention.admin1, precision: mention.precision };
  const c = mention.alternatives.find((a) => a.placeId === placeId);
  if (!c) return null;
  return {
    status: "resolved",
    placeId: c.placeId,
    name: c.name,
    lat: c.lat,
    lon: c.lon,
    country: c.country,
    admin1: regions.codeAt(c.lon, c.lat),
    precision: precisionOf({ featureClass: featureClassOf(c.featureCode), featureCode: c.featureCode }),
  };
}

export const PointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** What to call the place; the name as written when not given. */
  name: z.string().trim().min(1).max(120).optional(),
  precision: PrecisionSchema.default("town"),
});
export type PointInput = z.input<typeof PointSchema>;

/**
 * Placing a name at a point an editor chose (clicked on the map, or typed).
 * The country is the governorate's when the point lies in one, else the one
 * the mention was placed in before (`fallbackCountry`), else unknown ("").
 */
export function pointPlacement(surface: string, point: z.output<typeof PointSchema>, regions: RegionIndex, fallbackCountry: string | null = null): MentionPlacement {
  const admin1 = regions.codeAt(point.lon, point.lat);
  return {
    status: "resolved",
    placeId: `manual:${point.lat.toFixed(5)},${point.lon.toFixed(5)}`,
    name: point.name ?? surface,
    lat: point.lat,
    lon: point.lon,
    country: admin1?.slice(0, 2) ?? fallbackCountry ?? "",
    admin1,
    precision: point.precision,
  };
}
