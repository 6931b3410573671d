import { describe, expect, it } from "vitest";
import { foldName } from "./normalize";
import { buildGazetteer } from "./gazetteer";
import { fixtureGazetteer, row } from "./test-fixture";

describe("mayBeginMultiWordName", () => {
  it("is false for names of several words whose first begins no such gazetteer name, and their plain lookup finds nothing", () => {
    const g = fixtureGazetteer();
    for (const name of ["chiquita raquel", "hillary clinton said", "damascus caliphate"]) {
      expect(g.mayBeginMultiWordName(name), name).toBe(false);
      expect(g.lookup(name), name).toEqual([]);
    }
  });
  it("is true for the first words of a gazetteer name, with or without the Arabic article, and for any single word", () => {
    const g = fixtureGazetteer();
    // "Al-Hol Camp": its first word, "al" aside, is "hol" (and a doubled letter single, as the heads are keyed).
    for (const name of ["al hol camp", "hol camp", "al hol camp x", "ash hol camp", "damascus", "al hol"]) expect(g.mayBeginMultiWordName(name), name).toBe(true);
    expect(g.lookup("al hol camp").length).toBeGreaterThan(0);
  });
});

describe("lookupFolded", () => {
  it("answers a folded name as lookup answers the name as written", () => {
    const g = fixtureGazetteer();
    for (const name of ["Bāniyās", "Al-Hol Camp", "Latakia", "Ad Dālīyah", "Chiquita"]) expect(g.lookupFolded(foldName(name)), name).toEqual(fixtureGazetteer().lookup(name));
  });
});

describe("keys beyond ASCII", () => {
  it("finds names whose folded keys keep letters beyond ASCII, of two bytes and of three in UTF-8", () => {
    const rows = [row("1", "Tromsø", "", 69.6, 18.9, "P", "PPLA", "NO", "18", 77000), row("2", "Iğdır", "", 39.9, 44.0, "P", "PPLA", "TR", "80", 100000), row("3", "Ærøskøbing", "", 54.9, 10.4, "P", "PPL", "DK", "21", 900), row("4", "Ŋaŋa ẞtadt", "", 1, 1, "P", "PPL", "XX", "00", 1)];
    const g = buildGazetteer([{ path: "rows.tsv", source: "test" }], () => rows.join("\n"));
    for (const [name, id] of [["Tromsø", "1"], ["Iğdır", "2"], ["Ærøskøbing", "3"], ["Ŋaŋa ẞtadt", "4"]] as const) expect(g.lookup(name).map((m) => m.place.id), name).toEqual([id]);
  });
});
