/**
 * Scores incident extraction on the sample corpus against the project's gold
 * (data/gold/sample-incidents.jsonl): precision and recall of (place, date range)
 * pairs, event-type and fatality agreement, and what was missed or spurious per
 * article. Usage: npm run bench:events [-- <articles dir> <gold file>]
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { evaluate, GoldIncidentSchema, matches, parseJsonLines } from "../../lib/events/evaluate";
import { groupReports } from "../../lib/events/group";
import { syntheticAtlas } from "../../lib/store/synthetic";
import { defaultPaths, loadPipeline, processDocuments, readCorpusDirectory } from "../../lib/store/corpus";

const root = resolve(import.meta.dirname, "../..");
const [articlesDir, goldFile] = [process.argv[2] ?? join(root, "data", "articles"), process.argv[3] ?? join(root, "data", "gold", "sample-incidents.jsonl")];
const paths = defaultPaths(root);
const t0 = performance.now();
const pipeline = loadPipeline(paths);
const t1 = performance.now();
const atlas = processDocuments(readCorpusDirectory(articlesDir), pipeline);
const t2 = performance.now();
const gold = parseJsonLines(readFileSync(goldFile, "utf8"), GoldIncidentSchema);
const e = evaluate(atlas.reports, gold);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

console.log(`articles ${atlas.articles.length}  reports ${atlas.reports.length}  incidents ${atlas.incidents.length}  (grouped from several reports: ${atlas.incidents.filter((i) => i.reports.length > 1).length})`);
console.log(`gold incidents ${e.gold}`);
console.log(`(place, date range) precision ${pct(e.precision)} (${e.truePositives}/${e.reports})  recall ${pct(e.recall)} (${e.found}/${e.gold})`);
console.log(`event type agreement on matched reports ${pct(e.typeAgreement)}`);
console.log(`fatality agreement ${e.fatalitiesAgreed}/${e.fatalityClaims} gold claims with the same low/best/high`);
const synthetic = syntheticAtlas(100_000, pipeline.regions);
const t3 = performance.now();
const grouped = groupReports(synthetic.reports);
const t4 = performance.now();
console.log(`grouping ${synthetic.reports.length} synthetic reports into ${grouped.length} incidents: ${((t4 - t3) / 1000).toFixed(2)} s`);
console.log(`time: gazetteer ${((t1 - t0) / 1000).toFixed(1)} s, pipeline ${((t2 - t1) / 1000).toFixed(2)} s`);
for (const g of gold.filter((x) => x.fatalities !== null)) {
  const claims = atlas.reports.filter((r) => matches(r, g) && r.fatalities).map((r) => `${r.fatalities!.low}/${r.fatalities!.best}/${r.fatalities!.high ?? "-"}`);
  const want = `${g.fatalities!.low}/${g.fatalities!.best}/${g.fatalities!.high ?? "-"}`;
  if (!claims.includes(want)) console.log(`  fatalities ${g.place.name}: gold ${want}, reports ${claims.join(", ") || "none"}`);
}
const articles = [...new Set([...e.missed.map((g) => g.articleId), ...e.spurious.map((r) => r.articleId)])].sort();
for (const id of articles) {
  console.log(`\n${id}`);
  for (const g of e.missed.filter((x) => x.articleId === id)) console.log(`  missed   ${g.place.name} ${g.dateStart ?? "?"}..${g.dateEnd ?? "?"} ${g.type}  “${g.quote.slice(0, 90)}”`);
  for (const r of e.spurious.filter((x) => x.articleId === id))
    console.log(`  spurious ${r.place.surface} ${r.dateStart ?? "?"}..${r.dateEnd ?? "?"} ${r.type}  “${r.evidence.text.slice(0, 90)}”`);
}
