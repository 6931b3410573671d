import { describe, expect, it } from "vitest";
import { ENGLISH_WORDS } from "./english-words";
import { buildGazetteer } from "./gazetteer";
import { resolveSpans } from "./resolve-spans";
import { row } from "./test-fixture";

const gazetteer = buildGazetteer(
  [
    { path: "places.tsv", source: "test" },
    { path: "words.json", source: "an-array-of-english-words", kind: "common-words" },
  ],
  (path) =>
    path === "words.json"
      ? JSON.stringify([...ENGLISH_WORDS])
      : [
          row("5308480", "Page", "", 36.91, -111.46, "P", "PPL", "US", "AZ", 7_500),
          row("2153000", "Page", "", -35.2, 149.05, "P", "PPLA2", "AU", "ACT", 20_000),
          row("5294810", "Flagstaff", "", 35.2, -111.65, "P", "PPLA2", "US", "AZ", 71_459),
          row("5289282", "Chandler", "", 33.31, -111.84, "P", "PPL", "US", "AZ", 247_477),
        ].join("\n"),
);

describe("resolveSpans", () => {
  it("resolves a given span among every entry of its name, not only those the recogniser lets a common word be", () => {
    const text = "Flagstaff, Chandler and Page reported snow.";
    const start = text.indexOf("Page");
    const [page] = resolveSpans(text, [{ start, end: start + 4 }], gazetteer);
    expect(page?.id).toBe("5308480");
  });
});
