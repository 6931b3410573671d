import { parseAdminUnits } from "../geoparse/admin-path";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { groupReports } from "../events/group";
import type { Incident } from "../events/incident";
import { buildRegionIndex, parseGovernorates, type RegionIndex } from "../geoparse/regions";
import { applyIncidentCorrections } from "./corrections";
import type { Atlas, AtlasPaths, Pipeline } from "./corpus";
import { type AtlasStore, type IngestInput, type IngestResult, type StoreChange } from "./store";

/** Files in a folder that ingest reads: text, Markdown and HTML. */
export const INGESTIBLE = /\.(txt|md|markdown|x?html?)$/i;

export function readCorpusInputs(dir: string): IngestInput[] {
  return readdirSync(dir)
    .filter((f) => INGESTIBLE.test(f))
    .sort()
    .map((f) => ({ name: f, content: new Uint8Array(readFileSync(join(dir, f))) }));
}

/**
 * The atlas the server shows, kept in memory over the store. A write through
 * this object refreshes only the articles it touched and regroups reports; a
 * commit by another process (the `atlas ingest` command) is noticed on the
 * next read and the atlas is read again from the store.
 */
export class LiveAtlas {
  private atlas: Atlas;
  private grouped: Incident[];
  private seenVersion: number;
  private pipeline: Pipeline | null = null;

  constructor(
    readonly store: AtlasStore,
    readonly regions: RegionIndex,
    private readonly loadPipeline: () => Pipeline,
  ) {
    this.grouped = [];
    this.atlas = this.readAll();
    this.seenVersion = store.dataVersion();
  }

  /** Everything from the store, grouped once. */
  private readAll(): Atlas {
    const slice = this.store.loadSlice();
    this.grouped = groupReports(slice.reports);
    return { ...slice, incidents: applyIncidentCorrections(this.grouped, this.store.incidentCorrections()), regions: this.regions };
  }

  /** Opens the store and, on first start, fills it from the corpus folder. */
  static open(
    store: AtlasStore,
    paths: AtlasPaths,
    loadPipeline: (paths: AtlasPaths) => Pipeline,
    // Showing the store needs only the governorates, not the gazetteer (seconds to load).
    loadRegions: (paths: AtlasPaths) => RegionIndex = (p) => buildRegionIndex(parseGovernorates(readFileSync(p.governorates, "utf8")), parseAdminUnits(readFileSync(p.adminUnits, "utf8"))),
  ): LiveAtlas {
    let pipeline: Pipeline | null = null;
    const getPipeline = () => (pipeline ??= loadPipeline(paths));
    if (store.getMeta("seeded") === null) {
      const inputs = readCorpusInputs(paths.articles);
      if (inputs.length > 0) store.ingest(inputs, getPipeline(), "seed:data/articles");
      store.setMeta("seeded", new Date().toISOString());
    }
    const regions = pipeline ? (pipeline as Pipeline).regions : loadRegions(paths);
    return new LiveAtlas(store, regions, getPipeline);
  }

  /** The current atlas; read again from the store if another process wrote to it. */
  current(): Atlas {
    const version = this.store.dataVersion();
    if (version !== this.seenVersion) {
      this.atlas = this.readAll();
      this.seenVersion = version;
    }
    return this.atlas;
  }

  /** The gazetteer and regions, loaded on the first write that needs them. */
  getPipeline(): Pipeline {
    return (this.pipeline ??= this.loadPipeline());
  }

  ingest(inputs: IngestInput[], editor: string): IngestResult[] {
    const { results, change } = this.store.ingest(inputs, () => this.getPipeline(), editor);
    this.apply(change);
    return results;
  }

  /** Refreshes the touched articles from the store and regroups: the pipeline is not run again. */
  apply(change: StoreChange): Atlas {
    this.current();
    let { articles, mentions, reports } = this.atlas;
    const notices = [...this.atlas.notices];
    if (change.articleIds.length > 0) {
      const touched = new Set(change.articleIds);
      const slice = this.store.loadSlice(change.articleIds);
      const fresh = new Map(slice.articles.map((a) => [a.id, a]));
      // Replaced articles keep their place; new ones go last.
      articles = articles.flatMap((a) => (touched.has(a.id) ? (fresh.has(a.id) ? [fresh.get(a.id)!] : []) : [a]));
      const present = new Set(articles.map((a) => a.id));
      articles.push(...slice.articles.filter((a) => !present.has(a.id)));
      mentions = mentions.filter((m) => !touched.has(m.articleId)).concat(slice.mentions);
      reports = reports.filter((r) => !touched.has(r.articleId)).concat(slice.reports);
      notices.push(...slice.notices);
      this.grouped = groupReports(reports);
    }
    const incidents = applyIncidentCorrections(this.grouped, this.store.incidentCorrections());
    this.atlas = { articles, mentions, reports, incidents, regions: this.regions, notices };
    this.seenVersion = this.store.dataVersion();
    return this.atlas;
  }
}
