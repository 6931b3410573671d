import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { afterEach, describe, expect, it } from "vitest";
import { BASEMAP_TILE_FILES, basemapTiles, isBasemapTile, precutBasemapTiles } from "./tiles";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A basemap folder: every layer's file, empty unless given. */
function basemapDir(features: Partial<Record<keyof typeof BASEMAP_TILE_FILES, GeoJSON.Feature[]>>): string {
  const dir = mkdtempSync(join(tmpdir(), "basemap-"));
  dirs.push(dir);
  for (const [layer, file] of Object.entries(BASEMAP_TILE_FILES)) {
    writeFileSync(join(dir, file), JSON.stringify({ type: "FeatureCollection", features: features[layer as keyof typeof BASEMAP_TILE_FILES] ?? [] }));
  }
  return dir;
}

const damascus: GeoJSON.Feature = { type: "Feature", geometry: { type: "Point", coordinates: [36.29, 33.51] }, properties: { name: "Damascus", rank: 1, capital: true } };
const square: GeoJSON.Feature = {
  type: "Feature",
  geometry: { type: "Polygon", coordinates: [[[35, 32], [42, 32], [42, 37], [35, 37], [35, 32]]] },
  properties: {},
};

describe("basemapTiles", () => {
  it("puts every layer's features in one tile, with their properties and places", () => {
    const tiles = basemapTiles(basemapDir({ places: [damascus], syria: [square] }));
    const tile = new VectorTile(new PbfReader(tiles.tile(0, 0, 0)));
    expect(Object.keys(tile.layers).sort()).toEqual(["places", "syria"]);
    const place = tile.layers.places!.feature(0).toGeoJSON(0, 0, 0);
    expect(place.properties).toEqual({ name: "Damascus", rank: 1, capital: true });
    const [lon, lat] = (place.geometry as GeoJSON.Point).coordinates as [number, number];
    expect(lon).toBeCloseTo(36.29, 0);
    expect(lat).toBeCloseTo(33.51, 0);
  });

  it("a tile away from the data is empty, and a tile is cut once", () => {
    const tiles = basemapTiles(basemapDir({ places: [damascus] }));
    // Zoom 5, the tile over the Americas.
    expect(Object.keys(new VectorTile(new PbfReader(tiles.tile(5, 5, 10))).layers)).toEqual([]);
    expect(tiles.tile(6, 38, 25)).toBe(tiles.tile(6, 38, 25));
  });

  it("cuts the tiles over an area ahead of time, the same ones it answers later", () => {
    const tiles = basemapTiles(basemapDir({ places: [damascus] }));
    const asked: string[] = [];
    const counting = { tile: (z: number, x: number, y: number) => (asked.push(`${z}/${x}/${y}`), tiles.tile(z, x, y)) };
    // Zooms 4 and 5 around Damascus: one tile each.
    expect(precutBasemapTiles(counting, [36.2, 33.4, 36.4, 33.6], 4, 5)).toBe(2);
    expect(asked).toEqual(["4/9/6", "5/19/12"]);
  });

  it("knows which tiles exist", () => {
    expect(isBasemapTile(10, 1023, 0)).toBe(true);
    expect(isBasemapTile(11, 0, 0)).toBe(false);
    expect(isBasemapTile(3, 8, 0)).toBe(false);
    expect(isBasemapTile(2, 1.5, 0)).toBe(false);
  });

  it("says which file is missing", () => {
    const dir = basemapDir({});
    rmSync(join(dir, "land.geojson"));
    expect(() => basemapTiles(dir)).toThrow(/land\.geojson/);
  });
});
