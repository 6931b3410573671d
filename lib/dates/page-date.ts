import * as chrono from "chrono-node";

export interface PageDate {
  /** ISO YYYY-MM-DD */
  date: string;
  /** The exact characters the date was read from. */
  text: string;
  index: number;
}

/** Locales a page header or by-line may be written in; English first. */
const PARSERS: ReadonlyArray<{ parse: typeof chrono.parse }> = [chrono.en, chrono.es, chrono.fr, chrono.de, chrono.pt, chrono.it, chrono.nl];

const WEEKDAY =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|segunda|ter[cç]a|quarta|quinta|sexta|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?![\p{L}])/iu;

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A complete calendar date (day, month and year all written) found in a short
 * piece of page furniture such as a by-line or a section header. Numeric dates
 * are read day-first only when unambiguous (a day above 12); an ambiguous
 * 03/04/2025 is not taken, since a wrong date is worse than none.
 */
export function findCompleteDate(line: string): PageDate | null {
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(line);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const y = Number(numeric[3]);
    if (a > 12 && b <= 12) return { date: isoDate(y, b, a), text: numeric[0], index: numeric.index };
    if (b > 12 && a <= 12) return { date: isoDate(y, a, b), text: numeric[0], index: numeric.index };
    if (a === b && a <= 12) return { date: isoDate(y, a, b), text: numeric[0], index: numeric.index };
    // 03/04/2025 could be either: no date rather than a guess.
    return null;
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  if (iso) return { date: iso[0], text: iso[0], index: iso.index };
  for (const parser of PARSERS) {
    for (const result of parser.parse(line)) {
      const s = result.start;
      if (s.isCertain("year") && s.isCertain("month") && s.isCertain("day")) {
        return { date: isoDate(s.get("year")!, s.get("month")!, s.get("day")!), text: result.text, index: result.index };
      }
    }
  }
  return null;
}

/**
 * A line that is nothing but a full date, as blogs print above each day's posts
 * ("domingo, 16 de noviembre de 2025", "Sunday, November 16, 2025").
 */
export function parseDateHeader(line: string): PageDate | null {
  const trimmed = line.trim();
  if (trimmed.length < 8 || trimmed.length > 60 || !WEEKDAY.test(trimmed)) return null;
  const found = findCompleteDate(trimmed);
  if (!found) return null;
  const rest = (trimmed.slice(0, found.index) + trimmed.slice(found.index + found.text.length)).replace(WEEKDAY, "");
  return /^[\s,.\-–—]*$/.test(rest) ? found : null;
}

/** A line that only holds a date ("13 November 2025", "NOV 14, 2025", "2025-11-13"). */
export function parseDateLine(line: string): PageDate | null {
  const trimmed = line.trim();
  if (trimmed.length < 6 || trimmed.length > 40) return null;
  const found = findCompleteDate(trimmed);
  if (!found) return null;
  const rest = trimmed.slice(0, found.index) + trimmed.slice(found.index + found.text.length);
  return /^[\s,.|\-–—]*(published|updated|posted)?[\s:,.|\-–—]*$/i.test(rest) ? found : null;
}

/** A date in a URL path such as /2025/11/13/ or /2025-11-13/. */
export function dateFromUrl(url: string): string | null {
  // "/2025/11/13/" or "/2025-11-13/" (also closing the path or followed by a slug separator).
  const m = /\/((?:19|20)\d{2})([/-])(\d{2})\2(\d{2})(?:[/_.-]|$)/.exec(url);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return isoDate(y, mo, d);
}
