import words from "an-array-of-english-words" with { type: "json" };

/** Lowercase English dictionary words: a capitalised one of these is a place only with support. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(words as string[]);
