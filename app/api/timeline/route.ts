import { timeline } from "@/lib/layers/build";
import { withLayerQuery } from "../respond";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return withLayerQuery(request, timeline, "application/json");
}
