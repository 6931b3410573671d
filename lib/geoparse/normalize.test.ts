import { describe, expect, it } from "vitest";
import { foldName, looseKey, singleLetters, skeletonKey, withoutLeadingArticle } from "./normalize";

describe("singleLetters", () => {
  it("writes every run of one repeated character once, as the pattern /(.)\\1+/g would", () => {
    for (const s of ["", "a", "tell", "deirezzor", "aaab bbbc", "x\n\ny", "mississippi", "😀😀", "ʿʿayn", "abc"]) {
      expect(singleLetters(s), s).toBe(s.replace(/(.)\1+/g, "$1"));
    }
  });
});

describe("skeletonKey", () => {
  it("keys one word as the patterns would: an article alone is nothing, an article fused to four more letters is dropped", () => {
    const ARTICLE = /^(al|el|il|as|ash|ad|adh|ar|at|ath|az|an|es|ed|er|et|ez|en|ul)$/;
    for (const w of ["al", "ash", "adh", "ul", "alb", "albukamal", "elbasan", "alepo", "aleppo", "allah", "el", "elle", "baniyas", "aalborg", "x", "alla"]) {
      expect(skeletonKey(w), w).toBe(ARTICLE.test(w) ? "" : singleLetters(w).replace(/^(?:al|el)(?=[a-z]{4})/, ""));
    }
  });
  it("gives a word on its own the key it has inside a name", () => {
    expect(skeletonKey("tell")).toBe("tel");
    expect(skeletonKey("alhasakah")).toBe("hasakah");
    expect(skeletonKey("al")).toBe("");
    expect(skeletonKey("deir ez zor")).toBe(skeletonKey("deirzor"));
  });
});

describe("withoutLeadingArticle", () => {
  it("drops a leading Arabic article word and nothing else", () => {
    expect(withoutLeadingArticle("ad daliyah")).toBe("daliyah");
    expect(withoutLeadingArticle("adra")).toBe("adra");
    expect(withoutLeadingArticle("al")).toBe("al");
    expect(withoutLeadingArticle("alba iulia")).toBe("alba iulia");
  });
});

describe("looseKey", () => {
  const key = (name: string) => looseKey(foldName(name));
  it("keys the press's spellings of one name alike: vowels, a y among them, doubled letters and q/k", () => {
    const pairs: Array<[string, string]> = [
      ["Jisr al-Shoughour", "Jisr ash-Shughur"],
      ["Qamishlo", "Qamishli"],
      ["Kasab", "Kessab"],
      ["Ain Issa", "Ayn Isa"],
      ["Kafr Zeita", "Kafr Zayta"],
      ["Derbasiyeh", "Darbasiyah"],
    ];
    for (const [a, b] of pairs) expect(key(a), `${a} / ${b}`).toBe(key(b));
  });
  it("keeps a y before a vowel as a consonant, so two different names do not share a key", () => {
    expect(key("Bayanoun")).not.toBe(key("Banan"));
    expect(key("Midan")).not.toBe(key("Mayadin"));
  });
});
