import { NextResponse } from "next/server";
import { clusterLeaves } from "@/lib/layers/incident-tiles";
import { jsonError, readLayerRequest } from "../../../respond";

export const dynamic = "force-dynamic";

const MAX_LIMIT = 10_000;

/**
 * `/api/tiles/incidents/leaves?cluster=ID&limit=N&<filters>`: the incidents inside a cluster of the
 * incident tiles for the same filters (compact, as the list shows them), with `count`, the
 * cluster's size. 404 when no such cluster exists for these filters (they or the corpus changed).
 */
export async function GET(request: Request): Promise<Response> {
  const read = await readLayerRequest(request, ["cluster", "limit", "rev"]);
  if (read instanceof Response) return read;
  const clusterText = read.params.get("cluster");
  const cluster = Number(clusterText);
  if (clusterText === null || !/^\d+$/.test(clusterText)) return jsonError(400, `Invalid "cluster" "${clusterText ?? ""}": expected a cluster id from the map.`, "cluster");
  const limitText = read.params.get("limit") ?? "2000";
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) return jsonError(400, `Invalid "limit" "${limitText}": expected a whole number from 1 to ${MAX_LIMIT}.`, "limit");
  const leaves = clusterLeaves(read.atlas, read.query, cluster, limit);
  if (!leaves) return jsonError(404, `No cluster ${cluster} for these filters: the map is out of date, reload it.`, "cluster");
  return NextResponse.json(leaves, { headers: { "content-type": "application/geo+json; charset=utf-8", "cache-control": "no-store" } });
}
