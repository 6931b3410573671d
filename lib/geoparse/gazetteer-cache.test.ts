import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "./gazetteer-cache";

const files = [{ path: join(__dirname, "fixtures", "SY-sample.txt"), source: "geonames:fixture" }];

describe("loadGazetteer", () => {
  it("builds the index once, then reads it back with the same answers", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-gaz-"));
    const first = loadGazetteer(files, dir);
    const second = loadGazetteer(files, dir);
    expect(first.from).toBe("built");
    expect(second.from).toBe("cache");
    expect(second.gazetteer.lookup("Beit Yashout")).toEqual(first.gazetteer.lookup("Beit Yashout"));
  });

  it("rebuilds an index cut short (a disk that filled up, a copy interrupted) instead of failing or answering from part of it", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-gaz-"));
    const built = loadGazetteer(files, dir);
    const file = join(dir, "gazetteer.idx");
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const again = loadGazetteer(files, dir);
    expect(again.from).toBe("built");
    expect(again.gazetteer.size).toBe(built.gazetteer.size);
    expect(readFileSync(file).length).toBe(whole.length);
  });
});
