import { appBasemapTiles, isBasemapTile } from "@/lib/basemap/tiles";
import { jsonError } from "../../../../../respond";

export const dynamic = "force-dynamic";

/** `/api/tiles/basemap/{z}/{x}/{y}.pbf`: the offline basemap as one vector tile (every layer; see lib/basemap/tiles.ts). */
export async function GET(_request: Request, context: { params: Promise<{ z: string; x: string; y: string }> }): Promise<Response> {
  const { z, x, y } = await context.params;
  const [zn, xn, yn] = [z, x, y.replace(/\.pbf$/, "")].map((part) => (/^\d+$/.test(part) ? Number(part) : NaN)) as [number, number, number];
  if (!isBasemapTile(zn, xn, yn)) return jsonError(404, `No basemap tile ${z}/${x}/${y}: expected zoom 0 to 10 and a column and row inside it.`, "tile");
  let tile: Uint8Array;
  try {
    tile = appBasemapTiles().tile(zn, xn, yn);
  } catch (e) {
    return jsonError(500, `The basemap could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  // The basemap only changes with a new build of the app.
  return new Response(tile.slice().buffer as ArrayBuffer, {
    headers: { "content-type": "application/vnd.mapbox-vector-tile", "cache-control": "public, max-age=3600" },
  });
}
