import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "./errors";
import { MIGRATIONS, migrate } from "./migrations";
import { AtlasStore } from "./store";
import { DEFAULT_BRIEFING_ID } from "./views";

const open: Array<{ close(): void }> = [];
const memory = () => {
  const s = AtlasStore.open(":memory:");
  open.push(s);
  return s.views;
};
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});
const titles = (views: Array<{ title: string }>) => views.map((v) => v.title);

describe("saved views", () => {
  it("creates a view at the end of the default briefing, with its author and version", () => {
    const views = memory();
    const a = views.createView({ title: "Coast", note: "Jableh and Baniyas", state: "v=1&region=SY-LA" }, "alice");
    const b = views.createView({ title: "North", state: "v=1&region=SY-AL" }, "bob");
    expect(a).toMatchObject({ title: "Coast", note: "Jableh and Baniyas", briefingId: DEFAULT_BRIEFING_ID, position: 0, version: 2, createdBy: "alice" });
    expect(b.position).toBe(1);
    expect(views.getView(a.id)).toEqual(a);
    expect(views.getBriefing(DEFAULT_BRIEFING_ID).views).toBe(2);
  });

  it("renames and edits the note, keeping who made it", () => {
    const views = memory();
    const a = views.createView({ title: "Coast", state: "v=1" }, "alice");
    const renamed = views.updateView({ id: a.id, title: "Coast, March", note: "Only day-precise dates" }, "bob");
    expect(renamed).toMatchObject({ title: "Coast, March", note: "Only day-precise dates", state: "v=1", createdBy: "alice", updatedBy: "bob" });
  });

  it("reorders a briefing's views and refuses a stale order", () => {
    const views = memory();
    const [a, b, c] = ["A", "B", "C"].map((title) => views.createView({ title, state: "v=1" }, "alice"));
    expect(titles(views.orderViews({ briefingId: DEFAULT_BRIEFING_ID, ids: [c!.id, a!.id, b!.id] }, "bob"))).toEqual(["C", "A", "B"]);
    expect(titles(views.listViews(DEFAULT_BRIEFING_ID))).toEqual(["C", "A", "B"]);
    expect(() => views.orderViews({ briefingId: DEFAULT_BRIEFING_ID, ids: [a!.id, b!.id] }, "bob")).toThrow(ConflictError);
    expect(titles(views.listViews(DEFAULT_BRIEFING_ID))).toEqual(["C", "A", "B"]);
  });

  it("closes the gap when a view is deleted or moved to another briefing", () => {
    const views = memory();
    const [a, b, c] = ["A", "B", "C"].map((title) => views.createView({ title, state: "v=1" }, "alice"));
    views.deleteView(a!.id);
    expect(views.listViews(DEFAULT_BRIEFING_ID).map((v) => [v.title, v.position])).toEqual([["B", 0], ["C", 1]]);
    const other = views.createBriefing({ title: "Weekly" }, "alice");
    views.createView({ title: "D", state: "v=1", briefingId: other.id }, "alice");
    const moved = views.updateView({ id: b!.id, briefingId: other.id }, "alice");
    expect(moved).toMatchObject({ briefingId: other.id, position: 1 });
    expect(views.listViews(DEFAULT_BRIEFING_ID).map((v) => [v.title, v.position])).toEqual([["C", 0]]);
    expect(c).toBeDefined();
  });

  it("answers NotFound for an unknown view or briefing", () => {
    const views = memory();
    expect(() => views.getView("nope")).toThrow(NotFoundError);
    expect(() => views.deleteView("nope")).toThrow(NotFoundError);
    expect(() => views.createView({ title: "T", state: "v=1", briefingId: "nope" }, "a")).toThrow(NotFoundError);
    expect(() => views.updateView({ id: "nope", title: "x" }, "a")).toThrow(NotFoundError);
  });
});

describe("briefings", () => {
  it("lists the default briefing first, then new ones, with view counts", () => {
    const views = memory();
    const w = views.createBriefing({ title: "Weekly" }, "alice");
    views.createView({ title: "A", state: "v=1", briefingId: w.id }, "alice");
    expect(views.listBriefings().map((b) => [b.title, b.views])).toEqual([["Briefing", 0], ["Weekly", 1]]);
    expect(views.renameBriefing({ id: w.id, title: "Weekly, Syria" }, "bob")).toMatchObject({ title: "Weekly, Syria", updatedBy: "bob" });
  });

  it("deletes only an empty briefing, never the default one", () => {
    const views = memory();
    const w = views.createBriefing({ title: "Weekly" }, "alice");
    const v = views.createView({ title: "A", state: "v=1", briefingId: w.id }, "alice");
    expect(() => views.deleteBriefing(w.id)).toThrow(/still holds 1/);
    expect(() => views.deleteBriefing(DEFAULT_BRIEFING_ID)).toThrow(ConflictError);
    views.deleteView(v.id);
    views.deleteBriefing(w.id);
    expect(views.listBriefings().map((b) => b.id)).toEqual([DEFAULT_BRIEFING_ID]);
  });
});

describe("migration 2", () => {
  it("keeps views saved by version 1: they open with their name as title, in the default briefing in name order", () => {
    const db = new Database(":memory:");
    // A store as version 1 left it, with two views saved then.
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    db.exec(MIGRATIONS[0]!.sql);
    db.prepare("INSERT INTO schema_migrations VALUES (1, 'v1', '2025-01-01')").run();
    const insert = db.prepare("INSERT INTO views (id, name, version, state, created_by, created_at, updated_by, updated_at) VALUES (?, ?, 1, ?, 'alice', 't', 'alice', 't')");
    insert.run("z1", "Zabadani", "region=SY-RD");
    insert.run("a1", "Aleppo", "region=SY-AL&from=2025-03-01");
    migrate(db);
    const store = new AtlasStore(db);
    open.push(store);
    const listed = store.views.listViews();
    expect(listed.map((v) => [v.title, v.position, v.briefingId, v.note, v.version])).toEqual([
      ["Aleppo", 0, DEFAULT_BRIEFING_ID, "", 2],
      ["Zabadani", 1, DEFAULT_BRIEFING_ID, "", 2],
    ]);
    expect(listed[0]!.state).toBe("region=SY-AL&from=2025-03-01");
    // Changing an old view writes it as the current version.
    expect(store.views.updateView({ id: "a1", note: "North" }, "bob")).toMatchObject({ title: "Aleppo", note: "North", version: 2 });
    expect((db.prepare("SELECT version FROM views WHERE id = 'a1'").pluck().get() as number)).toBe(2);
  });
});
