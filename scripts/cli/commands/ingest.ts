import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { type Command, projectRoot, UsageError } from "../command";
import { defaultPaths, loadPipeline, type Pipeline } from "../../../lib/store/corpus";
import { storePath } from "../../../lib/store/index";
import { INGESTIBLE, readCorpusInputs } from "../../../lib/store/live";
import { AtlasStore, type IngestInput, type IngestResult } from "../../../lib/store/store";

/** Files named on the command line, and the text files directly inside folders named. */
function inputsFrom(paths: string[]): Array<IngestInput | IngestResult> {
  return paths.flatMap((p): Array<IngestInput | IngestResult> => {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return [{ name: p, status: "rejected", documentId: null, articles: 0, mentions: 0, reports: 0, warnings: [], error: { code: "empty", message: `${p}: no such file or folder.` } }];
    }
    if (isDir) return readdirSync(p).filter((f) => INGESTIBLE.test(f)).sort().map((f) => ({ name: f, content: new Uint8Array(readFileSync(join(p, f))) }));
    return [{ name: basename(p), content: new Uint8Array(readFileSync(p)) }];
  });
}

function line(r: IngestResult): string {
  if (r.status === "rejected") return `refused   ${r.error?.message ?? r.name}`;
  const what = `${r.name} → ${r.documentId}`;
  if (r.status === "duplicate") return `duplicate ${what} (already stored)`;
  return `added     ${what}: ${r.articles} article(s), ${r.mentions} place name(s), ${r.reports} incident report(s)`;
}

export async function runIngest(args: string[]): Promise<number> {
  let editor = process.env.USER ? `cli:${process.env.USER}` : "cli";
  let reprocess = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--editor") editor = args[++i] ?? "";
    else if (a === "--reprocess") reprocess = true;
    else if (a.startsWith("--")) throw new UsageError(`atlas ingest: unknown option ${a}`);
    else paths.push(a);
  }
  if (!editor) throw new UsageError("atlas ingest: --editor needs a name");
  if (paths.length === 0 && !reprocess) throw new UsageError("atlas ingest: name at least one file or folder");
  const root = projectRoot();
  const atlasPaths = defaultPaths(root);
  const store = AtlasStore.open(storePath(root));
  let pipeline: Pipeline | null = null;
  const getPipeline = () => (pipeline ??= loadPipeline(atlasPaths));
  try {
    if (store.getMeta("seeded") === null) {
      process.stderr.write(`first use: building the store from ${atlasPaths.articles}\n`);
      const seed = readCorpusInputs(atlasPaths.articles);
      if (seed.length > 0) store.ingest(seed, getPipeline(), "seed:data/articles");
      store.setMeta("seeded", new Date().toISOString());
    }
    if (reprocess) {
      const change = store.reprocess(getPipeline());
      process.stdout.write(`reprocessed ${store.documentCount()} document(s), ${change.articleIds.length} article(s); corrections kept\n`);
    }
    const inputs = inputsFrom(paths);
    let refused = 0;
    const report = (r: IngestResult) => {
      if (r.status === "rejected") refused++;
      (r.status === "rejected" ? process.stderr : process.stdout).write(`${line(r)}\n`);
      for (const w of r.warnings) process.stderr.write(`          ${r.name}: ${w}\n`);
    };
    for (const x of inputs) if ("status" in x) report(x);
    const readable = inputs.filter((x): x is IngestInput => !("status" in x));
    if (readable.length > 0) store.ingest(readable, getPipeline, editor, report);
    return refused > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}

export const ingestCommand: Command = {
  usage: [
    "atlas ingest [--editor NAME] <file|dir...>   add articles (.txt, .md, .html) to the store (ATLAS_DB, default data/atlas.sqlite)",
    "atlas ingest --reprocess                     run the pipeline again over every stored document, keeping corrections",
  ],
  run: runIngest,
};
