/**
 * Scores the pipeline on short conflict reports coded by analysts (a JSONL file outside the repository, one report a
 * line: text, assumed publication date, and the coded point, date, type and toll; see docs/evaluation.md).
 * Usage: npm run bench:reports -- --corpus PATH [--half 1|2] [--verbose] [--limit N]
 * Each report is given to the pipeline as its own document, "<published>\n\n<text>", and scored by
 * lib/events/report-eval.ts. The file is only read here, by the path given; nothing of it is kept.
 */
import { readFlags, usageError } from "./args";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import {
  type ConflictReport,
  parseConflictReports,
  CONFIDENT,
  DATE_SLACK_DAYS,
  evalHalf,
  MISS_CAUSES,
  type ReportScore,
  reportDocument,
  scoreReport,
  type Share,
  summarise,
  TOLERANCE_KM,
  WRONG_KM,
} from "../../lib/events/report-eval";
import { defaultPaths, loadPipeline, processDocuments } from "../../lib/store/corpus";

const USAGE = "usage: npm run bench:reports -- --corpus PATH [--half 1|2] [--verbose] [--limit N]";

const ArgsSchema = z.object({
  corpus: z.string({ error: "--corpus PATH is required (the conflict-report JSONL file)" }).min(1, "--corpus needs a path"),
  half: z
    .enum(["1", "2"], { error: "--half must be 1 or 2" })
    .transform((h) => Number(h) as 1 | 2)
    .optional(),
  verbose: z.boolean().default(false),
  limit: z
    .string()
    .regex(/^[1-9]\d*$/, "--limit must be a positive whole number")
    .transform(Number)
    .optional(),
});

const fail: (message: string) => never = usageError("bench:reports", USAGE);

function readArgs() {
  return readFlags({ corpus: { type: "string" }, half: { type: "string" }, verbose: { type: "boolean" }, limit: { type: "string" } }, ArgsSchema, fail);
}

function readReports(path: string): ConflictReport[] {
  try {
    return parseConflictReports(readFileSync(path, "utf8"), path);
  } catch (e) {
    fail((e as Error).message);
  }
}

const pct = (s: Share) => (s.n === 0 ? "   -  " : `${((100 * s.k) / s.n).toFixed(1).padStart(5)}%`);
const frac = (s: Share) => `${pct(s)} (${s.k}/${s.n})`;

