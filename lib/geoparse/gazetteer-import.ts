import { closeSync, createReadStream, createWriteStream, existsSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { basename, join } from "node:path";
import { unzipSync } from "fflate";
import type { GazetteerFile } from "./gazetteer";
import { parseAlternateNames, parseGeoNamesRows } from "./gazetteer";

/**
 * `atlas gazetteer import`: brings a GeoNames dump (a country file such as
 * SY.txt or SY.zip, allCountries, cities*, or alternateNames/alternateNamesV2)
 * into the directory the pipeline reads imported gazetteer files from. Rows are
 * checked line by line; the file is streamed, so large dumps do not have to fit
 * in one string.
 */

/** Imported GeoNames rows are `<name>.tsv`; imported alternate names are `<name>.alt.tsv`. */
export function importedGazetteerFiles(dir: string): GazetteerFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".tsv"))
    // Rows first, then the alternate names that add to them.
    .sort((a, b) => Number(a.endsWith(".alt.tsv")) - Number(b.endsWith(".alt.tsv")) || a.localeCompare(b))
    .map((f) =>
      f.endsWith(".alt.tsv")
        ? { path: join(dir, f), source: `geonames:import ${f}`, kind: "alternate-names" as const }
        : { path: join(dir, f), source: `geonames:import ${f}` },
    );
}

export type DumpKind = "geonames" | "alternate-names";

/** Tells a GeoNames row (19 columns, coordinates in 5 and 6) from an alternate-names row (ids in 1 and 2). */
export function detectDumpKind(line: string): DumpKind | null {
  const f = line.replace(/\r$/, "").split("\t");
  if (f.length >= 19 && /^\d+$/.test(f[0]!) && Number.isFinite(Number(f[4])) && f[4] !== "" && Number.isFinite(Number(f[5]))) return "geonames";
  if (f.length >= 4 && f.length <= 10 && /^\d+$/.test(f[0]!) && /^\d+$/.test(f[1]!)) return "alternate-names";
  return null;
}

export interface ImportOptions {
  /** Keep only these GeoNames feature classes (e.g. "PA"); all when absent. */
  classes?: string;
  /** For alternate names: keep only names of these ids (the places the gazetteer has). */
  knownIds?: { has(id: string): boolean };
}

export interface ImportResult {
  kind: DumpKind;
  written: string;
  rows: number;
  skipped: number;
}

/** Calls `onLine` for each line of a byte source, decoding UTF-8 chunk by chunk. */
async function eachLine(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, onLine: (line: string) => void): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let rest = "";
  for await (const chunk of chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const lines = text.split("\n");
    rest = lines.pop()!;
    for (const l of lines) onLine(l);
  }
  rest += decoder.decode();
  if (rest) onLine(rest);
}

function* slices(bytes: Uint8Array, size = 1 << 24): Iterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, Math.min(bytes.length, i + size));
}

/** The text of a dump: a .zip's data file (not its readme), or the file itself. */
function openDump(path: string): { name: string; chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array> } {
  const head = Buffer.alloc(4);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    const entries = unzipSync(readFileSync(path), { filter: (f) => f.name.endsWith(".txt") && !/readme/i.test(f.name) });
    const names = Object.keys(entries);
    if (names.length !== 1) throw new Error(`${basename(path)}: expected one GeoNames .txt file in the zip, found ${names.length ? names.join(", ") : "none"}`);
    return { name: basename(names[0]!), chunks: slices(entries[names[0]!]!) };
  }
  return { name: basename(path), chunks: createReadStream(path, { highWaterMark: 1 << 22 }) };
}

/** Imports one dump into `outDir`; returns what was written. Throws, naming the line, on a row that is not GeoNames. */
export async function importGeoNamesDump(path: string, outDir: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { name, chunks } = openDump(path);
  const stem = name.replace(/\.(txt|tsv|zip)$/i, "");
  let kind = null as DumpKind | null;
  let rows = 0;
  let skipped = 0;
  let lineNo = 0;
  const pending: string[] = [];
  let out = null as ReturnType<typeof createWriteStream> | null;
  let written = "";
  const classes = options.classes ? new Set(options.classes.toUpperCase().split("")) : null;
  const flush = () => {
    if (out && pending.length) out.write(`${pending.join("\n")}\n`);
    pending.length = 0;
  };
  await eachLine(chunks, (line) => {
    lineNo++;
    if (!line.trim() || line.startsWith("#")) return;
    if (!kind) {
      kind = detectDumpKind(line);
      if (!kind) throw new Error(`${name}: line ${lineNo} is neither a GeoNames row (19 tab-separated columns) nor an alternate-names row`);
      written = join(outDir, kind === "geonames" ? `${stem}.tsv` : `${stem}.alt.tsv`);
      out = createWriteStream(written, { encoding: "utf8" });
      pending.push(`# Imported from ${name} (GeoNames, CC BY 4.0) by atlas gazetteer import`);
    }
    // Each row is checked by the same parser the gazetteer uses, so a bad file fails here, not at start-up.
    if (kind === "geonames") {
      const [row] = parseGeoNamesRows(line, `${name}: line ${lineNo}`);
      if (!row || (classes && !classes.has(row.place.featureClass))) {
        skipped++;
        return;
      }
    } else {
      const [alt] = parseAlternateNames(line, `${name}: line ${lineNo}`);
      if (!alt || (options.knownIds && !options.knownIds.has(alt.id))) {
        skipped++;
        return;
      }
    }
    rows++;
    pending.push(line.replace(/\r$/, ""));
    if (pending.length >= 10_000) flush();
  });
  if (!kind || !out) throw new Error(`${name}: no GeoNames rows found`);
  flush();
  const stream: ReturnType<typeof createWriteStream> = out;
  await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return { kind, written, rows, skipped };
}
