import { readFileSync } from "node:fs";
import { join } from "node:path";
import { jsonError } from "../api/respond";

export const dynamic = "force-dynamic";

let body: Buffer | undefined;

/** The installed module's file (a function of the root, so the bundler does not take it for one of its own imports). */
function modulePath(root: string): string {
  return join(root, "node_modules", "maplibre-gl", "dist", "maplibre-gl.mjs");
}

/**
 * `/maplibre-gl.mjs`: MapLibre GL JS's own ES module build, as installed. Served from a fixed URL so
 * the page can announce it in its head (`modulepreload`): the browser downloads and compiles it
 * while the page's own scripts run and hydrate, instead of after (see app/ui/maplibre.ts).
 */
export async function GET(): Promise<Response> {
  try {
    body ??= readFileSync(modulePath(process.env.ATLAS_ROOT ?? process.cwd()));
  } catch (e) {
    return jsonError(500, `MapLibre's module could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  return new Response(new Uint8Array(body), {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
