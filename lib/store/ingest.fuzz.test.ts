import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDocument } from "./document-input";
import { IngestError } from "./errors";
import { AtlasStore } from "./store";
import { testArticle, testPipeline } from "./test-pipeline";

/**
 * Random and truncated documents fed to ingest: it never throws anything but
 * an IngestError, refuses with a known code, and never disturbs what is stored.
 */
const pipeline = testPipeline();
const store = AtlasStore.open(":memory:");
store.ingest([{ name: "anchor.txt", content: testArticle(0) }], pipeline, "fuzz");
afterAll(() => store.close());

const html = fc
  .array(fc.constantFrom("<p>", "</p>", "<script>", "</script>", "<b>", "<!--", "-->", "&amp;", "&#0;", "<html>", "<a href='javascript:x'>", "Latakia", "killed", " ", "\n", "\u0000", "é"), { maxLength: 60 })
  .map((xs) => xs.join(""));
const truncated = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 50 })).map(([cut, n]) => new TextEncoder().encode(testArticle(n, "Baniyas")).slice(0, cut));
const documents = fc.oneof(fc.uint8Array({ maxLength: 600 }), fc.string({ maxLength: 600 }), fc.string({ unit: "grapheme", maxLength: 300 }), html, truncated);
const names = fc.oneof(fc.constantFrom("a.txt", "b.html", "c.md", "paste", ""), fc.string({ maxLength: 30 }));

describe("ingest under fuzzing", () => {
  it("prepareDocument only ever throws an IngestError", () => {
    fc.assert(
      fc.property(names, documents, (name, content) => {
        try {
          prepareDocument(name, content);
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the store reports every document as added, duplicate or refused with a known code, and keeps what it had", () => {
    const anchor = JSON.stringify(store.loadSlice(["anchor:0"]));
    fc.assert(
      fc.property(fc.array(fc.record({ name: names, content: documents }), { minLength: 1, maxLength: 4 }), (inputs) => {
        const { results } = store.ingest(inputs, pipeline, "fuzz");
        expect(results).toHaveLength(inputs.length);
        for (const r of results) {
          if (r.status === "rejected") expect(r.error?.code).not.toBe("processing-failed");
          else expect(r.documentId).not.toBeNull();
        }
      }),
      { numRuns: 150 },
    );
    expect(JSON.stringify(store.loadSlice(["anchor:0"]))).toBe(anchor);
    expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});
