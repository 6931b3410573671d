/**
 * What the server's incident tiles and the map that draws them agree on. Constants only, so the
 * browser bundle can import them without the tile builder (supercluster, vt-pbf).
 */

/** The tiles' one layer. */
export const INCIDENT_TILE_LAYER = "incidents";
/** Tile coordinates span 0..EXTENT. */
export const INCIDENT_TILE_EXTENT = 4096;
/** The map's deepest zoom: clusters are made up to it, so incidents at one place stay countable at every zoom. */
export const INCIDENT_TILE_MAX_ZOOM = 14;
/** Cluster radius in pixels of a 512-pixel tile (what the map's clustered GeoJSON source used). */
export const CLUSTER_RADIUS_PX = 36;
/** The tile route, with MapLibre's {z}/{x}/{y} placeholders; the filters follow as the query. */
export const INCIDENT_TILE_PATH = "/api/tiles/incidents/{z}/{x}/{y}.pbf";
/** The route listing a cluster's incidents (`cluster`, `limit`, and the same filters as the tiles). */
export const CLUSTER_LEAVES_PATH = "/api/tiles/incidents/leaves";

/** Fatalities past which an incident weighs no more in the heat map. */
const HEAT_FATALITY_CAP = 50;

/**
 * An incident's weight in the heat map: 0.4 with no reported dead, rising to 1 at 50 or more. Each incident in the
 * tiles carries it, and each cluster the sum of its incidents' (`heat`): the heat map is drawn from the same
 * clustered tiles as the incidents, so its density adds up to the incidents' own at any zoom, without a second,
 * unclustered copy of them (2.7 MB gzip at 100,000).
 */
export function heatWeight(fatalities: number | null | undefined): number {
  const f = Math.max(0, Math.min(fatalities ?? 0, HEAT_FATALITY_CAP));
  return 0.4 + (0.6 * f) / HEAT_FATALITY_CAP;
}
