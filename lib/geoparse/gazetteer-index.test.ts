import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGazetteerIndex, gazetteerFromIndex } from "./gazetteer";
import { readIndexFile, serializeIndex } from "./gazetteer-index";

const FIXTURES = join(__dirname, "fixtures");

function writtenIndex() {
  const index = buildGazetteerIndex([{ path: join(FIXTURES, "SY-sample.txt"), source: "geonames:fixture" }]);
  const file = join(mkdtempSync(join(tmpdir(), "atlas-idx-")), "gazetteer.idx");
  writeFileSync(file, serializeIndex(index, { fingerprint: "f1" }));
  return { index, file };
}

describe("readIndexFile", () => {
  it("reads back an index that answers lookups as the one written, the loose keys included", () => {
    const { index, file } = writtenIndex();
    const read = readIndexFile(file, (meta) => meta?.fingerprint === "f1");
    expect(read).not.toBeNull();
    const before = gazetteerFromIndex(index);
    const after = gazetteerFromIndex(read!);
    expect(after.size).toBe(before.size);
    expect(after.lookup("Beit Yashout")).toEqual(before.lookup("Beit Yashout"));
    // "Bait Yashut" is only a loose spelling: answered from the table read on first use.
    expect(after.lookup("Bait Yashut", { loose: true })).toEqual(before.lookup("Bait Yashut", { loose: true }));
    expect(after.lookup("Bait Yashut", { loose: true }).length).toBeGreaterThan(0);
  });

  it("returns null for an index stored with other meta, and for a file that is not an index", () => {
    const { file } = writtenIndex();
    expect(readIndexFile(file, (meta) => meta?.fingerprint === "other")).toBeNull();
    const junk = join(mkdtempSync(join(tmpdir(), "atlas-idx-")), "junk.idx");
    writeFileSync(junk, "not an index at all");
    expect(readIndexFile(junk, () => true)).toBeNull();
  });

  it("refuses an index cut short with an error (the loader then rebuilds it) rather than returning part of it", () => {
    const { file } = writtenIndex();
    const whole = readFileSync(file);
    const cut = join(mkdtempSync(join(tmpdir(), "atlas-idx-")), "cut.idx");
    writeFileSync(cut, whole.subarray(0, whole.length - 64));
    expect(() => readIndexFile(cut, () => true)).toThrow(/truncated/);
  });
});

describe("lookup of runs of several words", () => {
  const names = [
    "Ra's al 'Ayn", "Ras al-Ain", "Deir ez-Zor", "Tall Abyad", "Tell Abyad", "Jisr ash Shughur", "Al Hasakah", "Dayr az Zawr",
  ];
  const rows = [
    ["165509", "Ra's al 'Ayn", "Ras al-Ain,Ras al-Ayn", 36.85, 40.07],
    ["170794", "Deir ez-Zor", "Dayr az Zawr", 35.34, 40.14],
    ["163750", "Tall Abyad", "Tell Abyad", 36.7, 38.95],
    ["169023", "Jisr ash Shughur", "", 35.81, 36.32],
    ["173335", "Al Hasakah", "", 36.5, 40.75],
  ].map(([id, name, alt, lat, lon]) => [id, name, name, alt, lat, lon, "P", "PPL", "SY", "", "01", "", "", "", 1000, "", "", "", ""].join("\t"));
  const gazetteer = gazetteerFromIndex(buildGazetteerIndex([{ path: "sy.tsv", source: "test" }], () => rows.join("\n")));

  it("still finds every name of several words, however its first word is spelt in the gazetteer", () => {
    for (const n of names) expect(gazetteer.lookup(n).length, n).toBeGreaterThan(0);
    // Looser spellings of the same names, through the skeleton key.
    expect(gazetteer.lookup("Deir Ezzor").map((m) => m.place.id)).toContain("170794");
    expect(gazetteer.lookup("Tal Abyad", { loose: true }).map((m) => m.place.id)).toContain("163750");
  });

  it("answers a run whose first word begins no name of several words with nothing", () => {
    expect(gazetteer.lookup("Chiquita Raquel")).toEqual([]);
  });
});