function printSummary(label: string, scores: ReportScore[], seconds: number) {
  const s = summarise(scores);
  const rows: Array<[string, string]> = [
    ["refused (no article made)", frac(s.refused)],
    ["date line read as publication date", `${frac(s.publishedRead)} of those not refused`],
    [`incident within tolerance`, frac(s.hit)],
    [`  precision 1 (≤${TOLERANCE_KM[1]} km)`, frac(s.hitPrecision1)],
    [`  precision 2 (≤${TOLERANCE_KM[2]} km)`, frac(s.hitPrecision2)],
    ["place mention within tolerance", frac(s.mentionHit)],
    [`confidently wrong (≥${CONFIDENT}, >${WRONG_KM} km)`, `${frac(s.confidentlyWrong)} of incident reports; ${s.withConfidentlyWrong.k} texts have one`],
    ["date agreement", `located ${frac(s.date.located)}  all ${frac(s.date.all)}`],
    ["type agreement", `located ${frac(s.type.located)}  all ${frac(s.type.all)}`],
    ["sub-event agreement", `located ${frac(s.subEvent.located)}  all ${frac(s.subEvent.all)}`],
    ["fatalities (gold > 0)", `located ${frac(s.fatalities.located)}  all ${frac(s.fatalities.all)}`],
    ["incident reports per text", `${s.reportsPerText.toFixed(2)} (${s.incidentReports} in all)`],
    ["throughput", `${(scores.length / seconds).toFixed(1)} reports/s (${seconds.toFixed(1)} s)`],
  ];
  console.log(`\n== ${label}: n = ${s.n}`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(38)} ${v}`);
  const causes = MISS_CAUSES.filter((c) => s.causes[c] > 0)
    .map((c) => `${c} ${s.causes[c]}${s.causesGoldNotInText[c] ? ` [${s.causesGoldNotInText[c]} gold name not in text]` : ""}`)
    .join(", ");
  console.log(`  ${"miss causes".padEnd(38)} ${causes || "none"}`);
}

function printMiss(r: ConflictReport, s: ReportScore) {
  const g = r.gold;
  console.log(`\n${s.id}  [${s.cause}]  half ${s.half}  gold ${g.location} / ${g.admin1} p${g.geo_precision} ${g.date_start} fatalities ${g.fatalities}${s.refused ? `  refused: ${s.refusal ?? "no article"}` : ""}`);
  console.log(`  text: ${r.text.slice(0, 140).replace(/\s+/g, " ")}${r.text.length > 140 ? "…" : ""}`);
  for (const p of s.produced)
    console.log(
      `  report: ${p.surface} → ${p.name} (${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}) ${p.distanceKm.toFixed(1)} km conf ${p.confidence.toFixed(2)} ${p.precision} ${p.type}${p.subType ? `/${p.subType}` : ""} ${p.dateStart ?? "?"}..${p.dateEnd ?? "?"} toll ${p.toll ?? "-"}`,
    );
  if (s.produced.length === 0 && !s.refused) console.log("  report: none");
  const mentions = s.mentions.map(
    (m) => `${m.surface}→${m.name ?? m.status}${m.distanceKm !== null ? ` ${m.distanceKm.toFixed(0)}km` : ""}${m.nearestAlternativeKm !== null ? ` (alt ${m.nearestAlternativeKm.toFixed(0)}km)` : ""}`,
  );
  if (!s.refused) console.log(`  mentions: ${mentions.join("; ") || "none"}`);
}

const args = readArgs();
const all = readReports(resolve(args.corpus));
let chosen = args.half ? all.filter((r) => evalHalf(r.id) === args.half) : all;
if (args.limit) chosen = chosen.slice(0, args.limit);

const root = resolve(import.meta.dirname, "../..");
const t0 = performance.now();
const pipeline = loadPipeline(defaultPaths(root));
const loadSeconds = (performance.now() - t0) / 1000;

const scored: Array<{ report: ConflictReport; score: ReportScore; ms: number }> = [];
for (const report of chosen) {
  const t = performance.now();
  const atlas = processDocuments([reportDocument(report)], pipeline);
  const ms = performance.now() - t;
  scored.push({ report, score: scoreReport({ report, atlas, gazetteer: pipeline.gazetteer }), ms });
}

console.log(`bench:reports  ${args.corpus}  ${chosen.length} of ${all.length} reports${args.half ? ` (half ${args.half})` : ""}${args.limit ? ` (first ${args.limit})` : ""}; pipeline loaded in ${loadSeconds.toFixed(1)} s`);
console.log(
  [
    `Rules: each report is one document "<published>\\n\\n<text>". Halves: FNV-1a 32 of the id, even = half 1 (tuned on), odd = half 2 (held out).`,
    `Within tolerance: ≤${TOLERANCE_KM[1]} km (geo_precision 1), ≤${TOLERANCE_KM[2]} km (2), from the gold point to our nearest incident / resolved mention.`,
    `Matched report: of our reports within tolerance, the one agreeing on most of date/type/toll (then nearest); else our nearest report.`,
    `Date: its dateStart..dateEnd overlaps the gold date ±${DATE_SLACK_DAYS[1]} day (time_precision 1), ±${DATE_SLACK_DAYS[2]} (2), ±${DATE_SLACK_DAYS[3]} (3).`,
    `Type: our type in ACLED's words = gold event_type; sub-event: our sub-type's ACLED equivalent = gold sub_event_type.`,
    `Fatalities (gold > 0 only): low ≤ gold ≤ high (no high: any figure from low up), or best = gold; no toll = disagreement.`,
    `"located" = of reports with an incident within tolerance; "all" = of every report (refused and unplaced count as disagreements).`,
  ].join("\n"),
);

const seconds = (xs: typeof scored) => xs.reduce((n, x) => n + x.ms, 0) / 1000;
const halves = args.half ? [args.half] : ([1, 2] as const);
for (const h of halves) {
  const part = scored.filter((x) => x.score.half === h);
  printSummary(`half ${h}${h === 1 ? " (tuned on)" : " (held out)"}`, part.map((x) => x.score), seconds(part));
}
if (!args.half) printSummary("both halves", scored.map((x) => x.score), seconds(scored));

if (args.verbose) {
  console.log("\n== misses");
  for (const x of scored) if (x.score.cause !== null) printMiss(x.report, x.score);
}
