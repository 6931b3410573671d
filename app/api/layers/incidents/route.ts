import { incidentLayer, incidentListLayer, incidentMapLayer } from "@/lib/layers/build";
import { BboxSchema } from "@/lib/layers/query";
import { jsonError, withLayerQuery } from "../../respond";

export const dynamic = "force-dynamic";

const MAX_LIMIT = 5000;

/**
 * `compact=1`: only the properties the map draws (details from /api/incidents/{id}).
 * `limit=N` (with optional `view=west,south,east,north`): the latest N in the view, compact, with
 * `total` (matching the filters) and `inView` counts: the dashboard's list.
 */
export function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const compact = params.get("compact");
  if (compact !== null && compact !== "1" && compact !== "0") return Promise.resolve(jsonError(400, `Invalid "compact" "${compact}": expected 1 or 0.`, "compact"));
  const limitText = params.get("limit");
  const limit = limitText === null ? null : Number(limitText);
  if (limit !== null && (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT)) return Promise.resolve(jsonError(400, `Invalid "limit" "${limitText}": expected a whole number from 0 to ${MAX_LIMIT}.`, "limit"));
  const viewText = params.get("view");
  let view: [number, number, number, number] | null = null;
  if (viewText !== null) {
    const parsed = BboxSchema.safeParse(viewText.split(",").map(Number));
    if (!parsed.success || limit === null) return Promise.resolve(jsonError(400, `Invalid "view" "${viewText}": expected west,south,east,north, with "limit".`, "view"));
    view = parsed.data;
  }
  return withLayerQuery(
    request,
    (atlas, q) => (limit !== null ? incidentListLayer(atlas, q, view, limit) : compact === "1" ? incidentMapLayer(atlas, q) : incidentLayer(atlas, q)),
    "application/geo+json",
    ["compact", "limit", "view"],
  );
}
