import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { incidentLayer, mentionLayer } from "../../../lib/layers/build";
import { defaultPaths, documentIdFor, loadPipeline, processDocuments } from "../../../lib/store/corpus";
import { type Command, projectRoot, UsageError } from "../command";

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

export const parseCommand: Command = {
  usage: ["atlas parse <file...>            print one GeoJSON FeatureCollection (incidents and mentions) for the files"],
  async run(files) {
    const docs = readDocuments(files);
    const atlas = processDocuments(docs, loadPipeline(defaultPaths(projectRoot())));
    for (const n of atlas.notices) process.stderr.write(`atlas parse: ${n.documentId}: ${n.message}\n`);
    const all = { source: [], region: [] };
    const collection = {
      type: "FeatureCollection",
      features: [...incidentLayer(atlas, all).features, ...mentionLayer(atlas, all).features],
    };
    process.stdout.write(`${JSON.stringify(collection)}\n`);
    return 0;
  },
};
