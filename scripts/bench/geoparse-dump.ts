/**
 * `npm run -s bench:geoparse-dump -- FILE... > dump.jsonl`
 *
 * Every mention the geoparser makes for every article of the given files (benchmark JSON lines with "text", or plain
 * text files such as data/articles/*.txt), with its candidates, scores and reasons, one JSON line per article. Two dumps
 * compared with `cmp` tell whether a change meant only for speed left every answer exactly as it was.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readBenchmarkCorpus } from "../../lib/geoparse/benchmark-corpora";
import { loadGazetteer } from "../../lib/geoparse/gazetteer-cache";
import { geoparseArticle } from "../../lib/geoparse/index";
import { buildRegionIndex, parseGovernorates } from "../../lib/geoparse/regions";
import { defaultPaths } from "../../lib/store/corpus";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run -s bench:geoparse-dump -- FILE.jsonl|FILE.txt [...] > dump.jsonl");
  process.exit(2);
}
const root = process.env.ATLAS_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const paths = defaultPaths(root);
const { gazetteer } = loadGazetteer(paths.gazetteer, process.env.ATLAS_CACHE_DIR ?? join(root, ".cache", "gazetteer"));
const regions = buildRegionIndex(parseGovernorates(readFileSync(paths.governorates, "utf8")));
const out: string[] = [];
for (const file of files) {
  const raw = readFileSync(file, "utf8");
  const texts = file.endsWith(".jsonl") ? readBenchmarkCorpus(raw, file).texts.map((t) => t.text) : [raw];
  texts.forEach((text, k) => out.push(JSON.stringify({ article: `${file}#${k}`, mentions: geoparseArticle(`a${k}`, text, gazetteer, regions) })));
}
process.stdout.write(`${out.join("\n")}\n`);
