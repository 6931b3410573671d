import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { geocodeName } from "../../lib/geoparse/geocode";
import { incidentLayer, mentionLayer } from "../../lib/layers/build";
import { defaultPaths, documentIdFor, loadPipeline, processDocuments } from "../../lib/store/corpus";
import { runBench } from "./bench";

const USAGE = `usage:
  atlas parse <file...>            print one GeoJSON FeatureCollection (incidents and mentions) for the files
  atlas geocode [--country CC]     read one place name per line on stdin, print one JSON object per line
  atlas bench [dir]                time the pipeline on a folder of articles (default: data/articles)
`;

class UsageError extends Error {}

function root(): string {
  return process.env.ATLAS_ROOT ?? process.cwd();
}

function readDocuments(files: string[]): Array<{ id: string; text: string }> {
  if (files.length === 0) throw new UsageError("atlas parse: name at least one file");
  return files.map((f) => {
    if (!existsSync(f)) throw new Error(`atlas parse: ${f}: no such file`);
    if (!statSync(f).isFile()) throw new Error(`atlas parse: ${f}: not a file`);
    const buf = readFileSync(f);
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return { id: documentIdFor(basename(f)), text };
  });
}

async function parse(files: string[]): Promise<number> {
  const docs = readDocuments(files);
  const atlas = processDocuments(docs, loadPipeline(defaultPaths(root())));
  for (const n of atlas.notices) process.stderr.write(`atlas parse: ${n.documentId}: ${n.message}\n`);
  const all = { source: [], region: [] };
  const collection = {
    type: "FeatureCollection",
    features: [...incidentLayer(atlas, all).features, ...mentionLayer(atlas, all).features],
  };
  process.stdout.write(`${JSON.stringify(collection)}\n`);
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
}

async function geocode(args: string[]): Promise<number> {
  let country: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--country") {
      country = args[++i];
      if (!country || !/^[A-Za-z]{2}$/.test(country)) throw new UsageError("atlas geocode: --country takes a two-letter ISO country code");
    } else throw new UsageError(`atlas geocode: unknown argument "${args[i]}"`);
  }
  const input = await readStdin();
  const { gazetteer } = loadPipeline(defaultPaths(root()));
  for (const line of input.split(/\r?\n/)) {
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(geocodeName(line.trim(), gazetteer, { country }))}\n`);
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "parse":
        return await parse(rest);
      case "geocode":
        return await geocode(rest);
      case "bench":
        return await runBench(rest[0] ?? defaultPaths(root()).articles);
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `atlas: unknown command "${command}"` : "atlas: no command given");
    }
  } catch (e) {
    const message = e instanceof TypeError && /encoded data was not valid/.test(e.message) ? "input is not valid UTF-8 text" : e instanceof Error ? e.message : String(e);
    process.stderr.write(`${message}\n`);
    if (e instanceof UsageError) {
      process.stderr.write(USAGE);
      return 2;
    }
    return 1;
  }
}
