import { attributedCounts, sourceCounts } from "@/lib/layers/build";
import { withLayerQuery } from "../respond";

export const dynamic = "force-dynamic";

/** Both source facets: publishers, and organisations cited inside the articles. */
export function GET(request: Request): Promise<Response> {
  return withLayerQuery(request, (atlas, q) => ({ sources: sourceCounts(atlas, q), attributed: attributedCounts(atlas, q) }), "application/json");
}
