/**
 * The basemap as one set of vector tiles, cut from its GeoJSON files (public/basemap/, made by
 * scripts/build-basemap.mjs) once per process and cached: the map gets one source whose few tiles
 * hold every basemap layer, instead of a dozen GeoJSON files its worker parses and tiles itself,
 * each arriving (and redrawing the map) on its own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import GeoJSONVT from "geojson-vt";
import { fromGeojsonVt } from "vt-pbf";
import { isTileAddress, tilesCovering } from "../layers/tile-address";
import { BASEMAP_TILE_FILES, BASEMAP_TILE_MAX_ZOOM } from "./tile-spec";

export { BASEMAP_TILE_FILES, BASEMAP_TILE_MAX_ZOOM } from "./tile-spec";

const EXTENT = 4096;
// What MapLibre's own GeoJSON tiling used for these sources (tolerance 0.3 px of a 512-px tile),
// and a buffer wide enough for line labels and strokes at tile edges (64 px of 512).
const TOLERANCE = (0.3 * EXTENT) / 512;
const BUFFER = (64 * EXTENT) / 512;
const CACHED_TILES = 4000;

export interface BasemapTiles {
  /** One tile with every layer that has features in it (a tile with none is empty). */
  tile(z: number, x: number, y: number): Uint8Array;
}

/** Cuts tiles from the GeoJSON files in `dir` (one file per layer, BASEMAP_TILE_FILES). */
export function basemapTiles(dir: string): BasemapTiles {
  const indexes = Object.entries(BASEMAP_TILE_FILES).map(([layer, file]) => {
    const data = JSON.parse(readFileSync(join(dir, file), "utf8")) as GeoJSON.FeatureCollection;
    return [layer, new GeoJSONVT(data, { maxZoom: BASEMAP_TILE_MAX_ZOOM, extent: EXTENT, tolerance: TOLERANCE, buffer: BUFFER })] as const;
  });
  const cache = new Map<string, Uint8Array>();
  return {
    tile(z, x, y) {
      const key = `${z}/${x}/${y}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const layers: Record<string, { features: Array<{ type: 1 | 2 | 3; geometry: unknown; tags: Record<string, string | number | boolean> }> }> = {};
      for (const [layer, index] of indexes) {
        const tile = index.getTile(z, x, y);
        if (tile && tile.features.length) layers[layer] = { features: tile.features as unknown as (typeof layers)[string]["features"] };
      }
      const bytes = fromGeojsonVt(layers, { version: 2, extent: EXTENT });
      if (cache.size >= CACHED_TILES) cache.delete(cache.keys().next().value!);
      cache.set(key, bytes);
      return bytes;
    },
  };
}

/** Cuts (and caches) the tiles of zooms `minZoom`..`maxZoom` over `bbox` ahead of time (at server start): returns how many. */
export function precutBasemapTiles(tiles: BasemapTiles, bbox: [number, number, number, number], minZoom: number, maxZoom: number): number {
  let cut = 0;
  for (let z = minZoom; z <= Math.min(maxZoom, BASEMAP_TILE_MAX_ZOOM); z++) {
    for (const t of tilesCovering(bbox, z)) {
      tiles.tile(t.z, t.x, t.y);
      cut++;
    }
  }
  return cut;
}

/** Whether z/x/y names a tile the basemap has (zoom 0 to BASEMAP_TILE_MAX_ZOOM). */
export function isBasemapTile(z: number, x: number, y: number): boolean {
  return isTileAddress({ z, x, y }, BASEMAP_TILE_MAX_ZOOM);
}

const KEY = Symbol.for("incident-atlas.basemap-tiles");
const shared = ((globalThis as Record<symbol, { tiles?: BasemapTiles }>)[KEY] ??= {});
/** The app's basemap (public/basemap under the project root), cut once per process (shared by every route). */
export function appBasemapTiles(root = process.env.ATLAS_ROOT ?? process.cwd()): BasemapTiles {
  shared.tiles ??= basemapTiles(join(root, "public", "basemap"));
  return shared.tiles;
}
