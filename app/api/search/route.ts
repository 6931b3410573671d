import { getPlaceNames } from "@/lib/store/index";
import { search, SearchTextSchema, type PlaceNames } from "@/lib/layers/search";
import { jsonError, withLayerQuery } from "../respond";

export const dynamic = "force-dynamic";

/**
 * `q`: a place name (Latin or Arabic script) or a word, 1–100 characters. Answers every gazetteer place of that name
 * (governorates first, the place `atlas geocode` answers next, then its namesakes) with its incidents under the same
 * filters as the layers, and incidents at those places or naming the text. A bad `q` is a 400 naming it.
 */
export async function GET(request: Request): Promise<Response> {
  const parsed = SearchTextSchema.safeParse(new URL(request.url).searchParams.get("q") ?? undefined);
  if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? '"q" is not valid.', "q");
  let names: PlaceNames = {};
  try {
    names = await getPlaceNames();
  } catch (e) {
    // Without the gazetteer the atlas's own places and the governorates are still found: said in the log, not hidden.
    console.error("Incident Atlas: search without the gazetteer:", e);
  }
  return withLayerQuery(request, (atlas, query) => search(atlas, query, parsed.data, names), "application/json", ["q"]);
}
