import { describe, expect, it } from "vitest";
import { foldName } from "./normalize";
import { fixtureGazetteer } from "./test-fixture";

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
