import { describe, expect, it } from "vitest";
import { parseGeoNamesRows } from "./gazetteer";
import { fixtureGazetteer, row } from "./test-fixture";
import { foldName, nameKeys, skeletonKey } from "./normalize";
import { recogniseNames } from "./recognize";
import { resolveNames } from "./resolve";

const gazetteer = fixtureGazetteer;

describe("name folding", () => {
  it("ignores diacritics, ʿayn marks, hyphens and the Arabic article", () => {
    expect(foldName("Ţarţūs")).toBe("tartus");
    expect(foldName("‘Afrīn")).toBe("afrin");
    expect(nameKeys("Ad Dālīyah")).toContain("daliyah");
    expect(nameKeys("al-Hol")).toContain("hol");
    expect(skeletonKey(foldName("Deir ez-Zor"))).toBe(skeletonKey(foldName("Deir Ezzor")));
  });
});

describe("gazetteer", () => {
  it("rejects rows that are not in GeoNames format, naming the line", () => {
    expect(() => parseGeoNamesRows("1\tX\tX", "bad.tsv")).toThrow(/bad.tsv: line 1/);
    expect(() => parseGeoNamesRows(row("1", "X", "", 95, 0, "P", "PPL", "SY", "01", 0), "bad.tsv")).toThrow(/invalid coordinates/);
  });

  it("finds places under spelling variants", () => {
    const g = gazetteer();
    expect(g.lookup("Banyas")[0]?.place.id).toBe("171830");
    expect(g.lookup("Lattakia")[0]?.place.id).toBe("173576");
    expect(g.lookup("al-Hawl camp")[0]?.place.id).toBe("sup:al-hol-camp");
  });
});

describe("recogniseNames", () => {
  const surfaces = (text: string) => recogniseNames(text, gazetteer()).filter((n) => !n.nonLiteral).map((n) => n.surface);

  it("finds place names with their offsets", () => {
    const text = "Clashes erupted in Baniyas and Lattakia.";
    const names = recogniseNames(text, gazetteer());
    expect(names.map((n) => [n.surface, text.slice(n.start, n.end)])).toEqual([
      ["Baniyas", "Baniyas"],
      ["Lattakia", "Lattakia"],
    ]);
  });

  it("does not take people's names or common words for places", () => {
    expect(surfaces("Hillary Clinton said so. Later, Clinton denied it. See page 4. Page Six reported.")).toEqual([]);
  });

  it("keeps reading a name as a place after it appears inside a longer phrase", () => {
    expect(surfaces("Fighting reached Baniyas. One Baniyas resident fled. Later, shelling hit Baniyas again.")).toEqual(["Baniyas", "Baniyas", "Baniyas"]);
  });

  it("reads a feature word after the name into the lookup", () => {
    const [name] = recogniseNames("Guards at the al-Hol camp withdrew.", gazetteer());
    expect(name?.matches[0]?.place.id).toBe("sup:al-hol-camp");
  });

  it("flags a capital standing for its government", () => {
    const names = recogniseNames("Ankara followed suit. Damascus imposed a curfew. Men linked to the Damascus government fired. Shops in Damascus closed.", gazetteer());
    expect(names.map((n) => [n.surface, n.nonLiteral !== null])).toEqual([
      ["Ankara", true],
      ["Damascus", true],
      ["Damascus", true],
      ["Damascus", false],
    ]);
  });

  it("reads a looser transliteration of a name with the Arabic article after a locative, not elsewhere", () => {
    const names = recogniseNames("Fighting broke out in Ad-Daaliyeh on Monday. Hossam ad-Daaliyeh spoke.", gazetteer());
    expect(names.map((n) => [n.surface, n.matches[0]?.place.id])).toEqual([["Ad-Daaliyeh", "174262"]]);
  });

  it("recognises a name the gazetteer lacks when the text calls it a village", () => {
    const names = recogniseNames("Officers were killed in the village of Fahel last year.", gazetteer());
    expect(names.map((n) => [n.surface, n.recognisedBy, n.matches.length])).toEqual([["Fahel", "cue", 0]]);
  });
});

describe("resolveNames", () => {
  const resolve = (text: string) => {
    const names = recogniseNames(text, gazetteer());
    return resolveNames(text, names).map((r) => ({ surface: r.name.surface, id: r.chosen?.match.place.id ?? null, confidence: r.confidence }));
  };

  it("uses an explicit container in the text to choose between same-named places", () => {
    const [daliyah] = resolve("In Daliyah, an Alawite village near Jableh, forces detained a man.");
    expect(daliyah).toMatchObject({ surface: "Daliyah", id: "174262" });
  });

  it("prefers the article's country focus", () => {
    const out = resolve("Violence spread across Syria. Fighting reached Latakia, Baniyas and Daliyah.");
    expect(out.find((o) => o.surface === "Daliyah")?.id).toBe("174262");
  });

  it("reports an ambiguous name as unresolved rather than guessing", () => {
    const out = resolve("Daliyah.");
    const daliyah = out.find((o) => o.surface === "Daliyah");
    expect(daliyah?.id ?? null).toBeNull();
    expect(daliyah!.confidence).toBeLessThan(0.5);
  });
});
