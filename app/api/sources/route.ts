import { sourceCounts } from "@/lib/layers/build";
import { withLayerQuery } from "../respond";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return withLayerQuery(request, (atlas, q) => ({ sources: sourceCounts(atlas, q) }), "application/json");
}
