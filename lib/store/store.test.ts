import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { StoreVersionError } from "./errors";
import { LATEST_VERSION } from "./migrations";
import { AtlasStore, ConflictError, NotFoundError } from "./store";
import { testArticle, testPipeline } from "./test-pipeline";

const pipeline = testPipeline();
const open: AtlasStore[] = [];
const memory = () => {
  const s = AtlasStore.open(":memory:");
  open.push(s);
  return s;
};
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe("AtlasStore ingest", () => {
  it("stores an article with its mentions and incidents, and shows them in the atlas", () => {
    const store = memory();
    const { results } = store.ingest([{ name: "one.txt", content: testArticle(1) }], pipeline, "ed");
    expect(results[0]).toMatchObject({ status: "added", documentId: "one", articles: 1, error: null });
    expect(results[0]!.reports).toBeGreaterThan(0);
    const atlas = store.loadAtlas(pipeline.regions);
    expect(atlas.articles.map((a) => a.documentId)).toEqual(["one"]);
    expect(atlas.incidents.some((i) => i.place.surface === "Latakia")).toBe(true);
  });

  it("stores the same content once, even under another name", () => {
    const store = memory();
    store.ingest([{ name: "a.txt", content: testArticle(1) }], pipeline, "ed");
    const { results } = store.ingest([{ name: "b.md", content: `${testArticle(1)}\r\n\r\n` }], pipeline, "ed");
    expect(results[0]).toMatchObject({ status: "duplicate", documentId: "a" });
    expect(store.documentCount()).toBe(1);
  });

  it("reports each bad file on its own and still adds the good ones", () => {
    const store = memory();
    const { results } = store.ingest(
      [
        { name: "empty.txt", content: new Uint8Array() },
        { name: "good.txt", content: testArticle(2) },
        { name: "bin.dat", content: new Uint8Array([0, 1, 2, 3]) },
        { name: "bad.txt", content: new Uint8Array([0xc3, 0x28]) },
      ],
      pipeline,
      "ed",
    );
    expect(results.map((r) => [r.name, r.status, r.error?.code ?? null])).toEqual([
      ["empty.txt", "rejected", "empty"],
      ["good.txt", "added", null],
      ["bin.dat", "rejected", "binary"],
      ["bad.txt", "rejected", "not-utf8"],
    ]);
    expect(store.documentCount()).toBe(1);
  });

  it("leaves what is stored untouched when a document is refused", () => {
    const store = memory();
    store.ingest([{ name: "good.txt", content: testArticle(3) }], pipeline, "ed");
    const before = JSON.stringify(store.loadAtlas(pipeline.regions));
    store.ingest([{ name: "x.html", content: "<script>evil()</script>" }, { name: "e.txt", content: "" }], pipeline, "ed");
    expect(JSON.stringify(store.loadAtlas(pipeline.regions))).toBe(before);
  });

  it("takes a bare text with no head as one undated article, and says so", () => {
    const store = memory();
    const { results } = store.ingest([{ name: "paste", content: "Two people were killed in shelling in Latakia on Monday." }], pipeline, "ed");
    expect(results[0]).toMatchObject({ status: "added", articles: 1 });
    expect(results[0]!.warnings.join(" ")).toMatch(/whole text is taken as one article/);
  });

  it("says so when a document has no place names", () => {
    const store = memory();
    const { results } = store.ingest([{ name: "none.txt", content: "The committee met on Tuesday and adjourned without a vote." }], pipeline, "ed");
    expect(results[0]!.status).toBe("added");
    expect(results[0]!.warnings.join(" ")).toMatch(/No place names were found/);
  });

  it("gives a second document with the same file name but other content its own id", () => {
    const store = memory();
    store.ingest([{ name: "report.txt", content: testArticle(1) }], pipeline, "ed");
    const { results } = store.ingest([{ name: "report.txt", content: testArticle(2) }], pipeline, "ed");
    expect(results[0]!.documentId).toMatch(/^report-[0-9a-f]{8}$/);
  });

  it("deletes a document with everything made of it, and records who did", () => {
    const store = memory();
    store.ingest([{ name: "a.txt", content: testArticle(1) }, { name: "b.txt", content: testArticle(2, "Baniyas") }], pipeline, "ed");
    store.deleteDocument("a", "alice");
    const atlas = store.loadAtlas(pipeline.regions);
    expect(atlas.articles.map((a) => a.documentId)).toEqual(["b"]);
    expect(atlas.reports.every((r) => r.articleId.startsWith("b:"))).toBe(true);
    expect(store.corrections({ kind: "delete-document" })[0]).toMatchObject({ target: "a", editor: "alice" });
    expect(() => store.deleteDocument("a", "alice")).toThrow(NotFoundError);
  });
});

