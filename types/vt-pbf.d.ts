/** vt-pbf ships no types: the one function the incident tiles use. */
declare module "vt-pbf" {
  interface TileFeature {
    type: 1 | 2 | 3;
    geometry: unknown;
    tags: Record<string, string | number | boolean>;
    id?: number | string;
  }
  /** Encodes geojson-vt/supercluster tiles, one per layer name, as a Mapbox Vector Tile. */
  export function fromGeojsonVt(layers: Record<string, { features: TileFeature[] }>, options?: { version?: number; extent?: number }): Uint8Array;
}
