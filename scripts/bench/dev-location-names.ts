/**
 * Builds the place-name list that bench:geocode reads (scripts/bench/geocode.ts) from a file of conflict reports coded
 * by analysts (the JSONL that bench:reports reads; see docs/evaluation.md): the distinct gold location names of the
 * given geo_precision, one a line as `name<TAB>lat<TAB>lon` under a header, the point taken from the gold.
 * Usage: npx tsx scripts/bench/dev-location-names.ts --corpus PATH --out FILE [--precision 1|2]
 * A name coded at several points keeps the first and is counted. The list is written only where --out says: the
 * reports and names made from them stay outside the repository.
 */
import { readFlags, usageError } from "./args";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { distanceKm } from "../../lib/geoparse/distance";
import { type ConflictReport, parseConflictReports } from "../../lib/events/report-eval";

const USAGE = "usage: npx tsx scripts/bench/dev-location-names.ts --corpus PATH --out FILE [--precision 1|2]";

const ArgsSchema = z.object({
  corpus: z.string({ error: "--corpus PATH is required (the conflict-report JSONL file)" }).min(1, "--corpus needs a path"),
  out: z.string({ error: "--out FILE is required (where to write the TSV; keep it outside the repository)" }).min(1, "--out needs a path"),
  precision: z
    .enum(["1", "2"], { error: "--precision must be 1 or 2" })
    .default("1")
    .transform((p) => Number(p) as 1 | 2),
});

const fail: (message: string) => never = usageError("dev-location-names", USAGE);

function readArgs() {
  return readFlags({ corpus: { type: "string" }, out: { type: "string" }, precision: { type: "string" } }, ArgsSchema, fail);
}

function readReports(path: string): ConflictReport[] {
  try {
    return parseConflictReports(readFileSync(path, "utf8"), path);
  } catch (e) {
    fail((e as Error).message);
  }
}

const args = readArgs();
const reports = readReports(resolve(args.corpus));
/** Per name (as written, spaces tidied): its first point, how many reports name it, and its points ≥1 km apart. */
const byName = new Map<string, { lat: number; lon: number; reports: number; points: Array<{ lat: number; lon: number }> }>();
for (const r of reports) {
  if (r.gold.geo_precision !== args.precision) continue;
  const name = r.gold.location.replace(/\s+/g, " ").trim();
  if (!name) continue;
  const point = { lat: r.gold.lat, lon: r.gold.lon };
  const seen = byName.get(name);
  if (!seen) {
    byName.set(name, { ...point, reports: 1, points: [point] });
    continue;
  }
  seen.reports++;
  if (!seen.points.some((p) => distanceKm(p, point) < 1)) seen.points.push(point);
}

const lines = ["name\tlat\tlon", ...[...byName].map(([name, e]) => `${name}\t${e.lat}\t${e.lon}`)];
const outPath = resolve(args.out);
writeFileSync(outPath, `${lines.join("\n")}\n`);

const entries = [...byName.values()];
const several = entries.filter((e) => e.points.length > 1);
const spread = (e: (typeof entries)[number]) => Math.max(...e.points.map((p) => distanceKm(p, e)));
const farApart = several.filter((e) => spread(e) > 10);
const ofPrecision = entries.reduce((n, e) => n + e.reports, 0);
console.log(`reports ${reports.length}, of geo_precision ${args.precision} ${ofPrecision}`);
console.log(`distinct names ${byName.size} → ${outPath}`);
console.log(`names coded at several points (≥1 km apart; the first kept): ${several.length}, of which ${farApart.length} more than 10 km from the first`);
