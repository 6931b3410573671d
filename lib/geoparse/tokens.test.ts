import { describe, expect, it } from "vitest";
import { isCapitalised, tokenize, wordEndAt } from "./tokens";

/** The pattern the hand-written scan stands for (see tokens.ts): a word is what it matches. */
const WORD = /(?:[A-Z]\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\d'’‘ʿʾ`\-]*|\d[\d,.]*/gu;

/** Where each word the pattern finds starts and ends. */
const patternWords = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);

/** Where the scan finds words, stepping one position on where none starts (as tokenize does). */
function scannedWords(text: string): number[][] {
  const spans: number[][] = [];
  for (let i = 0; i < text.length; ) {
    const end = wordEndAt(text, i);
    if (end < 0) i++;
    else spans.push([i, (i = end)]);
  }
  return spans;
}

describe("tokenize", () => {
  it("scans the words the word pattern finds the word pattern finds, in every script and with marks, digits, initials and astral letters", () => {
    const texts = [
      "Shelling hit Ras al-Ayn and Deir ez-Zor on 3 March 2024, killing 1,200.5 people.",
      "The U.S.A. and U.K. met; the U.N. said A. Smith left. X.Y no, X.Y.Z yes.",
      "Şanlıurfa, Qamişli, São Paulo, Zürich, Ḥamāh, ʿAyn al-ʿArab and Ma'arrat al-Nu’man",
      "Combining: Hama\u0301 e\u0308 and a lone mark \u0301x, Arabic حلب and 北京 and Кобани.",
      "Astral letters 𝐀𝐁𝐂 and 𠜎𠜱 and emoji 😀 between, a lone surrogate \ud800 and \udc00x.",
      "Edge-cases: -dash, trailing-, 'quoted', `tick`, ‘left’, 9-11, 3.5km, v2.0, ª and º.",
      "",
      "...",
      "A",
      "AB.CD. E.F.G.H.I.J. e.g. i.e.",
    ];
    for (const text of texts) expect(scannedWords(text), text).toEqual(patternWords(text));
  });

  it("cuts a possessive off and remembers it", () => {
    const [t] = tokenize("Moscow's");
    expect(t).toMatchObject({ text: "Moscow", possessive: true, start: 0, end: 6 });
    const words = tokenize("Assad’s men, the rebels' lines, Homs and x's");
    expect(words.map((w) => [w.text, w.possessive])).toEqual([
      ["Assad", true],
      ["men", false],
      ["the", false],
      ["rebels", true],
      ["lines", false],
      ["Homs", false],
      ["and", false],
      ["x's", false],
    ]);
  });

  it("splits a name joined to a modifier into two words", () => {
    expect(tokenize("UK-based groups").map((t) => t.text)).toEqual(["UK", "based", "groups"]);
  });

  it("marks the first word after a full stop as a sentence start", () => {
    expect(tokenize("It ended. Then Homs").map((t) => t.sentenceStart)).toEqual([true, false, true, false]);
  });

  it("reads a gap of two characters as the sentence patterns do: a stop or colon and a space, or a line break", () => {
    const starts = (s: string) => tokenize(s).map((t) => t.sentenceStart);
    expect(starts("Idlib, Homs")).toEqual([true, false]);
    expect(starts("Idlib: Homs")).toEqual([true, true]);
    expect(starts("Idlib?\tHoms")).toEqual([true, true]);
    expect(starts("Idlib,\nHoms")).toEqual([true, true]);
    expect(starts("Idlib…\u00a0Homs")).toEqual([true, true]);
    expect(starts("Idlib’ Homs")).toEqual([true, false]);
  });
});

describe("isCapitalised", () => {
  const first = (text: string) => tokenize(text)[0]!;
  it("answers for capitals of any cased alphabet as the Unicode property does", () => {
    for (const w of ["Aleppo", "Şanlıurfa", "Ölüdeniz", "Ωmega", "Москва", "Ǆemal", "ℂomplex", "Ａrial"]) expect(isCapitalised(first(w)), w).toBe(/^\p{Lu}/u.test(w));
    for (const w of ["aleppo", "şanlıurfa", "ölüdeniz", "ωmega", "москва", "日本", "ǅemal"]) expect(isCapitalised(first(w)), w).toBe(false);
  });
  it("drops trailing hyphens, opening quotes and backticks from a word", () => {
    expect(tokenize("Idlib-‘` and")[0]!.text).toBe("Idlib");
    expect(tokenize("Syria’s forces")[0]!).toMatchObject({ text: "Syria", possessive: true });
  });
});
