import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import { extractReports } from "../events/extract";
import { groupReports } from "../events/group";
import { type Incident, type Report, ReportSchema } from "../events/incident";
import { geoparseArticle } from "../geoparse/index";
import { textForGeoparsing } from "../ingest/readable-text";
import { type Mention, MentionSchema } from "../geoparse/mention";
import type { RegionIndex } from "../geoparse/regions";
import { type Article, ArticleSchema } from "../ingest/article";
import { ingestDocument } from "../ingest/index";
import type { Atlas, Pipeline } from "./corpus";
import {
  applyIncidentCorrections,
  applyMentionCorrections,
  type Correction,
  CorrectionSchema,
  type IncidentCorrection,
  type IncidentPatch,
  type LocalName,
  localNameKey,
  type MentionCorrection,
  type MentionPlacement,
  MentionPlacementSchema,
  type MentionVerdict,
} from "./corrections";
import { type PreparedDocument, prepareDocument } from "./document-input";
import { ConflictError, IngestError, NotFoundError } from "./errors";
import type { IngestResult } from "./results";
import { migrate } from "./migrations";
import { SavedViews } from "./saved-views";

/** One file or paste handed to ingest. */
export interface IngestInput {
  name: string;
  content: Uint8Array | string;
  /** Declared media type, when known (an upload's Content-Type). */
  type?: string | null;
}

export { IngestResultSchema, type IngestResult } from "./results";

export interface DocumentSummary {
  id: string;
  name: string;
  format: string;
  addedBy: string;
  addedAt: string;
  articles: number;
}

/** What a write changed, so the in-memory atlas can be refreshed without reading everything again. */
export interface StoreChange {
  /** Articles whose rows were added, replaced or removed. */
  articleIds: string[];
  /** Incident corrections changed: overrides must be laid again. */
  incidents?: boolean;
}

/** What is stored about some articles, with the editors' corrections applied. */
export interface ArticleSlice {
  articles: Article[];
  mentions: Mention[];
  reports: Report[];
  notices: Atlas["notices"];
}

export { ConflictError, NotFoundError };

type Row = Record<string, unknown>;

/** Fingerprint of the schemas stored rows are written in; a change means stored rows must be checked again. */
const ROW_SCHEMAS = createHash("sha256")
  .update(JSON.stringify([ArticleSchema, MentionSchema, ReportSchema].map((schema) => z.toJSONSchema(schema, { unrepresentable: "any" }))))
  .digest("hex")
  .slice(0, 16);
const now = () => new Date().toISOString();

/**
 * The embedded store (SQLite): documents, the articles, mentions and reports
 * made of them, editors' corrections, the local gazetteer and saved views.
 * Every write is one transaction: a document and everything made of it is
 * stored whole or not at all.
 */
export class AtlasStore {
  readonly db: Database.Database;
  /** Saved views and the briefings that order them. */
  readonly views: SavedViews;

  constructor(db: Database.Database) {
    this.db = db;
    db.pragma("journal_mode = WAL");
    // FULL: an acknowledged document survives a power cut, not only a killed process.
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    migrate(db);
    this.views = new SavedViews(db);
  }

