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
