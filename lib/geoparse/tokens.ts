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

/**
 * Words are what the pattern `(?:[A-Z]\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\d'’‘ʿʾ`\-]*|\d[\d,.]*` (with the `u` flag)
 * matches: initials ("U.S."), words of letters and marks with digits, apostrophes and hyphens inside, and numbers. The
 * scan is written out by hand: the pattern's match objects were a sixth of a fresh pass's allocation.
 */
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Per UTF-16 code point below 0x10000: 0 not yet asked, 1 a letter or mark, 2 neither. */
const letterClass = new Uint8Array(0x10000);

function isLetterOrMark(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp > 0xffff) return LETTER_OR_MARK.test(String.fromCodePoint(cp));
  let v = letterClass[cp]!;
  if (v === 0) letterClass[cp] = v = LETTER_OR_MARK.test(String.fromCharCode(cp)) ? 1 : 2;
  return v === 1;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** End of the initials "U.S.A." starting at `i` (two or more capital-and-period pairs), or -1. */
function initialsEnd(text: string, n: number, i: number): number {
  // Every read within the text: reading past its end answers NaN but sends V8's optimised code back to the interpreter.
  const last = n - 1;
  let j = i;
  // The end moves by two or by nothing on every step, so its arithmetic has type feedback before the stream's first
  // initials (an addition first reached there would send the optimised tokenizer back to the compiler).
  for (let step = 2; step > 0; j += step) {
    const c = j < last ? text.charCodeAt(j) : 0;
    step = c >= 65 && c <= 90 && text.charCodeAt(j + 1) === 46 ? 2 : 0;
  }
  return j - i >= 4 ? j : -1;
}

/** End of the word of letters starting at `i` (whose first code point, a letter or mark, is `width` units long). */
function letterWordEnd(text: string, n: number, i: number, width: number): number {
  let end = i + width;
  while (end < n) {
    const d = text.charCodeAt(end);
    if (d < 128) {
      if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || isDigit(d) || d === 0x27 || d === 0x60 || d === 0x2d) {
        end++;
        continue;
      }
      return end;
    }
    if (d === 0x2019 || d === 0x2018) {
      end++;
      continue;
    }
    const cp = text.codePointAt(end)!;
    if (!isLetterOrMark(cp)) return end;
    end += cp > 0xffff ? 2 : 1;
  }
  return end;
}

/** End of the number starting at `i`: digits, commas and periods. */
function numberEnd(text: string, n: number, i: number): number {
  let end = i + 1;
  while (end < n && (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === 44 || text.charCodeAt(end) === 46)) end++;
  return end;
}

/**
 * The end of the word that starts at `i`, or -1 when none does there. Scanning one position on after a -1 finds the
 * pattern's words: half a surrogate pair is never a letter, a digit or a capital.
 */
export function wordEndAt(text: string, i: number, n: number = text.length): number {
  const c = text.charCodeAt(i);
  // Asked at every capital (it answers -1 at once unless a period follows), and every code point read by charCodeAt:
  // a call or method first reached only at the stream's first initials or first character beyond U+D7FF would meet the
  // optimised tokenizer without type feedback and send it back to the compiler.
  if (c >= 65 && c <= 90) {
    const end = initialsEnd(text, n, i);
    if (end >= 0) return end;
  }
  const cp = codePointAt(text, n, i, c);
  if (isLetterOrMark(cp)) return letterWordEnd(text, n, i, cp > 0xffff ? 2 : 1);
  return isDigit(c) ? numberEnd(text, n, i) : -1;
}

/**
 * What `text.codePointAt(i)` gives, from the code unit `c` there (a surrogate pair combined), by charCodeAt only. Every
 * operation runs at every call, whether or not `c` begins a pair: one run only at the first pair would have no type
 * feedback then.
 */
function codePointAt(text: string, n: number, i: number, c: number): number {
  const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
  const pair = ((c & 0xfc00) ^ 0xd800) | ((d & 0xfc00) ^ 0xdc00);
  const combined = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  return pair === 0 ? combined : c;
}

/** Whether text[from .. to) has a hyphen-minus. */
function hasHyphen(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x2d) return true;
  return false;
}

/** What alphanumericKind answers: text of other characters, ASCII letters and digits with a capital, or without one. */
const OTHER = 0;
const ALPHANUMERIC = 1;
const LOWER_ALPHANUMERIC = 2;

/** Whether text[from .. to) is only ASCII letters and digits, and whether any letter is a capital (read from the text: see tokenize). */
function alphanumericKind(text: string, from: number, to: number): number {
  let kind = LOWER_ALPHANUMERIC;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) kind = ALPHANUMERIC;
    else return OTHER;
  }
  return kind;
}

const isTrailingMark = (c: number) => c === 0x2d /* - */ || c === 0x2018 /* ‘ */ || c === 0x60; /* ` */

/**
 * The text's words. `n` is the text's length, read by the caller: a `.length` read is compiled for the kinds of string
 * met before (V8 keeps a text of Latin-1 characters and one with any character beyond them apart), and the tokenizer,
 * optimised during the first article, would otherwise be sent back to the compiler by the first text of the other kind.
 */