  /** Opens (creating if needed) the store at `path`; ":memory:" for a throw-away one. */
  static open(path: string): AtlasStore {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    try {
      return new AtlasStore(db);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  close(): void {
    this.db.close();
  }

  /** Changes when another connection (the CLI, another server) commits to the file. */
  dataVersion(): number {
    return this.db.pragma("data_version", { simple: true }) as number;
  }

  getMeta(key: string): string | null {
    return (this.db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | undefined)?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(key, value);
  }

  documentCount(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
  }

  listDocuments(): DocumentSummary[] {
    return this.db
      .prepare(
        `SELECT d.id, d.name, d.format, d.added_by AS addedBy, d.added_at AS addedAt, (SELECT count(*) FROM articles a WHERE a.document_id = d.id) AS articles
         FROM documents d ORDER BY d.seq`,
      )
      .all() as DocumentSummary[];
  }

  documentText(id: string): string | null {
    return (this.db.prepare("SELECT text FROM documents WHERE id = ?").get(id) as { text: string } | undefined)?.text ?? null;
  }

  /**
   * Adds documents, each processed at once and committed on its own: one bad
   * file is reported and skipped, the others go in. The same content twice is stored once.
   * `onCommitted` is called after each document's transaction commits.
   */
  ingest(
    inputs: IngestInput[],
    pipeline: Pipeline | (() => Pipeline),
    editor: string,
    onCommitted?: (r: IngestResult) => void,
  ): { results: IngestResult[]; change: StoreChange } {
    const results: IngestResult[] = [];
    const articleIds: string[] = [];
    for (const input of inputs) {
      const result = this.ingestOne(input, pipeline, editor, articleIds);
      results.push(result);
      onCommitted?.(result);
    }
    return { results, change: { articleIds } };
  }

  private ingestOne(input: IngestInput, pipeline: Pipeline | (() => Pipeline), editor: string, changed: string[]): IngestResult {
    const base = { name: input.name, documentId: null, articles: 0, mentions: 0, reports: 0, warnings: [] as string[], error: null };
    try {
      const doc = prepareDocument(input.name, input.content, input.type);
      const existing = this.db.prepare("SELECT id FROM documents WHERE hash = ?").get(doc.hash) as { id: string } | undefined;
      if (existing)
        return { ...base, status: "duplicate", documentId: existing.id, warnings: [...doc.warnings, `Already stored as “${existing.id}”; not added again.`] };
      const id = this.freeDocumentId(doc);
      // The gazetteer is loaded only once a document needs it (duplicates and refusals do not).
      const processed = this.process(id, doc.text, typeof pipeline === "function" ? pipeline() : pipeline);
      const warnings = [...doc.warnings];
      if (processed.articles.length === 1 && processed.articles[0]!.foundBy.title === "none" && processed.articles[0]!.published === null)
        warnings.push("No article head (title, by-line, date) was recognised: the whole text is taken as one article with no publication date.");
      if (processed.mentions.length === 0) warnings.push("No place names were found in the document; it is stored but adds nothing to the map.");
      else if (processed.reports.length === 0) warnings.push("No incident was found in the document; its place names are on the mentions layer.");
      this.db
        .transaction(() => {
          this.db
            .prepare("INSERT INTO documents (id, name, hash, format, text, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .run(id, doc.name, doc.hash, doc.format, doc.text, editor, now());
          this.writeArticles(processed);
        })
        .immediate();
      changed.push(...processed.articles.map((a) => a.id));
      return {
        ...base,
        status: "added",
        documentId: id,
        articles: processed.articles.length,
        mentions: processed.mentions.length,
        reports: processed.reports.length,
        warnings,
      };
    } catch (e) {
      const error = e instanceof IngestError ? e : new IngestError("processing-failed", `${input.name}: the document could not be processed (${e instanceof Error ? e.message : String(e)}).`);
      return { ...base, status: "rejected", error: { code: error.code, message: error.message } };
    }
  }

  private freeDocumentId(doc: PreparedDocument): string {
    const stem = doc.name.replace(/\.(txt|md|markdown|x?html?)$/i, "").replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 80) || "document";
    const taken = this.db.prepare("SELECT 1 FROM documents WHERE id = ?");
    if (!taken.get(stem)) return stem;
    for (let n = 8; n <= 64; n += 8) {
      const id = `${stem}-${doc.hash.slice(0, n)}`;
      if (!taken.get(id)) return id;
    }
    throw new IngestError("bad-name", `${doc.name}: no free document id.`);
  }

  /** The pipeline over one document, with the editors' corrections and local names applied before incidents are extracted. */
  private process(documentId: string, text: string, pipeline: Pipeline): { articles: Article[]; machine: Mention[]; mentions: Mention[]; reports: Report[] } {
    let articles: Article[];
    try {
      articles = ingestDocument({ id: documentId, text });
    } catch (e) {
      throw new IngestError("processing-failed", `${documentId}: the document could not be split into articles (${e instanceof Error ? e.message : String(e)}).`);
    }
    // An analyst who adds a bare text means it as an article, even without a head (title, by-line, date) to recognise.
    if (articles.length === 0) articles = [wholeDocumentArticle(documentId, text)];
    const localNames = this.localNames();
    const out = { articles, machine: [] as Mention[], mentions: [] as Mention[], reports: [] as Report[] };
    for (const article of articles) {
      const machine = geoparseArticle(article.id, textForGeoparsing(article), pipeline.gazetteer, pipeline.regions, article.bodyStart);
      const effective = applyMentionCorrections(machine, this.mentionCorrectionsFor(article.id), localNames);
      out.machine.push(...machine);
      out.mentions.push(...effective);
      out.reports.push(...extractReports(article, effective));
    }
    return out;
  }

  private writeArticles(p: { articles: Article[]; machine: Mention[]; reports: Report[] }): void {
    const a = this.db.prepare("INSERT INTO articles (id, document_id, idx, publisher, published, json) VALUES (?, ?, ?, ?, ?, ?)");
    const m = this.db.prepare("INSERT INTO mentions (id, article_id, surface, name_key, status, place_id, lat, lon, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const x of p.articles) a.run(x.id, x.documentId, x.index, x.publisher, x.published, JSON.stringify(ArticleSchema.parse(x)));
    for (const x of p.machine)
      m.run(x.id, x.articleId, x.surface, localNameKey(x.surface), x.status, x.placeId, x.lat, x.lon, JSON.stringify(MentionSchema.parse(x)));
    this.writeReports(p.reports);
  }

  private writeReports(reports: Report[]): void {
    const r = this.db.prepare("INSERT INTO reports (id, article_id, date_start, date_end, type, lat, lon, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const x of reports) r.run(x.id, x.articleId, x.dateStart, x.dateEnd, x.type, x.place.lat, x.place.lon, JSON.stringify(ReportSchema.parse(x)));
  }

  /** Runs the pipeline again over stored documents (all, or those named): editors' corrections are kept and applied again. */
  reprocess(pipeline: Pipeline, documentIds?: string[]): StoreChange {
    const docs = (documentIds ?? (this.db.prepare("SELECT id FROM documents ORDER BY seq").pluck().all() as string[])).map((id) => ({ id, text: this.documentText(id) }));
    const changed: string[] = [];
    for (const doc of docs) {
      if (doc.text === null) continue;
      const old = this.db.prepare("SELECT id FROM articles WHERE document_id = ?").pluck().all(doc.id) as string[];
      const processed = this.process(doc.id, doc.text, pipeline);
      this.db
        .transaction(() => {
          this.db.prepare("DELETE FROM articles WHERE document_id = ?").run(doc.id);
          this.writeArticles(processed);
        })
        .immediate();
      changed.push(...old, ...processed.articles.map((a) => a.id));
    }
    return { articleIds: [...new Set(changed)] };
  }

  deleteDocument(id: string, editor: string): StoreChange {
    const row = this.db.prepare("SELECT name, hash, added_by, added_at FROM documents WHERE id = ?").get(id) as Row | undefined;
    if (!row) throw new NotFoundError(`No document with id “${id}”.`);
    const articleIds = this.db.prepare("SELECT id FROM articles WHERE document_id = ?").pluck().all(id) as string[];
    this.db
      .transaction(() => {
        this.db.prepare("DELETE FROM documents WHERE id = ?").run(id);
        this.recordCorrection("delete-document", id, null, null, row, null, editor);
      })
      .immediate();
    return { articleIds };
  }

  private recordCorrection(kind: Correction["kind"], target: string, articleId: string | null, surface: string | null, before: unknown, after: unknown, editor: string): number {
    const info = this.db
      .prepare("INSERT INTO corrections (kind, target, article_id, surface, before, after, editor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(kind, target, articleId, surface, JSON.stringify(before), JSON.stringify(after), editor, now());
    return Number(info.lastInsertRowid);
  }

  private parseCorrection(r: Row): Correction | null {
    const parsed = CorrectionSchema.safeParse({
      id: r.id,
      kind: r.kind,
      target: r.target,
      articleId: r.article_id ?? undefined,
      surface: r.surface ?? undefined,
      before: r.before === null ? null : JSON.parse(String(r.before)),
      after: r.after === null ? null : JSON.parse(String(r.after)),
      editor: r.editor,
      at: r.at,
    });
    return parsed.success ? parsed.data : null;
  }

  /** Every correction, oldest first; or those of one kind, target or article. */
  corrections(filter: { kind?: Correction["kind"]; target?: string; articleId?: string } = {}): Correction[] {
    const where: string[] = [];
    const args: string[] = [];
    if (filter.kind) (where.push("kind = ?"), args.push(filter.kind));
    if (filter.target) (where.push("target = ?"), args.push(filter.target));
    if (filter.articleId) (where.push("article_id = ?"), args.push(filter.articleId));
    const rows = this.db.prepare(`SELECT * FROM corrections ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id`).all(...args) as Row[];
    return rows.map((r) => this.parseCorrection(r)).filter((c): c is Correction => c !== null);
  }

  private mentionCorrectionsFor(articleId: string): MentionCorrection[] {
    return this.corrections({ kind: "mention", articleId }) as MentionCorrection[];
  }

  incidentCorrections(): IncidentCorrection[] {
    return this.corrections({ kind: "incident" }) as IncidentCorrection[];
  }

  localNames(): Map<string, LocalName> {
    const rows = this.db.prepare("SELECT key, name, placement, editor, at FROM local_names").all() as Row[];
    const out = new Map<string, LocalName>();
    for (const r of rows) {
      const placement = MentionPlacementSchema.safeParse(JSON.parse(String(r.placement)));
      if (placement.success) out.set(String(r.key), { key: String(r.key), name: String(r.name), placement: placement.data, editor: String(r.editor), at: String(r.at) });
    }
    return out;
  }

  /** A mention as the geoparser made it, before corrections. */
  mention(id: string): Mention | null {
    const row = this.db.prepare("SELECT json FROM mentions WHERE id = ?").get(id) as { json: string } | undefined;
    if (!row) return null;
    const parsed = MentionSchema.safeParse(JSON.parse(row.json));
    return parsed.success ? parsed.data : null;
  }

  private article(id: string): Article | null {
    const row = this.db.prepare("SELECT json FROM articles WHERE id = ?").get(id) as { json: string } | undefined;
    return row ? ArticleSchema.parse(JSON.parse(row.json)) : null;
  }

  /** Incidents are extracted from the mentions as corrected: after a correction an article's reports are extracted again. */
  private reextract(articleIds: string[]): void {
    const localNames = this.localNames();
    for (const id of articleIds) {
      const article = this.article(id);
      if (!article) continue;
      const machine = (this.db.prepare("SELECT json FROM mentions WHERE article_id = ? ORDER BY rowid").pluck().all(id) as string[]).map((j) => MentionSchema.parse(JSON.parse(j)));
      const effective = applyMentionCorrections(machine, this.mentionCorrectionsFor(id), localNames);
      this.db.prepare("DELETE FROM reports WHERE article_id = ?").run(id);
      this.writeReports(extractReports(article, effective));
    }
  }

  /** An editor moves a mention to another place, or says it is not a place. */
  correctMention(mentionId: string, verdict: MentionVerdict, editor: string): { correction: Correction; change: StoreChange } {
    const machine = this.mention(mentionId);
    if (!machine) throw new NotFoundError(`No mention with id “${mentionId}”.`);
    const current = applyMentionCorrections([machine], this.mentionCorrectionsFor(machine.articleId), this.localNames())[0];
    const before = current
      ? { status: current.status, placeId: current.placeId, name: current.name, lat: current.lat, lon: current.lon, precision: current.precision, admin1: current.admin1 }
      : { status: "not-a-place" };
    let id = 0;
    this.db
      .transaction(() => {
        id = this.recordCorrection("mention", mentionId, machine.articleId, machine.surface, before, verdict, editor);
        this.reextract([machine.articleId]);
      })
      .immediate();
    return { correction: this.corrections({ kind: "mention", target: mentionId }).find((c) => c.id === id)!, change: { articleIds: [machine.articleId] } };
  }

  /** An editor fixes an incident's date, type or fatalities; `before` is the incident as shown. */
  correctIncident(incident: Incident, patch: IncidentPatch, editor: string): { correction: Correction; change: StoreChange } {
    const before: Record<string, unknown> = {};
    for (const key of Object.keys(patch) as Array<keyof IncidentPatch>) before[key] = incident[key];
    const id = this.db.transaction(() => this.recordCorrection("incident", incident.id, null, null, before, patch, editor)).immediate();
    return { correction: this.corrections({ kind: "incident", target: incident.id }).find((c) => c.id === id)!, change: { articleIds: [], incidents: true } };
  }

  /** Names the geoparser could not place, with how often each occurs. */
  unresolvedNames(): Array<{ name: string; key: string; count: number }> {
    const local = this.localNames();
    return (
      this.db
        .prepare("SELECT name_key AS key, min(surface) AS name, count(*) AS count FROM mentions WHERE status = 'unresolved' GROUP BY name_key ORDER BY count DESC, name_key")
        .all() as Array<{ name: string; key: string; count: number }>
    ).filter((n) => !local.has(n.key));
  }

  /** An editor places a name in the local gazetteer: every unresolved mention of it, now and later, is placed there. */
  addLocalName(name: string, placement: MentionPlacement, editor: string): { correction: Correction; change: StoreChange } {
    const key = localNameKey(name);
    if (!key) throw new ConflictError("The name is empty.");
    let id = 0;
    let articleIds: string[] = [];
    this.db
      .transaction(() => {
        if (this.db.prepare("SELECT 1 FROM local_names WHERE key = ?").get(key)) throw new ConflictError(`“${name}” is already in the local gazetteer.`);
        const at = now();
        this.db.prepare("INSERT INTO local_names (key, name, placement, editor, at) VALUES (?, ?, ?, ?, ?)").run(key, name, JSON.stringify(placement), editor, at);
        id = this.recordCorrection("local-name", key, null, name, null, placement, editor);
        articleIds = this.db.prepare("SELECT DISTINCT article_id FROM mentions WHERE status = 'unresolved' AND name_key = ?").pluck().all(key) as string[];
        this.reextract(articleIds);
      })
      .immediate();
    return { correction: this.corrections({ kind: "local-name", target: key }).find((c) => c.id === id)!, change: { articleIds } };
  }

  /** Stored articles (all, or those named) with the corrections applied; rows that no longer match their schema are reported, not shown. */
  loadSlice(articleIds?: string[]): ArticleSlice {
    const notices: Atlas["notices"] = [];
    const select = (table: string, column: string, order: string): string[] => {
      if (!articleIds) return this.db.prepare(`SELECT json FROM ${table} ORDER BY ${order}`).pluck().all() as string[];
      const stmt = this.db.prepare(`SELECT json FROM ${table} WHERE ${column} = ? ORDER BY ${order}`).pluck();
      return articleIds.flatMap((id) => stmt.all(id) as string[]);
    };
    // Rows are validated when written; read back they are checked again only if the schemas changed since.
    const trusted = this.getMeta("row-schemas") === ROW_SCHEMAS;
    const parseAll = <T>(jsons: string[], schema: z.ZodType<T>, what: string): T[] => {
      if (trusted) return jsons.map((j) => JSON.parse(j) as T);
      const out: T[] = [];
      let bad = 0;
      for (const j of jsons) {
        const r = schema.safeParse(JSON.parse(j));
        if (r.success) out.push(r.data);
        else bad++;
      }
      if (bad) notices.push({ documentId: "store", message: `${bad} stored ${what} no longer match the current schema; run \`atlas ingest --reprocess\`.` });
      return out;
    };
    const articles = parseAll(
      articleIds ? select("articles", "id", "idx") : (this.db.prepare("SELECT a.json FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY d.seq, a.idx").pluck().all() as string[]),
      ArticleSchema,
      "articles",
    );
    const machine = parseAll(select("mentions", "article_id", "rowid"), MentionSchema, "mentions");
    const corrections = (articleIds ? articleIds.flatMap((id) => this.mentionCorrectionsFor(id)) : this.corrections({ kind: "mention" })) as MentionCorrection[];
    const mentions = applyMentionCorrections(machine, corrections, this.localNames());
    const reports = parseAll(select("reports", "article_id", "rowid"), ReportSchema, "reports");
    // Every row matched the current schemas: later reads can skip checking them.
    if (!articleIds && !trusted && notices.length === 0) this.setMeta("row-schemas", ROW_SCHEMAS);
    return { articles, mentions, reports, notices };
  }

  /** Everything stored, as the atlas the dashboard shows. */
  loadAtlas(regions: RegionIndex): Atlas {
    const slice = this.loadSlice();
    return { ...slice, incidents: applyIncidentCorrections(groupReports(slice.reports), this.incidentCorrections()), regions };
  }
}

/** The whole text as one article whose publisher, title and date are unknown. */
function wholeDocumentArticle(documentId: string, text: string): Article {
  const start = text.length - text.trimStart().length;
  return ArticleSchema.parse({
    id: `${documentId}:0`,
    documentId,
    index: 0,
    publisher: null,
    url: null,
    title: null,
    author: null,
    published: null,
    postedOnPage: null,
    foundBy: { publisher: "none", url: "none", title: "none", author: "none", published: "none" },
    text: text.trim(),
    offset: start,
  });
}
