import { incidentTile } from "@/lib/layers/incident-tiles";
import { INCIDENT_TILE_MAX_ZOOM } from "@/lib/layers/incident-tile-spec";
import { tileAddressSchema } from "@/lib/layers/tile-address";
import { jsonError, readLayerRequest } from "../../../../../respond";

export const dynamic = "force-dynamic";

/**
 * `/api/tiles/incidents/{z}/{x}/{y}.pbf?<filters>`: the incidents matching the filters in one
 * vector tile, clustered on the server (see lib/layers/incident-tiles.ts). `rev` is the client's
 * data revision, there only so a new one is a new URL.
 */
export async function GET(request: Request, context: { params: Promise<{ z: string; x: string; y: string }> }): Promise<Response> {
  const params = await context.params;
  const address = tileAddressSchema(INCIDENT_TILE_MAX_ZOOM).safeParse(params);
  if (!address.success) return jsonError(404, `No tile ${params.z}/${params.x}/${params.y}: ${address.error.issues[0]!.message}.`, "tile");
  const { z: zn, x: xn, y: yn } = address.data;
  const read = await readLayerRequest(request, ["rev"]);
  if (read instanceof Response) return read;
  const tile = incidentTile(read.atlas, read.query, zn, xn, yn);
  // A copy in its own ArrayBuffer: the encoder's buffer may be larger than the tile.
  return new Response(tile.slice().buffer as ArrayBuffer, {
    headers: { "content-type": "application/vnd.mapbox-vector-tile", "cache-control": "no-store" },
  });
}
