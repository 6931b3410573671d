/**
 * `npm run bench:geoparse -- [--corpus PATH] [--articles DIR] [--rounds N] [--half 1|2] [--buckets] [--verbose]`
 *
 * Scores the geoparser against gold toponyms and times it on one core:
 * recognition precision/recall/F1, resolution accuracy within 10 km and 161 km
 * given the gold spans, articles/s and MB/s, and the gazetteer's load time.
 * Without --corpus it runs the project's gold file for the sample corpus
 * (data/gold/sample-places.jsonl over data/articles); --corpus takes that
 * format or a public benchmark in JSON lines (GeoWebNews, TR-News, LGL: one
 * article per line with "text" and "toponyms").
 * --half 1 or 2 scores only the first or second half of the texts (tune on one, report the other held out);
 * --buckets sorts every resolution miss by why it was missed (see lib/geoparse/miss-buckets.ts).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { articleTexts, type CorpusScore, evaluateCorpus } from "../../lib/geoparse/benchmark";
import { type GoldCorpus, isBenchmarkFormat, readBenchmarkCorpus } from "../../lib/geoparse/benchmark-corpora";
import { parseGoldLines, resolvable } from "../../lib/geoparse/evaluate";
import { loadGazetteer } from "../../lib/geoparse/gazetteer-cache";
import { geoparseArticle } from "../../lib/geoparse/index";
import { bucketOf, kindOf, type MissBucket } from "../../lib/geoparse/miss-buckets";
import { buildRegionIndex, parseGovernorates } from "../../lib/geoparse/regions";
import { defaultPaths, readCorpusDirectory } from "../../lib/store/corpus";
import { mainThreadCpuMs, threadSplit } from "./geoparse-cpu";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = process.env.ATLAS_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const paths = defaultPaths(root);
const corpusPath = arg("--corpus") ?? join(root, "data", "gold", "sample-places.jsonl");
const rounds = Number(arg("--rounds") ?? 10);
const verbose = process.argv.includes("--verbose");

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

const half = arg("--half");
if (half === "1" || half === "2") {
  const cut = Math.ceil(corpus.texts.length / 2);
  const texts = half === "1" ? corpus.texts.slice(0, cut) : corpus.texts.slice(cut);
  const docs = new Set(texts.map((t) => t.doc));
  corpus = { name: `${corpus.name}, ${half === "1" ? "first" : "second"} half`, texts, gold: corpus.gold.filter((g) => docs.has(g.doc)) };
} else if (half !== undefined) {
  throw new Error("--half takes 1 or 2");
}

// Honest cost of a fresh run, measured first: the gazetteer's load, then one pass over the corpus with that fresh
// gazetteer (empty lookup caches) and code not yet optimised by the JIT — what `atlas ingest` of this corpus pays.
// CPU time of the whole process (user + system, all threads: the JIT and GC work on helper threads too).
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
const pipeline = { regions: buildRegionIndex(parseGovernorates(readFileSync(paths.governorates, "utf8"))) };
const loadCpu0 = process.cpuUsage();
const load = loadGazetteer(paths.gazetteer, process.env.ATLAS_CACHE_DIR ?? join(root, ".cache", "gazetteer"));
const loadCpuMs = cpuMs(process.cpuUsage(loadCpu0));
const firstCpu0 = process.cpuUsage();
const firstMain0 = mainThreadCpuMs();
const firstWall0 = performance.now();
corpus.texts.forEach((t, k) => geoparseArticle(`${t.doc}:${k}`, t.text, load.gazetteer, pipeline.regions));
const firstPassMs = cpuMs(process.cpuUsage(firstCpu0));
const firstSplit = threadSplit(firstPassMs, firstMain0, mainThreadCpuMs());
const firstPassWall = performance.now() - firstWall0;

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
  best = Math.min(best, cpuMs(c));
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
// Wall time adds what the disk and a busy machine take: reading the index when it is not in the page cache, waiting for a core.
console.log(`gazetteer: ${load.gazetteer.size} entries, load ${loadCpuMs.toFixed(0)} ms CPU, ${load.ms.toFixed(0)} ms wall (${load.from === "cache" ? "compact index, read whole" : "built from sources, index written"})`);
console.log(
  `fresh run (gazetteer load once + first pass, cold caches and JIT): ${loadCpuMs.toFixed(0)} + ${firstPassMs.toFixed(0)} ms CPU = ${((mb / (loadCpuMs + firstPassMs)) * 1000).toFixed(2)} MB/s (first pass wall ${firstPassWall.toFixed(0)} ms)`,
);
if (firstSplit) console.log(`  first pass: ${firstSplit}`);
console.log(
  `steady state (one core, CPU time, best of ${rounds} further passes, caches warm): ${best.toFixed(0)} ms, ${((score.texts / best) * 1000).toFixed(0)} articles/s, ${((mb / best) * 1000).toFixed(2)} MB/s (wall: ${bestWall.toFixed(0)} ms)`,
);

if (verbose) {
  score.gold.forEach((g, i) => {
    if (!resolvable(g)) return;
    const p = score.placed[i];
    const km = p ? Math.round(Math.hypot(p.lat - g.lat, (p.lon - g.lon) * Math.cos((g.lat * Math.PI) / 180)) * 111) : null;
    if (!p || km! > 161) console.log(`  miss ${g.doc} "${g.surface}" gold ${g.lat},${g.lon} -> ${p ? `${p.name} (${p.id}) ~${km} km` : "unresolved"}`);
  });
}

if (process.argv.includes("--buckets")) {
  const counts = new Map<MissBucket, number>();
  const absentKinds = new Map<string, number>();
  const lines: string[] = [];
  score.gold.forEach((g, i) => {
    if (!resolvable(g)) return;
    const r = score.resolvedGiven[i] ?? null;
    const bucket = bucketOf(g, r, load.gazetteer.lookup(g.surface, { loose: true, always: true }).map((m) => m.place));
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    if (bucket === "absent") absentKinds.set(kindOf(g), (absentKinds.get(kindOf(g)) ?? 0) + 1);
    if (bucket !== "hit") {
      const top = r?.ranked[0]?.match.place;
      lines.push(`  ${bucket} "${g.surface}" ${g.featureCode ?? ""} gold ${g.lat},${g.lon} -> ${r?.chosen ? r.chosen.match.place.name + " " + r.chosen.match.place.country + " " + r.chosen.match.place.featureCode : "unresolved"} (conf ${r?.confidence.toFixed(2) ?? "-"}; first ${top ? `${top.name} ${top.country} ${top.featureCode}` : "none"}; ${r?.ranked.length ?? 0} cand.)`);
    }
  });
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`misses by cause (of ${total}): ${["hit", "absent", "lookup", "convention", "ranking", "conservative"].map((b) => `${b} ${counts.get(b as MissBucket) ?? 0}`).join(", ")}`);
  console.log(`  absent, by kind: ${[...absentKinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  if (verbose) for (const l of lines.sort()) console.log(l);
}
