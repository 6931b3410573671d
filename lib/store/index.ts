import { join } from "node:path";
import { type Atlas, defaultPaths, loadPipeline } from "./corpus";
import { LiveAtlas } from "./live";
import { AtlasStore } from "./store";
import { syntheticAtlas } from "./synthetic";

export * from "./corpus";

const KEY = Symbol.for("incident-atlas.store");
type Cache = { atlas?: Promise<Atlas>; live?: Promise<LiveAtlas> };
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
