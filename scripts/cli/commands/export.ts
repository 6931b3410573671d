import { writeFileSync } from "node:fs";
import { ExportFormatSchema, writeExport } from "../../../lib/export/formats";
import { filterIncidents } from "../../../lib/layers/filter";
import { LAYER_QUERY_PARAMETERS, parseLayerQuery } from "../../../lib/layers/parse-query";
import { getAtlas } from "../../../lib/store/index";
import { type Command, projectRoot, UsageError } from "../command";

const FILTERS: ReadonlySet<string> = new Set(LAYER_QUERY_PARAMETERS);

/** `--region SY-LA --source Reuters --from 2025-03-01` -> the API's query parameters, format and output file. */
export function exportArguments(args: string[]): { format: string; out: string | null; params: URLSearchParams } {
  const params = new URLSearchParams();
  let format: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    if (!flag.startsWith("--")) throw new UsageError(`atlas export: unexpected argument "${a}" (filters are options, e.g. --region SY-LA)`);
    const name = flag.slice(2);
    const value = inline ?? args[++i];
    if (value === undefined || value === "") throw new UsageError(`atlas export: --${name} needs a value`);
    if (name === "format") format = value;
    else if (name === "out") out = value;
    else if (FILTERS.has(name)) params.append(name, value);
    else throw new UsageError(`atlas export: unknown option --${name}. Filters: ${[...FILTERS].map((f) => `--${f}`).join(", ")}`);
  }
  if (!format) throw new UsageError("atlas export: --format csv|geojson|kml is required");
  return { format, out, params };
}

export const exportCommand: Command = {
  usage: ["atlas export --format csv|geojson|kml [--from D] [--to D] [--source S]... [--region R]... [--admin2 D]... [--admin3 S]... [--attributed A]... [--bbox W,S,E,N] [--polygon ...] [--near LON,LAT --km N] [--out FILE]   the stored incidents under the filters, as the dashboard's export"],
  async run(args) {
    const { format: rawFormat, out, params } = exportArguments(args);
    const format = ExportFormatSchema.safeParse(rawFormat);
    if (!format.success) throw new UsageError(`atlas export: unknown format "${rawFormat}" (csv, geojson or kml)`);
    // Checked once without the gazetteer's regions, so a mistyped date fails before the store is opened.
    const early = parseLayerQuery(params, null);
    if (!early.ok) throw new UsageError(`atlas export: --${early.parameter}: ${early.error}`);
    const atlas = await getAtlas(projectRoot());
    const parsed = parseLayerQuery(params, atlas.regions);
    if (!parsed.ok) throw new UsageError(`atlas export: --${parsed.parameter}: ${parsed.error}`);
    const incidents = filterIncidents(atlas.incidents, parsed.query);
    const names = new Map(atlas.regions.governorates.map((g) => [g.properties.code, g.properties.name]));
    const text = writeExport(format.data, incidents, names, `Incident Atlas: ${incidents.length} incidents`);
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
    process.stderr.write(`atlas export: ${incidents.length} incident(s) as ${format.data}${out ? ` to ${out}` : ""}\n`);
    return 0;
  },
};
