import { type Atlas, defaultPaths, loadPipeline, processDocuments, readCorpusDirectory } from "./corpus";
import { syntheticAtlas } from "./synthetic";

export * from "./corpus";

const KEY = Symbol.for("incident-atlas.store");
type Cache = { atlas?: Promise<Atlas> };
const cache = ((globalThis as Record<symbol, Cache>)[KEY] ??= {});

/**
 * The atlas the server shows: the sample corpus in data/articles processed
 * once per process. Kept on globalThis so every route shares one copy.
 */
export function getAtlas(root = process.env.ATLAS_ROOT ?? process.cwd()): Promise<Atlas> {
  cache.atlas ??= Promise.resolve().then(() => {
    const paths = defaultPaths(root);
    // Benchmarks only: a made-up corpus of N incidents instead of the articles.
    const synthetic = Number(process.env.ATLAS_SYNTHETIC_INCIDENTS ?? 0);
    if (synthetic > 0) return syntheticAtlas(synthetic, loadPipeline(paths).regions);
    return processDocuments(readCorpusDirectory(paths.articles), loadPipeline(paths));
  });
  return cache.atlas;
}
