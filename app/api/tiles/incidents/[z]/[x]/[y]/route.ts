import { incidentTile, isTile } from "@/lib/layers/incident-tiles";
import { jsonError, readLayerRequest } from "../../../../../respond";

export const dynamic = "force-dynamic";

/**
 * `/api/tiles/incidents/{z}/{x}/{y}.pbf?<filters>`: the incidents matching the filters in one
 * vector tile, clustered on the server (see lib/layers/incident-tiles.ts). `rev` is the client's
 * data revision, there only so a new one is a new URL.
 */
export async function GET(request: Request, context: { params: Promise<{ z: string; x: string; y: string }> }): Promise<Response> {
  const { z, x, y } = await context.params;
  const [zn, xn, yn] = [z, x, y.replace(/\.pbf$/, "")].map((part) => (/^\d+$/.test(part) ? Number(part) : NaN)) as [number, number, number];
  if (!isTile(zn, xn, yn)) return jsonError(404, `No tile ${z}/${x}/${y}: expected zoom 0 to 14 and a column and row inside it.`, "tile");
  const read = await readLayerRequest(request, ["rev"]);
  if (read instanceof Response) return read;
  const tile = incidentTile(read.atlas, read.query, zn, xn, yn);
  // A copy in its own ArrayBuffer: the encoder's buffer may be larger than the tile.
  return new Response(tile.slice().buffer as ArrayBuffer, {
    headers: { "content-type": "application/vnd.mapbox-vector-tile", "cache-control": "no-store" },
  });
}
