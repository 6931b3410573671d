/**
 * `npm run bench:store`: ingests 1,000 then 10,000 synthetic articles into a
 * fresh store (a temporary file) through the real pipeline, and prints
 * articles/s and the incident layer's query time (p50/p95) at each size.
 * Usage: tsx scripts/bench/store.ts [sizes, default 1000,10000]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { incidentLayer } from "../../lib/layers/build";
import { parseLayerQuery } from "../../lib/layers/parse-query";
import { defaultPaths, loadPipeline } from "../../lib/store/corpus";
import { LiveAtlas } from "../../lib/store/live";
import { AtlasStore } from "../../lib/store/store";
import { seededRandom } from "../../lib/store/synthetic";

const PLACES = ["Aleppo", "Idlib", "Homs", "Hama", "Latakia", "Tartus", "Raqqa", "Daraa", "Douma", "Jableh", "Baniyas", "Qamishli", "Manbij", "Azaz", "Palmyra", "Deir ez-Zor", "Suwayda", "Jaramana"];
const EVENTS = ["were killed in shelling in", "died in an air strike on", "were wounded in clashes in", "protested in", "were killed by gunmen in"];
const PUBLISHERS = ["Synthetic Times", "Example Wire", "Test Gazette", "Sample Monitor"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const random = seededRandom(12345);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

/** A made-up news article of three paragraphs naming two to four places. */
function article(n: number): string {
  const month = Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 27);
  const year = 2012 + Math.floor(random() * 14);
  const paragraphs = Array.from({ length: 3 }, () => {
    const place = pick(PLACES);
    return `On ${day} ${MONTHS[month]}, ${1 + Math.floor(random() * 40)} people ${pick(EVENTS)} ${place}, according to local sources. Residents of ${pick(PLACES)} said the situation remained tense.`;
  });
  return `${pick(PLACES)}: synthetic report ${n}\n\nBy ${pick(PUBLISHERS)} | ${MONTHS[month]} ${day + 1}, ${year}\n\n${paragraphs.join("\n\n")}\n`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const sizes = (process.argv[2] ?? "1000,10000").split(",").map(Number);
const root = process.env.ATLAS_ROOT ?? process.cwd();
const t0 = performance.now();
const pipeline = loadPipeline(defaultPaths(root));
console.log(`gazetteer loaded in ${(performance.now() - t0).toFixed(0)} ms (not counted below)`);

const dir = mkdtempSync(join(tmpdir(), "atlas-bench-"));
try {
  const store = AtlasStore.open(join(dir, "bench.sqlite"));
  store.setMeta("seeded", "bench");
  let stored = 0;
  for (const size of sizes) {
    const inputs = Array.from({ length: size - stored }, (_, i) => ({ name: `synthetic-${stored + i}.txt`, content: article(stored + i) }));
    const t1 = performance.now();
    const { results } = store.ingest(inputs, pipeline, "bench");
    const seconds = (performance.now() - t1) / 1000;
    stored = size;
    const added = results.filter((r) => r.status === "added").length;

    const t2 = performance.now();
    const live = new LiveAtlas(store, pipeline.regions, () => pipeline);
    const loadMs = performance.now() - t2;
    const atlas = live.current();
    const queries = ["source=unknown&from=2015-01-01&to=2019-12-31", "from=2020-01-01", "region=SY-LA&region=SY-HL", ""].map((q) => {
      const parsed = parseLayerQuery(new URLSearchParams(q), atlas.regions);
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.query;
    });
    const times: number[] = [];
    let features = 0;
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      features = incidentLayer(live.current(), queries[i % queries.length]!).features.length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${size.toLocaleString("en-GB")} articles: ingested ${added.toLocaleString("en-GB")} new in ${seconds.toFixed(1)} s = ${(added / seconds).toFixed(0)} articles/s; ` +
        `store holds ${atlas.incidents.length.toLocaleString("en-GB")} incidents, ${atlas.mentions.length.toLocaleString("en-GB")} mentions; ` +
        `atlas read from the store in ${loadMs.toFixed(0)} ms; incident layer query p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms (unfiltered: ${features} features)`,
    );
  }
  store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
