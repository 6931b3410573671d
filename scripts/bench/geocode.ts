/**
 * Scores the geocoder on place names written on their own, as an analyst would type them (lib/geoparse/geocode.ts):
 * each name of a TSV list `name<TAB>lat<TAB>lon` (a header line is optional) is geocoded in the given country, and
 * the chosen place is compared with the listed point.
 * Usage: npm run bench:geocode -- --names FILE [--country XX] [--verbose]
 * Prints n; placed, within 10 km and more than 10 km off as shares of all names; the unresolved by kind of reason
 * (no place of that name, ambiguous, too uncertain); every name placed more than 10 km off, farthest first; the time
 * per name. --verbose also lists the unresolved names with their reasons. A list can be built from the conflict
 * reports by scripts/bench/dev-location-names.ts; it is only read here, by the path given.
 */
import { readFlags, usageError } from "./args";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { geocodeName } from "../../lib/geoparse/geocode";
import { distanceKm } from "../../lib/geoparse/distance";
import { defaultPaths, loadPipeline } from "../../lib/store/corpus";

const USAGE = "usage: npm run bench:geocode -- --names FILE [--country XX] [--verbose]";
/** A placed name within this many km of its listed point is right; beyond, wrong. */
const WITHIN_KM = 10;

const ArgsSchema = z.object({
  names: z.string({ error: "--names FILE is required (a TSV of name<TAB>lat<TAB>lon)" }).min(1, "--names needs a path"),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "--country must be a two-letter country code")
    .transform((c) => c.toUpperCase())
    .default("SY"),
  verbose: z.boolean().default(false),
});

const coordinate = (what: string, limit: number) =>
  z
    .string()
    .trim()
    .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)$/, `${what} is not a number`)
    .transform(Number)
    .refine((x) => Math.abs(x) <= limit, `${what} is outside ±${limit}`);

const RowSchema = z
  .array(z.string(), { error: "not a row" })
  .length(3, "expected three columns, name<TAB>lat<TAB>lon")
  .transform(([name, lat, lon]) => ({ name: name!, lat: lat!, lon: lon! }))
  .pipe(z.object({ name: z.string().trim().min(1, "the name is empty"), lat: coordinate("lat", 90), lon: coordinate("lon", 180) }));
type Row = z.output<typeof RowSchema>;

const fail: (message: string) => never = usageError("bench:geocode", USAGE);

function readArgs() {
  return readFlags({ names: { type: "string" }, country: { type: "string" }, verbose: { type: "boolean" } }, ArgsSchema, fail);
}

function readNames(path: string): Row[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    fail(`cannot read ${path}: ${(e as Error).message}`);
  }
  const rows: Row[] = [];
  let first = true;
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (!line.trim()) return;
    const cells = line.split("\t");
    // A header: the first line, whose coordinate columns are words ("lat", "latitude", ...) rather than numbers.
    if (first && cells.length === 3 && /^\s*lat/i.test(cells[1]!) && /^\s*(lon|lng)/i.test(cells[2]!)) {
      first = false;
      return;
    }
    first = false;
    const parsed = RowSchema.safeParse(cells);
    if (!parsed.success) fail(`${path}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join("; ")} (got ${JSON.stringify(line.slice(0, 120))})`);
    rows.push(parsed.data);
  });
  if (rows.length === 0) fail(`${path}: no names`);
  return rows;
}

/** The kinds of reason geocodeName gives for leaving a name unresolved, by the reason's first words. */
const REASON_KINDS = [
  { kind: "no place of that name", test: /^no place of that name/ },
  { kind: "ambiguous", test: /^ambiguous/ },
  { kind: "too uncertain", test: /^too uncertain/ },
] as const;
const reasonKind = (reason: string) => REASON_KINDS.find((k) => k.test.test(reason))?.kind ?? "other";

const args = readArgs();
const rows = readNames(resolve(args.names));
const root = resolve(import.meta.dirname, "../..");
const t0 = performance.now();
const { gazetteer } = loadPipeline(defaultPaths(root));
const loadSeconds = (performance.now() - t0) / 1000;

type Placed = { row: Row; name: string; id: string; confidence: number; precision: string; km: number };
const placed: Placed[] = [];
const unresolved: Array<{ row: Row; reason: string; kind: string }> = [];
const times: number[] = [];
for (const row of rows) {
  const t = performance.now();
  const r = geocodeName(row.name, gazetteer, { country: args.country });
  times.push(performance.now() - t);
  if ("unresolved" in r) unresolved.push({ row, reason: r.reason, kind: reasonKind(r.reason) });
  else placed.push({ row, name: r.name, id: r.geonameid, confidence: r.confidence, precision: r.precision, km: distanceKm(r, row) });
}

const n = rows.length;
const share = (k: number) => `${((100 * k) / n).toFixed(1).padStart(5)}% (${k}/${n})`;
const within = placed.filter((p) => p.km <= WITHIN_KM);
const wrong = placed.filter((p) => p.km > WITHIN_KM).sort((a, b) => b.km - a.km);
const sorted = [...times].sort((a, b) => a - b);
const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const mean = times.reduce((s, x) => s + x, 0) / n;

console.log(`== bench:geocode ${args.names} (country ${args.country}): n = ${n}`);
console.log(`  ${"placed".padEnd(32)} ${share(placed.length)}`);
console.log(`  ${`within ${WITHIN_KM} km`.padEnd(32)} ${share(within.length)}`);
console.log(`  ${`more than ${WITHIN_KM} km off`.padEnd(32)} ${share(wrong.length)}`);
console.log(`  ${"unresolved".padEnd(32)} ${share(unresolved.length)}`);
for (const kind of [...REASON_KINDS.map((k) => k.kind), "other"]) {
  const k = unresolved.filter((u) => u.kind === kind).length;
  if (k > 0 || kind !== "other") console.log(`    ${kind.padEnd(30)} ${share(k)}`);
}
console.log(
  `  ${"time per name".padEnd(32)} mean ${mean.toFixed(3)} ms, median ${quantile(0.5).toFixed(3)} ms, p95 ${quantile(0.95).toFixed(3)} ms, max ${sorted[n - 1]!.toFixed(1)} ms (gazetteer load ${loadSeconds.toFixed(1)} s)`,
);

if (wrong.length > 0) {
  console.log(`\nmore than ${WITHIN_KM} km off (${wrong.length}), farthest first:`);
  for (const w of wrong)
    console.log(`  ${w.row.name} → ${w.name} [${w.id}] ${w.km.toFixed(1)} km, confidence ${w.confidence.toFixed(2)}, ${w.precision}`);
}
if (args.verbose && unresolved.length > 0) {
  console.log(`\nunresolved (${unresolved.length}):`);
  for (const u of [...unresolved].sort((a, b) => a.kind.localeCompare(b.kind) || a.row.name.localeCompare(b.row.name)))
    console.log(`  ${u.row.name}  [${u.kind}] ${u.reason}`);
}
