/**
 * The first request to each route after the server starts loads that route's code and runs it once
 * before V8 has optimised anything: a few hundred milliseconds in all, which would otherwise land on
 * the first visitor's page, map tiles and panels (the server answers one request at a time). The
 * server asks for these itself once, all at once, as soon as it listens (instrumentation.ts): each
 * route's code loads while the corpus is still being read, and they answer when it is ready.
 */
export const WARM_UP_PATHS = [
  "/",
  "/maplibre-gl.mjs",
  "/api/tiles/basemap/5/19/12.pbf",
  "/api/tiles/incidents/5/19/12.pbf?rev=0",
  "/api/session",
  "/api/briefings",
  "/api/views?briefing=default",
  "/api/summary",
  "/api/sources",
  "/api/timeline",
  "/api/layers/regions",
  "/api/layers/incidents?compact=1&limit=300",
  // The search box's gazetteer and Arabic names (جبلة), read on the first search otherwise: a second's wait at the first key.
  "/api/search?q=%D8%AC%D8%A8%D9%84%D8%A9",
] as const;

/** Asks `origin` for every path at once (reading each answer whole); a failed one is skipped. Returns how many answered 2xx. */
export async function warmUp(origin: string, paths: readonly string[] = WARM_UP_PATHS, fetcher: typeof fetch = fetch): Promise<number> {
  const answers = await Promise.all(
    paths.map(async (path) => {
      try {
        const response = await fetcher(new URL(path, origin), { headers: { "accept-encoding": "gzip" } });
        await response.arrayBuffer();
        return response.ok;
      } catch {
        // A route that fails here fails for the visitor too, with a message: nothing to warm.
        return false;
      }
    }),
  );
  return answers.filter(Boolean).length;
}
