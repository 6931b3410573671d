/**
 * A death toll as words for people: the figure as the text bounds it, never a
 * bound shown as an exact number. One function for the map, the list, the
 * detail panel, the brief and the exports, so they cannot disagree.
 */

/** A toll: a report's claim or an incident's range of claims (see FatalitiesSchema / FatalityRangeSchema). */
export interface TollFigure {
  low: number;
  best: number;
  high: number | null;
  approximate?: boolean;
  moreThan?: boolean;
  vague?: string;
}

const n = (x: number) => x.toLocaleString("en-GB");

/**
 * "12" (exact), "0" (an explicit none), "~20" (about 20), "~50" (nearly 50:
 * high 50, best 50, low a little under), ">300" (more than 300), "≥35" (at
 * least 35), "≤12" (up to 12), "600–2,000" (between), "~20–30" (estimates
 * that differ), "dozens" (a word of quantity, as written).
 */
export function formatToll(f: TollFigure): string {
  if (f.vague && f.high === null) return f.vague;
  if (f.high === null) return `${f.moreThan ? ">" : "≥"}${n(f.low)}`;
  const about = f.approximate ? "~" : "";
  if (f.low === f.high) return `${about}${n(f.high)}`;
  // "Nearly 50": an estimate whose best is its upper bound.
  if (f.approximate && f.best === f.high) return `~${n(f.high)}`;
  if (f.low === 0) return `≤${n(f.high)}`;
  return `${about}${n(f.low)}–${n(f.high)}`;
}

/** `formatToll`, or `none` when no figure is given (null: the text does not say; distinct from an explicit "0"). */
export function formatTollOr(f: TollFigure | null | undefined, none: string): string {
  return f ? formatToll(f) : none;
}

/**
 * How an incident's range of claims is written, from the claims of its reports
 * and the range made of them (lowest low, median best, highest high): a flag
 * holds only where every claim it rests on has it, so two sources' differing
 * figures show as a range, never as one source's "~" or "dozens".
 */
export function combinedTollFlags(claims: readonly TollFigure[], range: { low: number; high: number | null }): Pick<TollFigure, "approximate" | "moreThan" | "vague"> {
  if (claims.length === 0) return {};
  const vague = claims[0]!.vague;
  const atLow = claims.filter((c) => c.low === range.low);
  return {
    ...(claims.every((c) => c.approximate) ? { approximate: true } : {}),
    ...(range.high === null && atLow.length > 0 && atLow.every((c) => c.moreThan) ? { moreThan: true } : {}),
    ...(vague && range.high === null && claims.every((c) => c.vague === vague) ? { vague } : {}),
  };
}
