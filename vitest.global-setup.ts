import { join } from "node:path";
import { loadGazetteer } from "./lib/geoparse/gazetteer-cache";
import { defaultPaths } from "./lib/store/corpus";

/**
 * Builds the compact gazetteer index once before the test files run, so that on
 * a clean clone the workers (and the CLI processes some tests start) read it
 * instead of each building it at the same time.
 */
export default function setup(): void {
  const root = process.cwd();
  const load = loadGazetteer(defaultPaths(root).gazetteer, process.env.ATLAS_CACHE_DIR ?? join(root, ".cache", "gazetteer"));
  if (load.from === "built") console.log(`gazetteer index built in ${(load.ms / 1000).toFixed(1)} s`);
}
