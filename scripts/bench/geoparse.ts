/**
 * `npm run bench:geoparse -- [--corpus PATH] [--articles DIR] [--rounds N] [--verbose]`
 *
 * Scores the geoparser against gold toponyms and times it on one core:
 * recognition precision/recall/F1, resolution accuracy within 10 km and 161 km
 * given the gold spans, articles/s and MB/s, and the gazetteer's load time.
 * Without --corpus it runs the project's gold file for the sample corpus
 * (data/gold/sample-places.jsonl over data/articles); --corpus takes that
 * format or a public benchmark in JSON lines (GeoWebNews, TR-News, LGL: one
 * article per line with "text" and "toponyms").
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { articleTexts, type CorpusScore, evaluateCorpus } from "../../lib/geoparse/benchmark";
import { type GoldCorpus, isBenchmarkFormat, readBenchmarkCorpus } from "../../lib/geoparse/benchmark-corpora";
import { parseGoldLines, resolvable } from "../../lib/geoparse/evaluate";
import { loadGazetteer } from "../../lib/geoparse/gazetteer-cache";
import { geoparseArticle } from "../../lib/geoparse/index";
import { defaultPaths, loadPipeline, readCorpusDirectory } from "../../lib/store/corpus";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = process.env.ATLAS_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const paths = defaultPaths(root);
const corpusPath = arg("--corpus") ?? join(root, "data", "gold", "sample-places.jsonl");
const rounds = Number(arg("--rounds") ?? 10);
const verbose = process.argv.includes("--verbose");

// The gazetteer load, timed on its own (from the compact index when it is current), in CPU time too.
const loadCpu0 = process.cpuUsage();
const load = loadGazetteer(paths.gazetteer, process.env.ATLAS_CACHE_DIR ?? join(root, ".cache", "gazetteer"));
const loadCpu = process.cpuUsage(loadCpu0);
const loadCpuMs = (loadCpu.user + loadCpu.system) / 1000;
const pipeline = loadPipeline(paths);

const raw = readFileSync(corpusPath, "utf8");
let corpus: GoldCorpus;
let countries: string[] = [];
if (isBenchmarkFormat(raw.slice(0, raw.indexOf("\n") >>> 0 || raw.length))) {
  corpus = readBenchmarkCorpus(raw, corpusPath);
} else {
  const articlesDir = arg("--articles") ?? paths.articles;
  corpus = { name: "sample corpus gold", texts: articleTexts(readCorpusDirectory(articlesDir)), gold: parseGoldLines(raw, corpusPath) };
  countries = ["SY"];
}

const score: CorpusScore = evaluateCorpus(corpus.texts, corpus.gold, load.gazetteer, pipeline.regions, countries);

// Throughput: the full geoparser (recognition + resolution) over every text, best of N rounds, one core.
// CPU time (user + system of this process) rather than wall time, so a busy machine does not slow the figure down.
let best = Infinity;
let bestWall = Infinity;
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  corpus.texts.forEach((t, k) => geoparseArticle(`${t.doc}:${k}`, t.text, load.gazetteer, pipeline.regions));
  const c = process.cpuUsage(c0);
  best = Math.min(best, (c.user + c.system) / 1000);
  bestWall = Math.min(bestWall, performance.now() - t0);
}
const mb = score.bytes / 1e6;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f = (x: number) => x.toFixed(3);

console.log(`corpus: ${corpus.name} (${corpusPath})`);
console.log(`  ${score.texts} texts, ${(score.bytes / 1024).toFixed(0)} KiB, ${score.gold.length} gold toponyms scored${score.goldOutsideTexts ? ` (${score.goldOutsideTexts} outside the article texts, not scored)` : ""}`);
const { exact, overlap } = score.recognition;
console.log(`recognition (all toponyms, literal and not): exact spans P ${f(exact.precision)} R ${f(exact.recall)} F1 ${f(exact.f1)} | overlapping spans P ${f(overlap.precision)} R ${f(overlap.recall)} F1 ${f(overlap.f1)}`);
const literal = score.gold.filter((g) => g.literal !== false);
const litFound = literal.filter((g) => score.mentions.some((m) => m.doc === g.doc && m.docStart < g.end && g.start < m.docEnd)).length;
console.log(`  literal toponyms found (overlap): ${litFound}/${literal.length} = ${pct(litFound / Math.max(1, literal.length))}`);
const res = score.resolution;
console.log(`resolution given gold spans (${res.total} literal toponyms with coordinates): within 10 km ${pct(res.accuracy10km)}, within 161 km ${pct(res.accuracy161km)}; placed ${res.placed} (${pct(res.placed / Math.max(1, res.total))}), of which within 161 km ${pct(res.placedAccuracy161km)}`);
for (const [cc, r] of Object.entries(score.resolutionIn)) {
  console.log(`  places in ${cc} (${r.total}): within 10 km ${pct(r.accuracy10km)}, within 161 km ${pct(r.accuracy161km)}, placed ${r.placed}`);
}
if (score.nonLiteral.total) console.log(`non-literal names below country level: ${score.nonLiteral.flaggedOrUnplaced}/${score.nonLiteral.total} flagged or not placed`);
console.log(`gazetteer: ${load.gazetteer.size} entries, load ${load.ms.toFixed(0)} ms wall, ${loadCpuMs.toFixed(0)} ms CPU (${load.from === "cache" ? "compact index" : "built from sources, index written"})`);
console.log(
  `throughput (one core, CPU time, best of ${rounds}): ${best.toFixed(0)} ms, ${((score.texts / best) * 1000).toFixed(0)} articles/s, ${((mb / best) * 1000).toFixed(2)} MB/s; with the gazetteer load once: ${((mb / (best + loadCpuMs)) * 1000).toFixed(2)} MB/s (wall: ${bestWall.toFixed(0)} ms)`,
);

if (verbose) {
  score.gold.forEach((g, i) => {
    if (!resolvable(g)) return;
    const p = score.placed[i];
    const km = p ? Math.round(Math.hypot(p.lat - g.lat, (p.lon - g.lon) * Math.cos((g.lat * Math.PI) / 180)) * 111) : null;
    if (!p || km! > 161) console.log(`  miss ${g.doc} "${g.surface}" gold ${g.lat},${g.lon} -> ${p ? `${p.name} (${p.id}) ~${km} km` : "unresolved"}`);
  });
}
