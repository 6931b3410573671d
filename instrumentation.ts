/**
 * Next.js calls this once when the server starts: begin loading the gazetteer
 * and processing the corpus then, so the first visitor does not wait for it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getAtlas } = await import("./lib/store/index");
  const { precutIncidentTiles } = await import("./lib/layers/incident-tiles");
  const { appBasemapTiles, precutBasemapTiles } = await import("./lib/basemap/tiles");
  const { OPENING_AREA, OPENING_ZOOMS } = await import("./lib/basemap/tile-spec");
  // The map's first tiles: the basemap and the unfiltered incidents clustered and cut before anyone asks.
  setTimeout(() => {
    try {
      precutBasemapTiles(appBasemapTiles(), OPENING_AREA, OPENING_ZOOMS.min, OPENING_ZOOMS.max);
    } catch (e) {
      console.error("Incident Atlas: the basemap could not be read:", e);
    }
  }, 0);
  getAtlas()
    .then((atlas) => precutIncidentTiles(atlas, { source: [], region: [] }, OPENING_AREA, OPENING_ZOOMS.min, OPENING_ZOOMS.max))
    .catch((e: unknown) => {
      // The API routes report the failure to the user; the log says it at start-up too.
      console.error("Incident Atlas: the corpus could not be loaded:", e);
    });
  // Each route's first, slow run (loading its code) happens now, not on the first visitor's page.
  // Next.js sets PORT once the server listens, before it calls this.
  const port = process.env.PORT;
  if (port && process.env.NODE_ENV === "production" && process.env.ATLAS_WARM_UP !== "0") {
    const { warmUp } = await import("./app/warm-up");
    setTimeout(() => void warmUp(`http://127.0.0.1:${port}`), 0);
  }
}
