import { describe, expect, it } from "vitest";
import { frameRoles, namesContainer, roadNamedFrom, unplacedNameBefore } from "./frame";

/** The spans of the given names in a sentence, in order. */
function spans(sentence: string, ...names: string[]) {
  let from = 0;
  return names.map((n) => {
    const start = sentence.indexOf(n, from);
    if (start < 0) throw new Error(`${n} not in sentence`);
    from = start + n.length;
    return { start, end: start + n.length };
  });
}
const roles = (sentence: string, ...names: string[]) => frameRoles(sentence, spans(sentence, ...names));

describe("event frames: which place is where the event happened", () => {
  it("reads the countryside, district and governorate named after a village as its containers", () => {
    expect(roles("Gunmen attacked a checkpoint in Kafr Tala village in the southern Ruma countryside.", "Kafr Tala", "Ruma")).toEqual(["locus", "container"]);
    expect(roles("Clashes took place near Bilad town in Orda governorate.", "Bilad", "Orda")).toEqual(["locus", "container"]);
    expect(roles("Shelling hit Mazra in the countryside of Tella.", "Mazra", "Tella")).toEqual(["locus", "container"]);
    expect(roles("Two soldiers were killed in Daliya (Jabla, Ladiq).", "Daliya", "Jabla", "Ladiq")).toEqual(["locus", "container", "container"]);
    expect(roles("A sniper shot a soldier on the Ubayr axis in Hamra district, Orda.", "Ubayr", "Hamra", "Orda")).toEqual(["locus", "container", "container"]);
  });

  it("tells the origin of fire and the destination of the displaced from the locus", () => {
    const text = "Regime forces shelled Tall Nur from their positions in Suqa, displacing families towards Bayda.";
    expect(roles(text, "Tall Nur", "Suqa", "Bayda")).toEqual(["locus", "origin", "destination"]);
    expect(roles("Rockets fired from Kuma hit the market of Sarab.", "Kuma", "Sarab")).toEqual(["origin", "locus"]);
    expect(roles("Hundreds fled to Ramla after the strikes on Nasra.", "Ramla", "Nasra")).toEqual(["destination", "locus"]);
  });

  it("keeps two places joined by 'and' both loci", () => {
    expect(roles("Clashes erupted in Suqa and Bayda.", "Suqa", "Bayda")).toEqual(["locus", "locus"]);
    expect(namesContainer("Suqa and Bayda", { start: 0, end: 4 }, { start: 9, end: 14 })).toBe(false);
  });

  it("does not take a place after a full stop or a clause for a container", () => {
    expect(roles("Clashes hit Suqa, while jets struck Bayda.", "Suqa", "Bayda")).toEqual(["locus", "locus"]);
  });
});

describe("a container after a place the gazetteer does not know", () => {
  const at = (sentence: string, name: string) => {
    const start = sentence.indexOf(name);
    return { start, end: start + name.length };
  };
  it("finds the unplaced village, axis or base the text names before its container", () => {
    const s1 = "Gunmen shot a soldier in Zafrana town in Orda governorate.";
    expect(unplacedNameBefore(s1, at(s1, "Orda"), [at(s1, "Orda")])).toBe("Zafrana");
    const s2 = "A sniper killed a soldier on the Tell Qubtan axis in the western Orda countryside.";
    expect(unplacedNameBefore(s2, at(s2, "Orda"), [at(s2, "Orda")])).toBe("Tell Qubtan");
    const s3 = "Rebels shelled the Regiment 46 - Military Base in Orda countryside.";
    expect(unplacedNameBefore(s3, at(s3, "Orda"), [])).toMatch(/^Regiment 46/);
    const s4 = "Two families clashed in Bulad village, Orda.";
    expect(unplacedNameBefore(s4, at(s4, "Orda"), [])).toBe("Bulad");
  });

  it("says nothing when the place before is a mention, or when the area itself is named", () => {
    const s1 = "Gunmen shot a soldier in Zafrana town in Orda governorate.";
    expect(unplacedNameBefore(s1, at(s1, "Orda"), [at(s1, "Zafrana"), at(s1, "Orda")])).toBeNull();
    const s2 = "Shelling hit the southern Orda countryside.";
    expect(unplacedNameBefore(s2, at(s2, "Orda"), [])).toBeNull();
    const s4 = "Gunmen attacked the Kurdish neighbourhood of Orda.";
    expect(unplacedNameBefore(s4, at(s4, "Orda"), [])).toBeNull();
    const s3 = "Clashes broke out in the city of Orda.";
    expect(unplacedNameBefore(s3, at(s3, "Orda"), [])).toBeNull();
  });
});

describe("an unplaced name right before its container", () => {
  it("reads 'near X in Y province' and 'in X in the Y desert' as a place X inside Y", () => {
    const s1 = "Government forces clashed with militants near Talila in Orda province.";
    const start = s1.indexOf("Orda");
    expect(unplacedNameBefore(s1, { start, end: start + 4 }, [{ start, end: start + 4 }])).toBe("Talila");
    const s2 = "Clashes took place in Tlul al Safa in the Orda desert.";
    const at2 = s2.indexOf("Orda");
    expect(unplacedNameBefore(s2, { start: at2, end: at2 + 4 }, [])).toBe("Tlul al Safa");
  });
});

describe("a road named for the towns it joins", () => {
  it("places the event on the 'X-Y road' at its first-named end, not at both", () => {
    expect(roles("Gunmen killed a soldier on the Suqa-Tall Nur road in Orda countryside.", "Suqa", "Tall Nur", "Orda")).toEqual(["locus", "container", "container"]);
  });
});

describe("roadNamedFrom", () => {
  it("names the road a town begins, and nothing for a town on its own", () => {
    const s = "Gunmen attacked a patrol on the Suqa-Tall Nur road in Orda countryside.";
    const start = s.indexOf("Suqa");
    expect(roadNamedFrom(s, { start, end: start + 4 })).toBe("the Suqa-Tall Nur road");
    const t = "Gunmen attacked a patrol in Suqa.";
    expect(roadNamedFrom(t, { start: t.indexOf("Suqa"), end: t.indexOf("Suqa") + 4 })).toBeNull();
  });
});
