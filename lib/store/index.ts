import { join } from "node:path";
import { defaultArabicNamePaths, loadArabicNames, type ArabicNameIndex } from "../geoparse/arabic-names";
import type { Gazetteer } from "../geoparse/gazetteer";
import { type Atlas, defaultPaths, loadPipeline, type Pipeline } from "./corpus";
import { LiveAtlas } from "./live";
import { AtlasStore } from "./store";
import { syntheticAtlas } from "./synthetic";

export * from "./corpus";

const KEY = Symbol.for("incident-atlas.store");
type Cache = { atlas?: Promise<Atlas>; live?: Promise<LiveAtlas>; pipeline?: Pipeline };
const cache = ((globalThis as Record<symbol, Cache>)[KEY] ??= {});

/** Where the store lives: ATLAS_DB, or data/atlas.sqlite under the project root. */
export function storePath(root: string): string {
  return process.env.ATLAS_DB ?? join(root, "data", "atlas.sqlite");
}

/**
 * The store and the atlas over it, one per process (kept on globalThis so
 * every route shares it). On first start the store is built from data/articles.
 */
export function getLiveAtlas(root = process.env.ATLAS_ROOT ?? process.cwd()): Promise<LiveAtlas> {
  cache.live ??= Promise.resolve()
    .then(() => LiveAtlas.open(AtlasStore.open(storePath(root)), defaultPaths(root), loadPipeline))
    .catch((e: unknown) => {
      // Let the next request try again (a locked or newer-version file can be fixed without a restart).
      cache.live = undefined;
      throw e;
    });
  return cache.live;
}

/** The atlas the server shows: the current contents of the store. */
export async function getAtlas(root = process.env.ATLAS_ROOT ?? process.cwd()): Promise<Atlas> {
  // Benchmarks only: a made-up corpus of N incidents instead of the articles.
  const synthetic = Number(process.env.ATLAS_SYNTHETIC_INCIDENTS ?? 0);
  if (synthetic > 0) {
    cache.atlas ??= Promise.resolve().then(() => syntheticAtlas(synthetic, loadPipeline(defaultPaths(root)).regions));
    return cache.atlas;
  }
  return (await getLiveAtlas(root)).current();
}

/**
 * The gazetteer and the Syrian places' Arabic names, as search looks names up in them: the live atlas's own
 * gazetteer (loaded on first use, as a write would load it) and the Arabic-name index, both read once per process.
 */
export async function getPlaceNames(root = process.env.ATLAS_ROOT ?? process.cwd()): Promise<{ gazetteer: Gazetteer; arabic: ArabicNameIndex }> {
  const synthetic = Number(process.env.ATLAS_SYNTHETIC_INCIDENTS ?? 0) > 0;
  const pipeline = synthetic ? (cache.pipeline ??= loadPipeline(defaultPaths(root))) : (await getLiveAtlas(root)).getPipeline();
  return { gazetteer: pipeline.gazetteer, arabic: loadArabicNames(defaultArabicNamePaths(root)) };
}
