/**
 * `npm run bench:geoparse-stream -- FILE...`
 *
 * What a fresh process pays to geoparse a stream of articles: the gazetteer's load once, then every article of the
 * given benchmark files (JSON lines with "text") once, in order, with cold lookup caches and code the JIT has not
 * optimised yet — no article is read twice, so nothing is answered from a warm cache. CPU time of the whole process
 * (all threads: V8 compiles hot code and collects garbage on helper threads), split between the main thread and the
 * helpers where the system tells them apart, and wall time, with the machine's load average beside it. Pinned to one
 * core (`taskset -c 0 npm run bench:geoparse-stream -- …`) the helpers share that core and wall time is the honest
 * one-core figure.
 *
 * The articles are read in an interleaved order (the even-numbered, then the odd-numbered), and the pass is timed in
 * those two halves too: the second half is articles the process has not read, after the first half has compiled its
 * code and filled its caches with other articles' names — the rate at which a long stream (thousands of articles)
 * goes on once the one-off cost of the first has been paid.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readBenchmarkCorpus } from "../../lib/geoparse/benchmark-corpora";
import { loadGazetteer } from "../../lib/geoparse/gazetteer-cache";
import { geoparseArticle } from "../../lib/geoparse/index";
import { buildRegionIndex, parseGovernorates } from "../../lib/geoparse/regions";
import { defaultPaths } from "../../lib/store/corpus";
import { mainThreadCpuMs, threadSplit } from "./geoparse-cpu";

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  console.error("usage: npm run bench:geoparse-stream -- FILE.jsonl [FILE.jsonl ...]");
  process.exit(2);
}
const root = process.env.ATLAS_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const paths = defaultPaths(root);
const inFileOrder = files.flatMap((f) => readBenchmarkCorpus(readFileSync(f, "utf8"), f).texts.map((t) => t.text));
const texts = [...inFileOrder.filter((_, k) => k % 2 === 0), ...inFileOrder.filter((_, k) => k % 2 === 1)];
const half = Math.ceil(inFileOrder.length / 2);
const regions = buildRegionIndex(parseGovernorates(readFileSync(paths.governorates, "utf8")));
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

const c0 = process.cpuUsage();
const w0 = performance.now();
const { gazetteer, from } = loadGazetteer(paths.gazetteer, process.env.ATLAS_CACHE_DIR ?? join(root, ".cache", "gazetteer"));
const loadMs = cpuMs(process.cpuUsage(c0));
const loadWallMs = performance.now() - w0;
const c1 = process.cpuUsage();
const m1 = mainThreadCpuMs();
const w1 = performance.now();
let bytes = 0;
let halfBytes = 0;
let atHalf = { cpu: process.cpuUsage(), main: m1 as number | null };
texts.forEach((t, k) => {
  if (k === half) [halfBytes, atHalf] = [bytes, { cpu: process.cpuUsage(), main: mainThreadCpuMs() }];
  bytes += Buffer.byteLength(t);
  geoparseArticle(`a${k}`, t, gazetteer, regions);
});
const secondHalfMs = cpuMs(process.cpuUsage(atHalf.cpu));
const passMs = cpuMs(process.cpuUsage(c1));
const m2 = mainThreadCpuMs();
const wallMs = performance.now() - w1;
const mb = bytes / 1e6;
const rate = (ms: number) => ((mb / ms) * 1000).toFixed(2);
console.log(`${texts.length} articles, ${(bytes / 1024).toFixed(0)} KiB from ${files.length} file(s); load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
console.log(`gazetteer load ${loadMs.toFixed(0)} ms CPU (${loadWallMs.toFixed(0)} ms wall, ${from === "cache" ? "compact index" : "built from sources"}); one pass ${passMs.toFixed(0)} ms CPU (${wallMs.toFixed(0)} ms wall)`);
const split = threadSplit(passMs, m1, m2);
if (split) console.log(`  the pass: ${split}`);
console.log(`throughput with the load once: ${rate(loadMs + passMs)} MB/s (CPU), ${rate(loadWallMs + wallMs)} MB/s (wall); the pass alone ${rate(passMs)} MB/s (CPU)`);
const secondMb = (bytes - halfBytes) / 1e6;
const secondSplit = threadSplit(secondHalfMs, atHalf.main, m2);
console.log(
  `the second half (${texts.length - half} articles the process had not read, ${(secondMb * 1000).toFixed(0)} KB): ` +
    `${((secondMb / secondHalfMs) * 1000).toFixed(2)} MB/s (CPU)${secondSplit ? `; ${secondSplit}` : ""}`,
);
