import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Command, projectRoot } from "../command";
import { defaultPaths, documentIdFor, loadPipeline, processDocuments } from "../../../lib/store/corpus";

/** Prints how long the pipeline takes: gazetteer load once, then articles per second and MB per second. */
export async function runBench(dir: string): Promise<number> {
  const root = process.env.ATLAS_ROOT ?? process.cwd();
  const t0 = performance.now();
  const pipeline = loadPipeline(defaultPaths(root));
  const loadMs = performance.now() - t0;
  const docs = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => ({ id: documentIdFor(f), text: readFileSync(join(dir, f), "utf8") }));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const rounds = 5;
  const t1 = performance.now();
  let atlas = processDocuments(docs, pipeline);
  for (let i = 1; i < rounds; i++) atlas = processDocuments(docs, pipeline);
  const runMs = (performance.now() - t1) / rounds;
  const mb = bytes / 1e6;
  console.log(`gazetteer: ${pipeline.gazetteer.size} entries, load ${loadMs.toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  console.log(`corpus: ${docs.length} documents, ${atlas.articles.length} articles, ${(bytes / 1024).toFixed(1)} KiB`);
  console.log(`pipeline: ${runMs.toFixed(1)} ms per pass (mean of ${rounds}), ${((atlas.articles.length / runMs) * 1000).toFixed(1)} articles/s, ${((mb / runMs) * 1000).toFixed(2)} MB/s`);
  console.log(`including the gazetteer load once: ${((mb / (runMs + loadMs)) * 1000).toFixed(3)} MB/s`);
  console.log(`output: ${atlas.mentions.length} mentions, ${atlas.incidents.length} incidents`);
  return 0;
}

export const benchCommand: Command = {
  usage: ["atlas bench [dir]                time the pipeline on a folder of articles (default: data/articles)"],
  run: (args) => runBench(args[0] ?? defaultPaths(projectRoot()).articles),
};
