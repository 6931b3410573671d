import { BASEMAP_TILE_MAX_ZOOM, appBasemapTiles } from "@/lib/basemap/tiles";
import { tileAddressSchema } from "@/lib/layers/tile-address";
import { jsonError } from "../../../../../respond";

export const dynamic = "force-dynamic";

/** `/api/tiles/basemap/{z}/{x}/{y}.pbf`: the offline basemap as one vector tile (every layer; see lib/basemap/tiles.ts). */
export async function GET(_request: Request, context: { params: Promise<{ z: string; x: string; y: string }> }): Promise<Response> {
  const params = await context.params;
  const address = tileAddressSchema(BASEMAP_TILE_MAX_ZOOM).safeParse(params);
  if (!address.success) return jsonError(404, `No basemap tile ${params.z}/${params.x}/${params.y}: ${address.error.issues[0]!.message}.`, "tile");
  const { z: zn, x: xn, y: yn } = address.data;
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
