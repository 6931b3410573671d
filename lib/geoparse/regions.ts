import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { z } from "zod";
import type { AdminUnits } from "./admin-path";

export const GovernoratePropertiesSchema = z.object({
  code: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/),
  name: z.string(),
  nameAr: z.string().nullable().optional(),
  geonameid: z.number().nullable().optional(),
  nameAlt: z.array(z.string()).optional(),
  labelLon: z.number(),
  labelLat: z.number(),
});
export type GovernorateProperties = z.infer<typeof GovernoratePropertiesSchema>;
export type Governorate = Feature<Polygon | MultiPolygon, GovernorateProperties>;

const GovernoratesSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      properties: GovernoratePropertiesSchema,
      geometry: z.object({ type: z.enum(["Polygon", "MultiPolygon"]), coordinates: z.array(z.any()) }),
    }),
  ),
});

/** First-level divisions (Syria's governorates) and which one a point lies in. */
export interface RegionIndex {
  governorates: Governorate[];
  codeAt(lon: number, lat: number): string | null;
  /** The ISO code of a division from its country and GeoNames admin-1 code, for points just outside the polygons. */
  codeFor(country: string, admin1: string): string | null;
  /** Finds a governorate by ISO code or by any of its names, case-insensitively. */
  find(codeOrName: string): Governorate | undefined;
  /** Syria's admin units by OCHA P-code (districts, sub-districts), when loaded: a place's admin path is read from them. */
  units?: AdminUnits;
}

export function parseGovernorates(json: string): Governorate[] {
  const parsed = GovernoratesSchema.parse(JSON.parse(json)) as unknown as FeatureCollection<Polygon | MultiPolygon, GovernorateProperties>;
  return parsed.features;
}

/** GeoNames admin-1 codes of Syria's governorates (GeoNames SY.01 … SY.14). */
const SY_ADMIN1: Record<string, string> = {
  "01": "SY-HA", "02": "SY-LA", "03": "SY-QU", "04": "SY-RA", "05": "SY-SU", "06": "SY-DR", "07": "SY-DY",
  "08": "SY-RD", "09": "SY-HL", "10": "SY-HM", "11": "SY-HI", "12": "SY-ID", "13": "SY-DI", "14": "SY-TA",
};

export function buildRegionIndex(governorates: Governorate[], units?: AdminUnits): RegionIndex {
  const boxes = governorates.map((g) => {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    const rings = g.geometry.type === "Polygon" ? [g.geometry.coordinates] : g.geometry.coordinates;
    for (const poly of rings) for (const ring of poly) for (const [x, y] of ring) {
      minX = Math.min(minX, x!);
      minY = Math.min(minY, y!);
      maxX = Math.max(maxX, x!);
      maxY = Math.max(maxY, y!);
    }
    return { g, minX, minY, maxX, maxY };
  });
  const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "");
  return {
    governorates,
    ...(units ? { units } : {}),
    codeAt(lon, lat) {
      for (const b of boxes) {
        if (lon < b.minX || lon > b.maxX || lat < b.minY || lat > b.maxY) continue;
        if (booleanPointInPolygon([lon, lat], b.g)) return b.g.properties.code;
      }
      return null;
    },
    codeFor(country, admin1) {
      return country === "SY" ? (SY_ADMIN1[admin1] ?? null) : null;
    },
    find(codeOrName) {
      const key = fold(codeOrName);
      return governorates.find(
        (g) => fold(g.properties.code) === key || fold(g.properties.name) === key || (g.properties.nameAlt ?? []).some((n) => fold(n) === key),
      );
    },
  };
}