describe("corrections", () => {
  const withLatakia = () => {
    const store = memory();
    store.ingest([{ name: "a.txt", content: testArticle(1) }], pipeline, "ed");
    // The body's Latakia, which the incident stands on (the title's is geoparsed too, but no incident is read from it).
    const atlas = store.loadAtlas(pipeline.regions);
    const mention = atlas.mentions.find((m) => m.surface === "Latakia" && atlas.reports.some((r) => r.mentionId === m.id))!;
    return { store, mention };
  };

  it("moves a mention to a clicked point, moves its incident, and records before and after", () => {
    const { store, mention } = withLatakia();
    const { correction } = store.correctMention(
      mention.id,
      { status: "resolved", placeId: "manual:35.1,35.9", name: "Somewhere", lat: 35.1, lon: 35.9, country: "SY", admin1: "SY-TA", precision: "town" },
      "alice",
    );
    expect(correction).toMatchObject({ kind: "mention", editor: "alice", before: { name: mention.name, lat: mention.lat } });
    const atlas = store.loadAtlas(pipeline.regions);
    const moved = atlas.mentions.find((m) => m.id === mention.id)!;
    expect(moved).toMatchObject({ name: "Somewhere", lat: 35.1, confidence: 1 });
    expect(moved.reason).toMatch(/Corrected by alice/);
    expect(atlas.incidents.find((i) => i.reports[0]!.mentionId === mention.id)!.place).toMatchObject({ lat: 35.1, lon: 35.9, admin1: "SY-TA" });
  });

  it("takes a mention marked not a place off the map with its incident", () => {
    const { store, mention } = withLatakia();
    store.correctMention(mention.id, { status: "not-a-place" }, "alice");
    const atlas = store.loadAtlas(pipeline.regions);
    expect(atlas.mentions.some((m) => m.id === mention.id)).toBe(false);
    expect(atlas.reports.some((r) => r.mentionId === mention.id)).toBe(false);
  });

  it("keeps corrections when the documents are processed again", () => {
    const { store, mention } = withLatakia();
    store.correctMention(mention.id, { status: "not-a-place" }, "alice");
    store.reprocess(pipeline);
    store.ingest([{ name: "again.txt", content: testArticle(1) }], pipeline, "bob");
    expect(store.loadAtlas(pipeline.regions).mentions.some((m) => m.id === mention.id)).toBe(false);
  });

  it("overrides an incident's date, type and fatalities, latest correction winning, and keeps it after re-processing", () => {
    const { store } = withLatakia();
    const incident = store.loadAtlas(pipeline.regions).incidents[0]!;
    store.correctIncident(incident, { type: "protests", fatalities: { low: 1, best: 1, high: null } }, "alice");
    store.correctIncident(incident, { dateStart: "2025-03-01", dateEnd: "2025-03-01", datePrecision: "day", fatalities: { low: 2, best: 3, high: 4 } }, "bob");
    store.reprocess(pipeline);
    const after = store.loadAtlas(pipeline.regions).incidents.find((i) => i.id === incident.id)!;
    expect(after).toMatchObject({ type: "protests", dateStart: "2025-03-01", fatalities: { low: 2, best: 3, high: 4 } });
    const audit = store.corrections({ kind: "incident", target: incident.id });
    expect(audit.map((c) => c.editor)).toEqual(["alice", "bob"]);
    expect(audit[0]!.before).toMatchObject({ type: incident.type });
  });

  it("places every unresolved mention of a name added to the local gazetteer, now and in later articles", () => {
    const store = memory();
    const text = (n: number) => `Shelling in Beit Zzyx ${n}\n\nBy Test Desk | March 3, 2025\n\nOn 2 March, ${n} people were killed in shelling in the village of Beit Zzyx, near Latakia.\n`;
    store.ingest([{ name: "a.txt", content: text(4) }], pipeline, "ed");
    const unresolved = store.unresolvedNames();
    expect(unresolved.map((u) => u.name)).toContain("Beit Zzyx");
    store.addLocalName("Beit Zzyx", { status: "resolved", placeId: "local:beit-zzyx", name: "Beit Zzyx", lat: 35.6, lon: 35.8, country: "SY", admin1: "SY-LA", precision: "town" }, "alice");
    store.ingest([{ name: "b.txt", content: text(5) }], pipeline, "ed");
    const placed = store.loadAtlas(pipeline.regions).mentions.filter((m) => m.surface === "Beit Zzyx");
    expect(new Set(placed.map((m) => m.articleId.split(":")[0]))).toEqual(new Set(["a", "b"]));
    for (const m of placed) expect(m).toMatchObject({ status: "resolved", lat: 35.6, placeId: "local:beit-zzyx" });
    expect(store.unresolvedNames().map((u) => u.name)).not.toContain("Beit Zzyx");
    expect(() => store.addLocalName("beit zzyx", placed[0] as never, "bob")).toThrow(ConflictError);
  });

  it("refuses a correction to a mention that does not exist", () => {
    expect(() => memory().correctMention("nope@1", { status: "not-a-place" }, "alice")).toThrow(NotFoundError);
  });
});

