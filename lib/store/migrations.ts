import type Database from "better-sqlite3";
import { StoreVersionError } from "./errors";

/**
 * The store's schema, one step per version. A step is never edited once
 * released: a change is a new step. Mentions and reports are kept as JSON
 * (validated by their zod schemas when read) with the columns queries need
 * beside them, so their schemas can grow without a migration.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: "documents, articles, mentions, reports, corrections, local gazetteer, saved views",
    sql: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        format TEXT NOT NULL,
        text TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL
      );
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        publisher TEXT,
        published TEXT,
        json TEXT NOT NULL
      );
      CREATE INDEX articles_document ON articles(document_id);
      CREATE TABLE mentions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        surface TEXT NOT NULL,
        name_key TEXT NOT NULL,
        status TEXT NOT NULL,
        place_id TEXT,
        lat REAL,
        lon REAL,
        json TEXT NOT NULL
      );
      CREATE INDEX mentions_article ON mentions(article_id);
      CREATE INDEX mentions_unresolved ON mentions(name_key) WHERE status = 'unresolved';
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        date_start TEXT,
        date_end TEXT,
        type TEXT NOT NULL,
        lat REAL NOT NULL,
        lon REAL NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX reports_article ON reports(article_id);
      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        article_id TEXT,
        surface TEXT,
        before TEXT,
        after TEXT,
        editor TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX corrections_target ON corrections(kind, target);
      CREATE INDEX corrections_article ON corrections(article_id);
      CREATE TABLE local_names (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        placement TEXT NOT NULL,
        editor TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE TABLE views (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        version INTEGER NOT NULL,
        state TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: "briefings; saved views get a note, a briefing and a position",
    // Views saved before keep version 1 and their name as the title; they join the default briefing in name order.
    // (No REFERENCES on the added column: SQLite allows it only with a NULL default; the store checks briefings.)
    sql: `
      CREATE TABLE briefings (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        position INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      INSERT INTO briefings (id, title, position, created_by, created_at, updated_by, updated_at)
        VALUES ('default', 'Briefing', 0, 'atlas', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'atlas', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      ALTER TABLE views ADD COLUMN briefing_id TEXT NOT NULL DEFAULT 'default';
      ALTER TABLE views ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE views ADD COLUMN note TEXT NOT NULL DEFAULT '';
      UPDATE views SET position = (SELECT count(*) FROM views AS o WHERE o.name < views.name OR (o.name = views.name AND o.id < views.id));
      CREATE INDEX views_briefing ON views(briefing_id, position);
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings the store up to the latest schema, each step in its own transaction; refuses a store from a newer version. */
export function migrate(db: Database.Database): number {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const current = (db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as { v: number | null }).v ?? 0;
  if (current > LATEST_VERSION) throw new StoreVersionError(current, LATEST_VERSION);
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const step of MIGRATIONS) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      record.run(step.version, step.name, new Date().toISOString());
    }).immediate();
  }
  return LATEST_VERSION;
}
