import { search } from "@/lib/layers/build";
import { jsonError, withLayerQuery } from "../respond";

export const dynamic = "force-dynamic";

/** `q`: a place name or a word; matches under the same filters as the layers. */
export function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams.get("q");
  if (q === null) return Promise.resolve(jsonError(400, 'Missing "q": the text to search for.', "q"));
  if (q.length > 200) return Promise.resolve(jsonError(400, '"q" is too long (at most 200 characters).', "q"));
  return withLayerQuery(request, (atlas, query) => search(atlas, query, q), "application/json", ["q"]);
}