export function tokenize(text: string, n: number = text.length): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  for (let i = 0; i < n; ) {
    const matchEnd = wordEndAt(text, i, n);
    if (matchEnd < 0) {
      i++;
      continue;
    }
    const start = i;
    i = matchEnd;
    // The word's end is settled on the text before the word is cut out once: a cut made only for a rare ending (a
    // trailing hyphen) would reach the optimised code without type feedback and send it back to the compiler.
    let wordEnd = matchEnd;
    let possessive = false;
    const last = text.charCodeAt(wordEnd - 1);
    // Cheap character tests first: most words have no apostrophe, trailing mark or hyphen.
    if (last === 0x27 || last === 0x2019 || last === 0x73 /* s */) {
      // "'", "’", "'s" or "’s" at the end (no match object made for every word ending in s).
      const length = wordEnd - start;
      const mark = last !== 0x73 ? last : length > 1 ? text.charCodeAt(wordEnd - 2) : 0;
      const cut = mark !== 0x27 && mark !== 0x2019 ? 0 : last === 0x73 ? 2 : 1;
      if (cut > 0 && length > cut + 1) {
        possessive = true;
        wordEnd -= cut;
      }
    }
    // Trailing hyphens, opening quotes and backticks are not part of the word.
    // (The end moves by nothing or one on every step, so the arithmetic has type feedback before a word ever ends so.)
    for (let trailing = true; trailing; ) {
      trailing = wordEnd > start && isTrailingMark(text.charCodeAt(wordEnd - 1));
      wordEnd -= trailing ? 1 : 0;
    }
    if (wordEnd === start) continue;
    const word = text.slice(start, wordEnd);
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
    // Both patterns begin with a capital: "al-Assad", "so-called" (a lowercase ASCII first letter) are settled at once.
    // The word's first character, its length and its hyphen are read from the text, not from the word: the words come
    // in several of V8's string representations (copied or sliced, Latin-1 or not), and reads of them compile to
    // generic calls, where reads of the text (one or two representations) compile to a character load.
    const first = text.charCodeAt(start);
    let kind = OTHER;
    const compound =
      !possessive && !(first >= 97 && first <= 122) && hasHyphen(text, start, wordEnd) ? (/^(\p{Lu}[\p{L}\p{M}.]*)-(\p{Ll}+)$/u.exec(word) ?? /^(\p{Lu}{2,4})-(\p{Lu}\p{L}+)$/u.exec(word)) : null;
    if (compound) {
      const head = compound[1]!;
      const tail = compound[2]!;
      const headLower = head.toLowerCase();
      const tailLower = tail.toLowerCase();
      tokens.push({ text: head, lower: headLower, folded: foldLowered(head, headLower), start, end: start + head.length, possessive: false, sentenceStart, index: tokens.length });
      tokens.push({ text: tail, lower: tailLower, folded: foldLowered(tail, tailLower), start: start + head.length + 1, end: wordEnd, possessive: false, sentenceStart: false, index: tokens.length });
    } else if ((kind = alphanumericKind(text, start, wordEnd)) === LOWER_ALPHANUMERIC) {
      // Most words are lower-case ASCII letters and digits: the word is its own lower case and folded form. Calling
      // toLowerCase would still make a new string of every such word, and folding would run its pattern on it.
      tokens.push({ text: word, lower: word, folded: word, start, end: wordEnd, possessive, sentenceStart, index: tokens.length });
    } else if (kind === ALPHANUMERIC) {
      // ASCII letters and digits with a capital ("Damascus"): folding only lowers the case (no pattern run to learn it).
      const lower = word.toLowerCase();
      tokens.push({ text: word, lower, folded: lower, start, end: wordEnd, possessive, sentenceStart, index: tokens.length });
    } else {
      const lower = word.toLowerCase();
      tokens.push({ text: word, lower, folded: foldLowered(word, lower), start, end: wordEnd, possessive, sentenceStart, index: tokens.length });
    }
    lastEnd = matchEnd;
  }
  return tokens;
}

/** Only spaces (no punctuation) separate two tokens, so they can belong to one name. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  // Most neighbours are one character apart: a space, a tab or a hyphen.
  if (b.start - a.end === 1) {
    const c = text.charCodeAt(a.end);
    return c === 32 || c === 9 || c === 45;
  }
  return /^[ \t]+$|^[ \t]*-[ \t]*$/.test(text.slice(a.end, b.start));
}

const STARTS_WITH_CAPITAL = /^\p{Lu}/u;
/**
 * Per first UTF-16 code unit of a word: 0 not yet asked, 1 a capital letter, 2 not one, 3 a surrogate (the word's first
 * code point decides, asked each time). Filled as words are met, by the one test below: the first word beginning with
 * "Ö", "Ş" or a character beyond U+3000 takes the same path as the first beginning with "A" did, so it meets no code
 * without type feedback (which would send the optimised callers back to the compiler).
 */
const CAPITALS = new Uint8Array(0x10000);
/** Starts with a capital letter (answered by a table, the regular expression asked once per first character). */
export const isCapitalised = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  const v = CAPITALS[c]!;
  if (v === 1 || v === 2) return v === 1;
  const capital = STARTS_WITH_CAPITAL.test(t.text);
  if (v === 0) CAPITALS[c] = (c & 0xf800) === 0xd800 ? 3 : capital ? 1 : 2;
  return capital;
};
/** "al-Hol", "el-Balah", "ez-Zor": a lowercase Arabic article joined to a capitalised name. */
export const isArticleName = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return (c === 97 || c === 101) && /^(al|el|as|ash|ad|ar|at|az|an|ez|es|ed|en|er)[-‐]\p{Lu}/u.test(t.text);
};
export const isAllCaps = (t: Token): boolean => {
  // A lowercase ASCII second letter settles it at once (most capitalised words).
  if (t.text.length < 2) return false;
  const c1 = t.text.charCodeAt(1);
  if (c1 >= 97 && c1 <= 122) return false;
  return isAllCapsSlow(t);
};
const isAllCapsSlow = (t: Token): boolean => t.text.length >= 2 && isCapitalised(t) && t.text !== t.lower && t.text === t.text.toUpperCase() && /^[\p{Lu}.]{2,}$/u.test(t.text);
