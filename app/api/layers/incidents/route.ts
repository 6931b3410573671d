import { incidentLayer, incidentMapLayer } from "@/lib/layers/build";
import { jsonError, withLayerQuery } from "../../respond";

export const dynamic = "force-dynamic";

/** `compact=1`: only the properties the map draws (details from /api/incidents/{id}). */
export function GET(request: Request): Promise<Response> {
  const compact = new URL(request.url).searchParams.get("compact");
  if (compact !== null && compact !== "1" && compact !== "0") return Promise.resolve(jsonError(400, `Invalid "compact" "${compact}": expected 1 or 0.`, "compact"));
  return withLayerQuery(request, (atlas, q) => (compact === "1" ? incidentMapLayer(atlas, q) : incidentLayer(atlas, q)), "application/geo+json", ["compact"]);
}
