import { z } from "zod";
import { IsoDateSchema } from "../ingest/article";

const Longitude = z.number().min(-180).max(180);
const Latitude = z.number().min(-90).max(90);
/** [lon, lat], as GeoJSON orders them. */
export const LonLatSchema = z.tuple([Longitude, Latitude]);
export type LonLat = z.infer<typeof LonLatSchema>;

/** West, south, east, north. */
export const BboxSchema = z
  .tuple([Longitude, Latitude, Longitude, Latitude])
  .refine(([w, s, e, n]) => w < e && s < n, { message: "west must be less than east and south less than north" });
export type Bbox = z.infer<typeof BboxSchema>;

/** An area drawn on the map: one ring of at least three distinct corners (closing it is optional). */
export const PolygonRingSchema = z
  .array(LonLatSchema)
  .min(3, { message: "a polygon needs at least three corners" })
  .max(500, { message: "a polygon may have at most 500 corners" });

/** Largest radius accepted for "within N km of": beyond it the filter stops meaning anything for one country. */
export const MAX_NEAR_KM = 1000;

/**
 * The filters every layer obeys. Built from URL search parameters, so the
 * same schema serves the API routes, the dashboard's URL state and the CLI.
 * Spatial filters (region, admin2, admin3, bbox, polygon, near) combine with AND.
 */
export const LayerQuerySchema = z
  .object({
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    /** Publishers to keep; empty means all. "unknown" stands for articles without a known publisher. */
    source: z.array(z.string().min(1)).default([]),
    /** Governorates (ISO 3166-2 code such as SY-LA, or English name) to keep; empty means all. */
    region: z.array(z.string().min(1)).default([]),
    /**
     * Districts and sub-districts (OCHA admin2/admin3 P-code such as SY0602 / SY060200, or name) to keep; absent or
     * empty means all. A district keeps the places in its sub-districts too.
     */
    admin2: z.array(z.string().min(1)).optional(),
    admin3: z.array(z.string().min(1)).optional(),
    /** Organisations cited inside the articles ("according to SOHR") to keep; absent or empty means all. */
    attributed: z.array(z.string().min(1)).optional(),
    /** Keep what lies inside this box. */
    bbox: BboxSchema.optional(),
    /** Keep what lies inside this drawn polygon. */
    polygon: PolygonRingSchema.optional(),
    /** Keep what lies within `km` kilometres of this point. */
    near: LonLatSchema.optional(),
    km: z.number().positive().max(MAX_NEAR_KM).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "`from` must not be after `to`", path: ["from"] })
  .refine((q) => q.km === undefined || q.near !== undefined, { message: "`km` needs `near` (the point to measure from)", path: ["km"] });
export type LayerQuery = z.infer<typeof LayerQuerySchema>;
/** What callers may pass (defaults filled in by the schema). */
export type LayerQueryInput = z.input<typeof LayerQuerySchema>;

/** Radius used when `near` comes without `km`. */
export const DEFAULT_NEAR_KM = 25;
