/**
 * Next.js calls this once when the server starts: begin loading the gazetteer
 * and processing the corpus then, so the first visitor does not wait for it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getAtlas } = await import("./lib/store/index");
  getAtlas().catch((e: unknown) => {
    // The API routes report the failure to the user; the log says it at start-up too.
    console.error("Incident Atlas: the corpus could not be loaded:", e);
  });
}
