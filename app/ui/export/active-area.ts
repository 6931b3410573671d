import { bboxPolygon, circle, polygon as turfPolygon } from "@turf/turf";
import type { LayerQuery } from "../../../lib/layers/query";
import type { RegionCollection } from "../api";

/** The outline of the active region filter: picked governorates, drawn box or polygon, radius circle. */
export function activeArea(query: LayerQuery, regions: RegionCollection | undefined): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  if (query.region.length && regions) for (const f of regions.features) if (f.properties.inFilter) features.push({ type: "Feature", geometry: f.geometry, properties: {} } as GeoJSON.Feature);
  if (query.bbox) features.push(bboxPolygon(query.bbox));
  if (query.polygon) features.push(turfPolygon([[...query.polygon, query.polygon[0]!]]));
  if (query.near) features.push(circle(query.near, query.km ?? 25, { units: "kilometers", steps: 96 }));
  return { type: "FeatureCollection", features };
}
