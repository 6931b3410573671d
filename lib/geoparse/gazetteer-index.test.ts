import { mkdtempSync, writeFileSync } from "node:fs";
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
});
