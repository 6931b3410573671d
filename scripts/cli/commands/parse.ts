import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { Report } from "../../../lib/events/incident";
import { formatAdminPath } from "../../../lib/geoparse/admin-path";
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

function reportSummary(r: Report) {
  return {
    id: r.id,
    articleId: r.articleId,
    source: r.source,
    published: r.published,
    url: r.url,
    surface: r.place.surface,
    name: r.place.name,
    /** OCHA's governorate, district and sub-district (names, Arabic names, P-codes) and the place's own P-code; null abroad. */
    admin: r.place.admin ?? null,
    adminPath: formatAdminPath(r.place.name, r.place.admin),
    dateStart: r.dateStart,
    dateEnd: r.dateEnd,
    datePrecision: r.datePrecision,
    dateText: r.dateEvidence?.text ?? null,
    type: r.type,
    subType: r.subType,
    fatalities: r.fatalities ? { low: r.fatalities.low, best: r.fatalities.best, high: r.fatalities.high, victims: r.fatalities.victims ?? "unknown", text: r.fatalities.span.text } : null,
    actors: r.actors,
    attributedTo: r.attributedTo,
    evidence: r.evidence.text,
    evidenceStart: r.evidence.start,
    evidenceEnd: r.evidence.end,
  };
}

export const parseCommand: Command = {
  usage: ["atlas parse <file...>            print one GeoJSON FeatureCollection (incidents and mentions) for the files"],
  async run(files) {
    const docs = readDocuments(files);
    const atlas = processDocuments(docs, loadPipeline(defaultPaths(projectRoot())));
    for (const n of atlas.notices) process.stderr.write(`atlas parse: ${n.documentId}: ${n.message}\n`);
    const all = { source: [], region: [] };
    const incidents = new Map(atlas.incidents.map((i) => [i.id, i]));
    const mentions = new Map(atlas.mentions.map((m) => [m.id, m]));
    // Each incident also lists every article's account of it, side by side: publisher, dates, place, fatality claim and evidence.
    // Incidents and mentions carry their admin path flat (admin1…admin3 names and P-codes, pcode) and as one line of text.
    const withReports = incidentLayer(atlas, all).features.map((f) => {
      const incident = incidents.get(f.properties.id)!;
      return { ...f, properties: { ...f.properties, adminPath: formatAdminPath(incident.place.name, incident.place.admin), reports: incident.reports.map(reportSummary) } };
    });
    const withPaths = mentionLayer(atlas, all).features.map((f) => ({ ...f, properties: { ...f.properties, adminPath: formatAdminPath(f.properties.name, mentions.get(f.properties.id)?.admin) } }));
    const collection = {
      type: "FeatureCollection",
      features: [...withReports, ...withPaths],
    };
    process.stdout.write(`${JSON.stringify(collection)}\n`);
    return 0;
  },
};
