import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteer } from "../../../lib/geoparse/gazetteer-cache";
import { importGeoNamesDump } from "../../../lib/geoparse/gazetteer-import";
import { defaultPaths } from "../../../lib/store/corpus";
import { type Command, projectRoot, UsageError } from "../command";

/** Where imported dumps go: ATLAS_GAZETTEER_DIR, or data/gazetteer/imported/ in the project (read by loadPipeline). */
export function importDirectory(root: string): string {
  return process.env.ATLAS_GAZETTEER_DIR ?? join(root, "data", "gazetteer", "imported");
}

export const gazetteerCommand: Command = {
  usage: [
    "atlas gazetteer import <file> [--classes PA]   add a GeoNames dump (SY.txt, SY.zip, allCountries, alternateNamesV2) to the gazetteer",
  ],
  async run(args) {
    const [sub, ...rest] = args;
    if (sub !== "import") throw new UsageError(sub ? `atlas gazetteer: unknown sub-command "${sub}"` : "atlas gazetteer: expected \"import <file>\"");
    let file: string | undefined;
    let classes: string | undefined;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === "--classes") {
        classes = rest[++i];
        if (!classes || !/^[AHLPRSTUV]+$/i.test(classes)) throw new UsageError("atlas gazetteer import: --classes takes GeoNames feature classes, e.g. PA");
      } else if (rest[i]!.startsWith("--")) throw new UsageError(`atlas gazetteer import: unknown option "${rest[i]}"`);
      else if (file) throw new UsageError("atlas gazetteer import: one file at a time");
      else file = rest[i];
    }
    if (!file) throw new UsageError("atlas gazetteer import: no file given");
    const root = projectRoot();
    const dir = importDirectory(root);
    mkdirSync(dir, { recursive: true });
    const paths = defaultPaths(root);
    // Alternate names are kept only for places the gazetteer has, so a 700 MB alternateNamesV2 stays small.
    const known = () => {
      const { gazetteer } = loadGazetteer(paths.gazetteer, process.env.ATLAS_CACHE_DIR ?? join(root, ".cache", "gazetteer"));
      return { has: (id: string) => gazetteer.byId(id) !== undefined };
    };
    let knownIds: { has(id: string): boolean } | undefined;
    const r = await importGeoNamesDump(file, dir, { classes, knownIds: { has: (id) => (knownIds ??= known()).has(id) } });
    process.stdout.write(
      `${JSON.stringify({ imported: file, kind: r.kind, written: r.written, rows: r.rows, skipped: r.skipped })}\n`,
    );
    process.stderr.write("The gazetteer index is rebuilt on the next start (the sources changed).\n");
    return 0;
  },
};
