import { foldLowered } from "./normalize";

/** A word of running text with its offsets; a trailing possessive "'s" is cut off and remembered. */
export interface Token {
  text: string;
  /** The text in lower case (asked for often enough to compute once). */
  lower: string;
  start: number;
  end: number;
  possessive: boolean;
  /** True when a sentence starts at this token. */
  sentenceStart: boolean;
  /** The text folded for lookups (see foldName), computed once. */
  folded: string;
  /** The token's position in the text's token list (neighbours are found by it, not by searching). */
  index: number;
}

const WORD = /(?:[A-Z]\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\d'’‘ʿʾ`\-]*|\d[\d,.]*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    const last = word.charCodeAt(word.length - 1);
    // Cheap character tests first: most words have no apostrophe, trailing mark or hyphen.
    if (last === 0x27 || last === 0x2019 || last === 0x73 /* s */) {
      const poss = /['’]s?$/u.exec(word);
      if (poss && word.length > poss[0].length + 1) {
        possessive = true;
        word = word.slice(0, -poss[0].length);
      }
    }
    const end = word.charCodeAt(word.length - 1);
    if (end === 0x2d /* - */ || end === 0x2018 /* ‘ */ || end === 0x60 /* ` */) word = word.replace(/[-‘`]+$/u, "");
    if (!word) continue;
    // Most words follow a single space: the gap is read as a string only when it is longer.
    const gap = start - lastEnd;
    let sentenceStart: boolean;
    if (tokens.length === 0) sentenceStart = true;
    else if (gap === 0) sentenceStart = false;
    else if (gap === 1) sentenceStart = text.charCodeAt(lastEnd) === 10;
    else {
      const between = text.slice(lastEnd, start);
      sentenceStart = /[.!?…:]["”’)\]*]*\s/.test(between) || between.includes("\n");
    }
    // "UK-based", "Iran-allied", "US-Israel": a name joined to a modifier or to another name is two words.
    const compound = word.includes("-") && !possessive ? (/^(\p{Lu}[\p{L}\p{M}.]*)-(\p{Ll}+)$/u.exec(word) ?? /^(\p{Lu}{2,4})-(\p{Lu}\p{L}+)$/u.exec(word)) : null;
    if (compound) {
      const head = compound[1]!;
      const tail = compound[2]!;
      const headLower = head.toLowerCase();
      const tailLower = tail.toLowerCase();
      tokens.push({ text: head, lower: headLower, folded: foldLowered(head, headLower), start, end: start + head.length, possessive: false, sentenceStart, index: tokens.length });
      tokens.push({ text: tail, lower: tailLower, folded: foldLowered(tail, tailLower), start: start + head.length + 1, end: start + word.length, possessive: false, sentenceStart: false, index: tokens.length });
    } else {
      const lower = word.toLowerCase();
      tokens.push({ text: word, lower, folded: foldLowered(word, lower), start, end: start + word.length, possessive, sentenceStart, index: tokens.length });
    }
    lastEnd = start + m[0].length;
  }
  return tokens;
}

/** Only spaces (no punctuation) separate two tokens, so they can belong to one name. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return !a.possessive && /^[ \t]+$|^[ \t]*-[ \t]*$/.test(text.slice(a.end, b.start)) ;
}

const capCache = new WeakMap<Token, boolean>();
/** Starts with a capital letter (ASCII answered without a regular expression). */
export const isCapitalised = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  let v = capCache.get(t);
  if (v === undefined) capCache.set(t, (v = /^\p{Lu}/u.test(t.text)));
  return v;
};
/** "al-Hol", "el-Balah", "ez-Zor": a lowercase Arabic article joined to a capitalised name. */
export const isArticleName = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return (c === 97 || c === 101) && /^(al|el|as|ash|ad|ar|at|az|an|ez|es|ed|en|er)[-‐]\p{Lu}/u.test(t.text);
};
export const isAllCaps = (t: Token): boolean => {
  // A lowercase ASCII second letter settles it at once (most capitalised words).
  const c1 = t.text.charCodeAt(1);
  if (c1 >= 97 && c1 <= 122) return false;
  return isAllCapsSlow(t);
};
const isAllCapsSlow = (t: Token): boolean => t.text.length >= 2 && isCapitalised(t) && t.text !== t.lower && t.text === t.text.toUpperCase() && /^[\p{Lu}.]{2,}$/u.test(t.text);
