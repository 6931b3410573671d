import words from "an-array-of-english-words" with { type: "json" };

/** Lowercase English dictionary words, for test gazetteers (the app reads the list into its compact gazetteer index). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(words as string[]);
