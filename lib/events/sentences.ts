/** A sentence of an article with its offsets into the article text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block separated by a line break) the sentence belongs to. */
  paragraph: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /\b(?:[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|Prof|Rep|Sen|Gen|Col|Maj|Capt|Lt|Sgt|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est)\.$/;

const INITIALS = /\b(?:[A-Z]\.){1,3}$/;
/** Words that open a sentence and cannot follow initials inside one ("U.S. Now", but "U.S. Army"). */
const SENTENCE_OPENER = /^(?:Now|The|This|That|These|Those|It|Its|He|She|They|We|I|But|And|Yet|So|Then|In|On|At|After|Before|When|While|Meanwhile|However|A|An)$/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const blocks = text.split(/(\n+)/);
  let offset = 0;
  for (const block of blocks) {
    if (/^\n+$/.test(block)) {
      offset += block.length;
      paragraph++;
      continue;
    }
    const re = /[^.!?…]*(?:[.!?…]+["”’)\]]*|$)/g;
    let start = 0;
    for (const m of block.matchAll(re)) {
      if (!m[0]) continue;
      const end = m.index + m[0].length;
      const candidate = block.slice(start, end);
      const next = block.slice(end).match(/^\s*(\S)/)?.[1];
      // A full stop ends a sentence only before a capital, a quote or the end of the block, and not after an abbreviation.
      // "the U.S. Now there is..." ends at the initials when the next word can only open a sentence.
      const nextWord = block.slice(end).match(/^\s*(\S+)/)?.[1] ?? "";
      const abbreviated = ABBREVIATION.test(candidate.trimEnd()) && !(INITIALS.test(candidate.trimEnd()) && SENTENCE_OPENER.test(nextWord));
      const ends = end >= block.length || (next !== undefined && /[A-Z"“‘'(\d*•-]/.test(next) && !abbreviated);
      if (!ends) continue;
      const lead = candidate.length - candidate.trimStart().length;
      const trimmed = candidate.trim();
      if (trimmed) sentences.push({ text: trimmed, start: offset + start + lead, end: offset + start + lead + trimmed.length, paragraph });
      start = end;
    }
    if (start < block.length && block.slice(start).trim()) {
      const rest = block.slice(start);
      const lead = rest.length - rest.trimStart().length;
      sentences.push({ text: rest.trim(), start: offset + start + lead, end: offset + start + lead + rest.trim().length, paragraph });
    }
    offset += block.length;
  }
  return sentences;
}