describe("saved views", () => {
  it("keeps saved views with the store (details in saved-views.test.ts)", () => {
    const store = memory();
    const v = store.views.createView({ title: "Coast", state: "region=SY-LA&from=2025-03-01" }, "alice");
    expect(store.views.listViews()).toEqual([v]);
  });
});

describe("stored rows", () => {
  it("checks rows again when the schemas changed, and reports those that no longer match instead of showing them", () => {
    const store = memory();
    store.ingest([{ name: "a.txt", content: testArticle(1) }], pipeline, "ed");
    const count = store.loadAtlas(pipeline.regions).mentions.length;
    store.db.prepare("UPDATE mentions SET json = ? WHERE rowid = (SELECT min(rowid) FROM mentions)").run(JSON.stringify({ from: "an older version" }));
    store.setMeta("row-schemas", "older");
    const atlas = store.loadAtlas(pipeline.regions);
    expect(atlas.mentions).toHaveLength(count - 1);
    expect(atlas.notices.map((n) => n.message).join(" ")).toMatch(/1 stored mentions no longer match/);
  });
});

describe("store file", () => {
  let dir = "";
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("runs its migrations once and records their versions", () => {
    dir = mkdtempSync(join(tmpdir(), "atlas-store-"));
    const path = join(dir, "atlas.sqlite");
    AtlasStore.open(path).close();
    const again = AtlasStore.open(path);
    const versions = again.db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all();
    again.close();
    expect(versions).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  it("refuses a store written by a newer version, and leaves it as it was", () => {
    dir = mkdtempSync(join(tmpdir(), "atlas-store-"));
    const path = join(dir, "future.sqlite");
    const db = new Database(path);
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    db.prepare("INSERT INTO schema_migrations VALUES (?, 'from the future', '2030-01-01')").run(LATEST_VERSION + 1);
    db.close();
    expect(() => AtlasStore.open(path)).toThrow(StoreVersionError);
    const check = new Database(path);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(["schema_migrations"]);
    check.close();
  });

  it("keeps acknowledged articles when reopened", () => {
    dir = mkdtempSync(join(tmpdir(), "atlas-store-"));
    const path = join(dir, "atlas.sqlite");
    const a = AtlasStore.open(path);
    a.ingest([{ name: "a.txt", content: testArticle(1) }], pipeline, "ed");
    a.close();
    writeFileSync(join(dir, "ignored"), "");
    const b = AtlasStore.open(path);
    expect(b.listDocuments().map((d) => d.id)).toEqual(["a"]);
    b.close();
  });
});
