import { NextResponse } from "next/server";
import type { Atlas } from "@/lib/store/corpus";
import { getAtlas } from "@/lib/store/index";
import { parseLayerQuery } from "@/lib/layers/parse-query";
import type { LayerQuery } from "@/lib/layers/query";

export function jsonError(status: number, error: string, parameter?: string): NextResponse {
  return NextResponse.json(parameter ? { error, parameter } : { error }, { status });
}

/** Runs a layer handler with validated filters; bad parameters get a 400 naming them, failures a 500 saying what broke. */
export async function withLayerQuery(
  request: Request,
  handler: (atlas: Atlas, query: LayerQuery) => unknown,
  contentType = "application/geo+json",
): Promise<Response> {
  let atlas: Atlas;
  try {
    atlas = await getAtlas();
  } catch (e) {
    return jsonError(500, `The corpus could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = parseLayerQuery(new URL(request.url).searchParams, atlas.regions);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.parameter);
  return new NextResponse(JSON.stringify(handler(atlas, parsed.query)), {
    headers: { "content-type": `${contentType}; charset=utf-8`, "cache-control": "no-store" },
  });
}
