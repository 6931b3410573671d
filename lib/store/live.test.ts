import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { AtlasPaths } from "./corpus";
import { LiveAtlas } from "./live";
import { AtlasStore } from "./store";
import { testArticle, testPipeline } from "./test-pipeline";

const pipeline = testPipeline();
let dir = "";
const stores: AtlasStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function setup(seedFiles: Record<string, string> = {}) {
  dir = mkdtempSync(join(tmpdir(), "atlas-live-"));
  const articles = join(dir, "articles");
  mkdirSync(articles);
  for (const [name, text] of Object.entries(seedFiles)) writeFileSync(join(articles, name), text);
  const paths: AtlasPaths = { root: dir, articles, gazetteer: [], governorates: join(dir, "none.geojson"), adminUnits: join(dir, "none.tsv") };
  const store = AtlasStore.open(join(dir, "atlas.sqlite"));
  stores.push(store);
  let loads = 0;
  const live = LiveAtlas.open(store, paths, () => (loads++, pipeline), () => pipeline.regions);
  return { live, store, loads: () => loads, path: join(dir, "atlas.sqlite"), paths };
}

describe("LiveAtlas", () => {
  it("builds the store from the corpus folder on first start, and only then", () => {
    const { live, store, paths } = setup({ "a.txt": testArticle(1), "b.md": testArticle(2, "Baniyas"), "notes.pdf": "ignored" });
    expect(live.current().articles.map((a) => a.documentId)).toEqual(["a", "b"]);
    store.deleteDocument("a", "alice");
    const again = LiveAtlas.open(store, paths, () => pipeline, () => pipeline.regions);
    expect(again.current().articles.map((a) => a.documentId)).toEqual(["b"]);
  });

  it("shows a new article at once after ingest, without reading everything again", () => {
    const { live } = setup({ "a.txt": testArticle(1) });
    const before = live.current();
    const [result] = live.ingest([{ name: "new.txt", content: testArticle(5, "Jableh") }], "alice");
    expect(result!.status).toBe("added");
    const after = live.current();
    expect(after.articles).toHaveLength(2);
    expect(after.incidents.some((i) => i.reports[0]!.articleId === "new:0")).toBe(true);
    // Articles not touched are the same objects: only the new one was read.
    expect(after.articles[0]).toBe(before.articles[0]);
  });

  it("moves an incident at once when its mention is corrected", () => {
    const { live, store } = setup({ "a.txt": testArticle(1) });
    // The body's Latakia, which the incident stands on (not the title's).
    const mention = live.current().mentions.find((m) => m.surface === "Latakia" && live.current().reports.some((r) => r.mentionId === m.id))!;
    const { change } = store.correctMention(mention.id, { status: "resolved", placeId: "manual:1", name: "Here", lat: 35.2, lon: 35.9, country: "SY", admin1: "SY-TA", precision: "town" }, "alice");
    live.apply(change);
    expect(live.current().incidents.find((i) => i.reports[0]!.mentionId === mention.id)!.place).toMatchObject({ name: "Here", admin1: "SY-TA" });
  });

  it("notices articles another process committed to the same file", () => {
    const { live, path } = setup({ "a.txt": testArticle(1) });
    expect(live.current().articles).toHaveLength(1);
    const other = AtlasStore.open(path);
    stores.push(other);
    other.ingest([{ name: "cli.txt", content: testArticle(9, "Baniyas") }], pipeline, "cli");
    expect(live.current().articles.map((a) => a.documentId)).toEqual(["a", "cli"]);
  });

  it("loads the gazetteer only when a document needs processing", () => {
    const { live, loads } = setup();
    expect(loads()).toBe(0);
    live.ingest([{ name: "empty.txt", content: "" }], "alice");
    expect(loads()).toBe(0);
    live.ingest([{ name: "a.txt", content: testArticle(1) }], "alice");
    expect(loads()).toBe(1);
  });
});
