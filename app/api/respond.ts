import { NextResponse } from "next/server";
import type { Atlas } from "@/lib/store/corpus";
import { getAtlas } from "@/lib/store/index";
import { LAYER_QUERY_PARAMETERS, parseLayerQuery } from "@/lib/layers/parse-query";
import type { LayerQuery } from "@/lib/layers/query";
import { cachedAnswer } from "./answer-cache";

export function jsonError(status: number, error: string, parameter?: string): NextResponse {
  return NextResponse.json(parameter ? { error, parameter } : { error }, { status });
}

/** The atlas and the validated filters of a layer request, or the error response (400 naming the bad parameter, 500). */
export async function readLayerRequest(
  request: Request,
  /** Parameters of this route beyond the shared filters (taken out before the filters are read). */
  extra: readonly string[] = [],
): Promise<{ atlas: Atlas; query: LayerQuery; params: URLSearchParams } | Response> {
  let atlas: Atlas;
  try {
    atlas = await getAtlas();
  } catch (e) {
    return jsonError(500, `The corpus could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  }
  const params = new URL(request.url).searchParams;
  const filters = new URLSearchParams(params);
  for (const key of extra) filters.delete(key);
  const parsed = parseLayerQuery(filters, atlas.regions, new Set([...LAYER_QUERY_PARAMETERS, ...extra]));
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.parameter);
  return { atlas, query: parsed.query, params };
}

/** Runs a layer handler with validated filters; bad parameters get a 400 naming them, failures a 500 saying what broke. */
export async function withLayerQuery(
  request: Request,
  handler: (atlas: Atlas, query: LayerQuery, params: URLSearchParams) => unknown,
  contentType = "application/geo+json",
  /** Parameters of this route beyond the shared filters (taken out before the filters are read). */
  extra: readonly string[] = [],
): Promise<Response> {
  const read = await readLayerRequest(request, extra);
  if (read instanceof Response) return read;
  // Every layer answer is a function of the atlas and the request alone: kept, so going back to a filter combination is free.
  const body = cachedAnswer(read.atlas, request.url, () => JSON.stringify(handler(read.atlas, read.query, read.params)));
  return new NextResponse(body, {
    headers: { "content-type": `${contentType}; charset=utf-8`, "cache-control": "no-store" },
  });
}
