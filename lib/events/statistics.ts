import { z } from "zod";
import { fatalityClaims, isPeriodStatistic, NOT_A_COUNT, NUMBER_WORDS, parseNumber, periodOf, QUALIFIER_WORDS, claim, victimsOf, type FigureClaim } from "./fatalities";
import { SpanSchema, VictimsSchema, type Span } from "./incident";
import { splitSentences } from "./sentences";

export { isPeriodStatistic, periodOf };

/**
 * A count of dead an article gives over a period or a whole war, not for one
 * incident: "at least 35 deaths since the beginning of the year", "more than
 * 500,000 killed since 2011", "bringing the total to 312". Such a figure is
 * never an incident's toll (findFatalities skips it); it belongs to the article.
 */
export const ArticleStatisticSchema = z.object({
  low: z.number().int().nonnegative(),
  best: z.number().int().nonnegative(),
  /** Null: no upper bound ("at least", "more than", "dozens"). */
  high: z.number().int().nonnegative().nullable(),
  approximate: z.boolean(),
  /** "More than N" (rather than "at least N"). */
  moreThan: z.boolean().optional(),
  /** The word of quantity written instead of a number ("thousands"). */
  vague: z.string().optional(),
  /** What is counted: "killed" (a verb says so) or "deaths" (a noun: deaths, dead, fatalities, death toll, total). */
  what: z.enum(["deaths", "killed"]),
  victims: VictimsSchema,
  /** The words that make it a period or cumulative figure ("since the beginning of the year", "bringing the total"), offsets within the sentence. */
  period: SpanSchema,
  /** The figure's words, offsets within the sentence. */
  span: SpanSchema,
});
export type ArticleStatistic = z.infer<typeof ArticleStatisticSchema>;

/** "…, bringing the death toll (of X) to 312": the number after "to" is a running total. */
const RUNNING_TOTAL = new RegExp(
  String.raw`\b(?:bringing|raising|taking|pushing|brings|raises|brought|raised|took)\s+(?:the\s+)?(?:overall\s+|total\s+|cumulative\s+)?(?:death\s+toll|toll|total|tally|number|count)\b[^.;:]{0,80}?\bto\s+(?:(?<q>${QUALIFIER_WORDS})\s+)?(?<n>${NUMBER_WORDS})${NOT_A_COUNT}\b`,
  "gid",
);

function statistic(c: FigureClaim, period: Span): ArticleStatistic {
  return {
    low: c.low,
    best: c.best,
    high: c.high,
    approximate: c.approximate === true,
    ...(c.moreThan ? { moreThan: true } : {}),
    ...(c.vague ? { vague: c.vague } : {}),
    what: c.what,
    victims: c.victims,
    period,
    span: c.span,
  };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The period and cumulative counts of dead in a sentence, in order: figures
 * whose clause says they count a period or a war ("since 2011", "so far this
 * year", "this month", "over the past week", "the death toll of the war", "the
 * war has killed"), and running totals ("bringing the total to 312"). Offsets
 * are within the sentence. An incident's own toll in the same sentence is not
 * among them (findFatalities reads it).
 */
/** Words without which a sentence gives no period or cumulative count: most sentences are passed over by this test alone. */
const PERIOD_CUE = /\b(?:since|so far|to date|this (?:year|month|week)|past|last|total|toll|tally|overall|cumulative|war|conflict|year|month|week|bringing|raising|pushing)\b/i;

export function findStatistics(sentence: string): ArticleStatistic[] {
  if (!PERIOD_CUE.test(sentence)) return [];
  const found: ArticleStatistic[] = [];
  RUNNING_TOTAL.lastIndex = 0;
  for (let m = RUNNING_TOTAL.exec(sentence); m; m = RUNNING_TOTAL.exec(sentence)) {
    const g = m.groups!;
    const n = parseNumber(g.n!);
    if (n === null) continue;
    const [nStart, nEnd] = m.indices!.groups!.n!;
    const start = g.q ? m.indices!.groups!.q![0] : nStart;
    // "Bringing the death toll from Monday's attack to 12" updates one incident's toll: no period phrase, no statistic.
    const period = periodOf(sentence, { start, end: nEnd });
    if (!period) continue;
    const c = claim(g.q, n, g.n!);
    const what = /\bkilled\b/i.test(m[0]) ? "killed" : "deaths";
    const victims = victimsOf(m[0].slice(0, nStart - m.index));
    found.push(statistic({ ...c, what, victims, span: { start, end: nEnd, text: sentence.slice(start, nEnd) } }, period));
  }
  for (const c of fatalityClaims(sentence)) {
    if (found.some((s) => overlaps(s.span, c.span))) continue;
    const period = periodOf(sentence, c.span);
    if (period) found.push(statistic(c, period));
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** A period or cumulative count with the sentence it stands in, offsets into the article's text. */
export const ArticleStatisticEntrySchema = ArticleStatisticSchema.extend({ sentence: SpanSchema });
export type ArticleStatisticEntry = z.infer<typeof ArticleStatisticEntrySchema>;

/**
 * The article's statistics: every period or cumulative count of dead in its body ("at least 35 deaths since the
 * beginning of the year"), with offsets into the article's text. Shown beside the article's reports, never on the map
 * and never as an incident's toll.
 */
export function articleStatistics(article: { text: string; bodyStart: number }): ArticleStatisticEntry[] {
  const out: ArticleStatisticEntry[] = [];
  for (const s of splitSentences(article.text)) {
    if (s.start < article.bodyStart) continue;
    for (const st of findStatistics(s.text)) {
      const shift = (x: Span): Span => ({ start: x.start + s.start, end: x.end + s.start, text: x.text });
      out.push({ ...st, period: shift(st.period), span: shift(st.span), sentence: { start: s.start, end: s.end, text: s.text } });
    }
  }
  return out;
}
