import { z } from "zod";

/**
 * How precisely a point stands for what the text names, in the spirit of
 * UCDP `where_prec` and ACLED `geo_precision`.
 */
export const PrecisionSchema = z.enum(["site", "neighbourhood", "town", "district", "governorate", "country", "region"]);
export type Precision = z.infer<typeof PrecisionSchema>;

/** One gazetteer entry, in GeoNames terms. */
export const PlaceSchema = z.object({
  /** GeoNames id as a string, or "sup:<slug>" for project supplement rows without one. */
  id: z.string().min(1),
  name: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  featureClass: z.string(),
  featureCode: z.string(),
  country: z.string(),
  admin1: z.string(),
  population: z.number().int().nonnegative(),
  /** Where the row came from: "geonames:cities500", "naturalearth:admin1", or the supplement's cited source. */
  source: z.string(),
  /** OCHA P-codes of a Syrian place: its district (SY0602), sub-district (SY060200) and community (C3585) or neighbourhood (N0017); "" when not known. */
  admin2Pcode: z.string().default(""),
  admin3Pcode: z.string().default(""),
  pcode: z.string().default(""),
});
export type Place = z.infer<typeof PlaceSchema>;
