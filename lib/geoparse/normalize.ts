/**
 * Place names as journalists write them differ from the gazetteer's in
 * diacritics, ʿayn/hamza marks, hyphens and the Arabic article. A name is
 * reduced to lookup keys that ignore those differences.
 */

const MARKS = /[\u0300-\u036f\u02b0-\u02ff'’‘`´ʻʼʽʾʿ\u0600-\u06ff]/g;
/** The Arabic article in the forms transliterations give it (sun letters assimilated). */
const ARTICLE = /^(al|el|il|as|ash|ad|adh|ar|at|ath|az|an|es|ed|er|et|ez|en|ul)$/;

const folded = new Map<string, string>();

/** Lowercase, diacritics and apostrophe-like marks removed, hyphens as spaces. */
export function foldName(name: string): string {
  if (isPlainWords(name)) return name.toLowerCase();
  // Texts repeat their words: each distinct string is folded once (bounded memo for long-running servers).
  let f = folded.get(name);
  if (f === undefined) {
    f = foldUncached(name);
    if (folded.size > 200_000) folded.clear();
    folded.set(name, f);
  }
  return f;
}

/** foldName for a word whose lower case the caller already has (a token): plain words fold to it without a new string. */
export function foldLowered(name: string, lower: string): string {
  return isPlainWords(name) ? lower : foldName(name);
}

/**
 * ASCII letters and digits, words separated by single spaces: folding only lowers the case. Most words and names
 * of running text are such, and answering them without the memo spares hashing every freshly sliced string.
 * Asked by a regular expression rather than a loop over the characters: the strings asked come in every representation
 * V8 has (flat, sliced, joined; Latin-1 or not), so a loop's reads of them were compiled as generic property loads and
 * calls, one per character; the pattern reads any of them as it is.
 */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
function isPlainWords(name: string): boolean {
  return PLAIN_WORDS.test(name);
}

function foldUncached(name: string): string {
  // Most names are plain ASCII: skip Unicode normalisation for them (it dominates gazetteer load time).
  const ascii = /^[\x20-\x7e]*$/.test(name);
  return (ascii ? name : name.normalize("NFKD"))
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/[‐‑‒–—\-_/.,()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The Arabic article and the space after it, at the start of a folded name: ARTICLE's words, so the two lists are one. */
const LEADING_ARTICLE = new RegExp(`${ARTICLE.source.slice(0, -1)} `);

/**
 * The folded name without a leading Arabic article ("ad daliyah" → "daliyah"). Tested by a regular expression, not by
 * finding the first space and slicing the first word out: see isPlainWords (the string's own methods compile to generic
 * calls here); only a name with the article is sliced.
 */
export function withoutLeadingArticle(folded: string): string {
  return LEADING_ARTICLE.test(folded) ? folded.slice(folded.indexOf(" ") + 1) : folded;
}

/**
 * A looser key: every Arabic article dropped (also "ez-Zor", "al-Ayn" inside a name),
 * spaces removed, and double letters single ("Deir Ezzor" = "Deir ez-Zor" = "deirzor").
 */
export function skeletonKey(folded: string): string {
  // One word (most lookups of running text): the same key without splitting and joining.
  // (Only a word of two or three letters can be an article.) The fused article's pattern is run for every word: run only
  // for those beginning "al" or "el", its call would first be reached mid-stream, without type feedback, and send the
  // optimised lookup back to the compiler.
  if (!folded.includes(" ")) return folded.length <= 3 && ARTICLE.test(folded) ? "" : singleLetters(folded).replace(/^(?:al|el)(?=[a-z]{4})/, "");
  // "ezzor" is "ez-Zor" written together: an article fused to a doubled sun letter.
  // Joined as it goes (not filtered, mapped and joined): arrays made by map() differ in hidden class between calls.
  let joined = "";
  let kept = 0;
  for (const w of folded.split(" ")) {
    if (ARTICLE.test(w)) continue;
    joined += kept++ > 0 ? w.replace(/^[ae]([dtrsznl])\1(?=[a-z]{2})/, "$1") : w;
  }
  return joined
    .replace(/(.)\1+/g, "$1")
    .replace(/^(?:al|el)(?=[a-z]{4})/, "");
}

/**
 * Every run of one repeated character as a single one ("tell" → "tel"): what `s.replace(/(.)\1+/g, "$1")` gives, and
 * the string itself when it has no run (most words), without a new string.
 */
export function singleLetters(s: string): string {
  // Tested by a regular expression, not by a loop over the characters: see isPlainWords.
  return DOUBLED.test(s) ? s.replace(RUNS, "$1") : s;
}
const DOUBLED = /(.)\1/;
const RUNS = /(.)\1+/g;

/** All keys a name is indexed and looked up under. */
export function nameKeys(name: string): string[] {
  const folded = foldName(name);
  if (!folded) return [];
  const bare = withoutLeadingArticle(folded);
  return bare === folded ? [folded] : [folded, bare];
}

/** True when a name is written in Latin script (the only script our articles use). */
export function isLatinName(name: string): boolean {
  if (/^[\x20-\x7e]*$/.test(name)) return true;
  return /^[\p{Script=Latin}\p{M}\s'’‘`ʻʼʾʿ\-–.,()0-9]+$/u.test(name);
}

/**
 * The loosest key, for a name typed or given on its own: the skeleton with every run of vowels as one "a" and
 * q as k ("Jisr al-Shoughour" = "Jisr ash-Shughur", "Qamishlo" = "Qamishli", "Kasab" = "Kessab"). A "y" is a vowel
 * there ("Ayn" = "Ain", "Zayta" = "Zeita") except before a vowel, where it is the consonant of the Arabic (ي): without
 * it "Bayanoun" and "Banan", two villages 40 km apart, shared a key. Only asked for explicitly (geocoding, given
 * spans): in running text it would turn people's names into places.
 */
export function looseKey(folded: string): string {
  return skeletonKey(folded).replace(/q/g, "k").replace(/y(?=[aeiou])/g, "Y").replace(/[aeiouy]+/g, "a").replace(/(.)\1+/g, "$1");
}
