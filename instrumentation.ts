/**
 * Next.js calls this once when the server starts: begin loading the gazetteer
 * and processing the corpus then, so the first visitor does not wait for it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getAtlas } = await import("./lib/store/index");
  const { incidentIndex } = await import("./lib/layers/incident-tiles");
  const { appBasemapTiles } = await import("./lib/basemap/tiles");
  // The map's first tiles: the basemap cut and the unfiltered incidents clustered before anyone asks.
  setTimeout(() => {
    try {
      appBasemapTiles();
    } catch (e) {
      console.error("Incident Atlas: the basemap could not be read:", e);
    }
  }, 0);
  getAtlas()
    .then((atlas) => incidentIndex(atlas, { source: [], region: [] }))
    .catch((e: unknown) => {
      // The API routes report the failure to the user; the log says it at start-up too.
      console.error("Incident Atlas: the corpus could not be loaded:", e);
    });
}
