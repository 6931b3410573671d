import { z } from "zod";

/** A vector tile's address in the web-mercator grid: zoom, column, row. */
export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

const coordinate = z.string().regex(/^\d{1,7}$/, "a tile's zoom, column and row are whole numbers").transform(Number);

/**
 * The `{z}/{x}/{y}.pbf` of a tile route, checked: whole numbers, zoom 0 to `maxZoom`, and a
 * column and row inside that zoom's grid (2^z tiles a side).
 */
export function tileAddressSchema(maxZoom: number) {
  return z
    .object({ z: coordinate, x: coordinate, y: z.string().transform((s) => s.replace(/\.pbf$/, "")).pipe(coordinate) })
    .refine((t) => t.z <= maxZoom, `zoom goes from 0 to ${maxZoom}`)
    .refine((t) => t.x < 2 ** t.z && t.y < 2 ** t.z, "the column and row must lie inside the zoom's grid");
}

/** Whether z/x/y is a tile of a set cut from zoom 0 to `maxZoom`. */
export function isTileAddress(t: TileAddress, maxZoom: number): boolean {
  return [t.z, t.x, t.y].every(Number.isInteger) && t.z >= 0 && t.z <= maxZoom && t.x >= 0 && t.y >= 0 && t.x < 2 ** t.z && t.y < 2 ** t.z;
}

/** The tiles of zoom `z` that cover a west-south-east-north box (web mercator; latitudes clamped to the grid's ±85.05°). */
export function tilesCovering([west, south, east, north]: [number, number, number, number], z: number): TileAddress[] {
  const n = 2 ** z;
  const column = (lon: number) => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const row = (lat: number) => {
    const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
    const r = (clamped * Math.PI) / 180;
    return Math.min(n - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)));
  };
  const tiles: TileAddress[] = [];
  for (let x = column(west); x <= column(east); x++) for (let y = row(north); y <= row(south); y++) tiles.push({ z, x, y });
  return tiles;
}
