import * as chrono from "chrono-node";
import type { DatePrecision } from "../events/incident";
import { isoDate } from "./page-date";

/** An event date or range found in text, with the words it rests on. */
export interface EventDate {
  start: string;
  end: string;
  precision: DatePrecision;
  /** Offsets within the searched text. */
  index: number;
  text: string;
}

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const MONTH_INDEX = (m: string) => MONTHS.split("|").indexOf(m.toLowerCase()) + 1;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** A day of the month as written: "6", "06", "6th". */
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
/** "may" and "march" in lower case are the verbs, not the months ("forces may 2 ..."). */
const isVerb = (month: string) => month === "may" || month === "march";

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const [ny, nm] = [Math.floor(total / 12), (total % 12) + 1];
  return isoDate(ny, nm, Math.min(d, lastDay(ny, nm)));
}

const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
/** Monday of the calendar week holding a day. */
const mondayOf = (iso: string) => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));
const validDay = (year: number, month: number, day: number) => day >= 1 && day <= lastDay(year, month);

/**
 * The year of a day and month written without one: the latest such date not
 * after the reference (publication) date, since articles report the past.
 */
function inferYear(month: number, day: number, reference: string | null): number | null {
  if (!reference) return null;
  const refYear = Number(reference.slice(0, 4));
  return isoDate(refYear, month, Math.min(day, lastDay(refYear, month))) <= reference ? refYear : refYear - 1;
}

/**
 * Words after a date that make it part of a name ("the 9 April Brigade", "6 October Bridge", "the July
 * neighbourhood"): a unit, a movement, a street or a quarter named for a day, not a date.
 */
const NAME_AFTER =
  /^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:Division|Brigades?|Battalions?|Regiment|Corps|Movement|Front|Association|Street|Avenue|Road|Square|Bridge|Hospital|School|Camp|Stadium|Revolution|Group|Gathering|Neighbou?rhood|District|Quarter|Project|Housing|Dam|University|Airport|Roundabout)\b|(?:neighbou?rhood|street|square|bridge|camp|roundabout|quarter)\b)/;

/** Words before a bare month ("in July", "since March", "by the end of July") that make it a time, not a name. */
const MONTH_LEAD =
  /\b(?:in|during|since|by|until|till|through|throughout|from|of|last|this|early|mid|late|before|after|between|around|as of|beginning of|end of|start of|middle of|month of)\s+(?:the\s+)?$/i;

/** Small numbers as written in words. */
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};
const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
const toNumber = (w: string) => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()]!);

interface Found extends EventDate {
  endIndex: number;
  /** Where the date proper begins, after the words leading to it ("on", "from", "between"). */
  core: number;
  /** Read as one written day ("On 7 March"), which a duration may widen into a span. */
  single?: boolean;
}

/**
 * A length of time written beside a date: "a three-day campaign", "over three days", "a week-long offensive",
 * "for two weeks", "a month-long siege". Not an age ("a three-day-old baby") nor a distance in time ("three days later").
 */
const DURATION = new RegExp(
  `(?:\\b(?:a|an|the)\\s+)?\\b(?:${NUMBER}[-\\s]+(day|week|month)s?(?:[-\\s]?long)?|(day|week|month)[-\\s]?long)\\b(?![-\\s]+old\\b)(?!\\s+(?:ago|later|earlier|before|after|afterwards|prior|previously)\\b)`,
  "gi",
);
/** Words between a duration and the day it began on: "a three-day campaign that began on", "over three days from". */
const BEGAN_ON =
  /^[^.;:()]{0,60}?\b(?:began|begun|begins|beginning|begin|started|starts|starting|start|launched|launching|commenced|commencing|kicked off|opened|opening|from|since)\s+(?:on\s+)?(?:the\s+)?$/i;
/** Words between a day and a duration that follows from it: "after 6 March, a three-day campaign", "from 6 March for three days". */
const THEN_FOR = /^\s*,?\s*(?:(?:and|then)\s+)?(?:for|over|during)?\s*(?:the\s+(?:next|following)\s+)?(?:a|an|the)?\s*$/i;
/** The words leading a day that a duration after it counts from. */
const FROM_LEAD = /\b(?:from|after|starting|beginning|since|as of)\s+(?:on\s+)?(?:the\s+)?$/i;
/** "Shelling that began on 6 March lasted a week": a day something began on, and how long it lasted. */
const BEGAN_LEAD = /\b(?:began|begun|started|launched|commenced|opened)\s+(?:on\s+)?(?:the\s+)?$/i;
const LASTED = /^\s*,?\s*(?:and\s+)?(?:lasted|lasting|continued for|went on for|raged for)\s+(?:for\s+)?$/i;
/** A duration after "On 6 March," that the sentence says began then: "On 6 March, a three-day offensive began". */
const BEGAN_AFTER = /^(?:\s+[\w-]+){0,3}?\s+(?:began|started|was launched|were launched|kicked off|commenced|opened)\b/i;

/** Words before a day that make it approximate: "Around 4 July", "on or about 4 July". */
const AROUND = /\b(?:(?:on\s+or\s+)?(?:around|about|approximately|circa)|c\.)\s+(?:the\s+)?$/i;
/** Notes after a day: "4 July 2022 (as reported)", "4 July 2022 (week of)". */
const NOTE_AFTER = /^\s*\(\s*(as reported|approximately|approximate|approx\.?|week of)\s*\)/i;
const WEEK_OF_BEFORE = /(?:\(\s*week of\s*\)|\b(?:the\s+)?week of)\s+(?:the\s+)?$/i;
/** Days either side of a day given as approximate ("Around 4 July 2022 (as reported)"): within a week of it. */
const AROUND_DAYS = 3;

/**
 * Relative days that count from a day the text has set ("the following day", "two days later", "a day earlier").
 * "before"/"after" only when nothing follows ("the day before the attack" counts from the attack, not from the date).
 */
const RELATIVE_DAY = new RegExp(
  `\\b(?:(the following day|the next day|a day later|the day after|the same day|that day|the previous day|the preceding day|a day earlier)|(the day before)(?=\\s*[,.;)]|\\s*$)|${NUMBER}\\s+days?\\s+(?:(later|afterwards|earlier)|(after|before|prior)(?=\\s*[,.;)]|\\s*$)))`,
  "gi",
);
const RELATIVE_SHIFT: Record<string, number> = {
  "the following day": 1, "the next day": 1, "a day later": 1, "the day after": 1, "the same day": 0, "that day": 0, "the previous day": -1, "the preceding day": -1, "a day earlier": -1, "the day before": -1,
};

const JOIN = "(-|–|—|and|to|through|until|till)";
/** The written date forms findEventDates reads, compiled once (matchAll works on a copy of each). */
const DATE_FORM_1 = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTHS})(?:,?\\s+(\\d{4}))?\\s*${JOIN}\\s*${DAY}\\s+(?:of\\s+)?(${MONTHS})\\b(?:,?\\s+(\\d{4}))?`, "gi");
const DATE_FORM_2 = new RegExp(`\\b(${MONTHS})\\s+${DAY}(?:,?\\s+(\\d{4}))?\\s*${JOIN}\\s*(${MONTHS})\\s+${DAY}\\b(?:,?\\s+(\\d{4}))?`, "gi");
const DATE_FORM_3 = new RegExp(`\\b(${MONTHS})\\s+${DAY}\\s*${JOIN}\\s*${DAY}\\b(?:,?\\s+(\\d{4}))?`, "gi");
const DATE_FORM_4 = new RegExp(`\\b${DAY}\\s*${JOIN}\\s*(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTHS})\\b(?:,?\\s+(\\d{4}))?`, "gi");
const DATE_FORM_5 = new RegExp(`\\b(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTHS})\\b(?:,?\\s+(\\d{4}))?|\\b(${MONTHS})\\s+${DAY}\\b(?:,?\\s+(\\d{4}))?`, "gi");
const DATE_FORM_6 = new RegExp(`\\b(early|mid|late)[-\\s]+(${MONTHS})(?:\\s+(\\d{4}))?`, "gi");
const DATE_FORM_7 = new RegExp(`\\bby the end of\\s+(${MONTHS})(?:\\s+(\\d{4}))?`, "gi");
const DATE_FORM_8 = new RegExp(`\\blast\\s+(${MONTHS})\\b(?!\\s+\\d)`, "gi");
const DATE_FORM_9 = new RegExp(`\\b(?:the day before|${NUMBER}\\s+days?\\s+(?:before|after|prior to))\\s+\\w`, "gi");

/**
 * Finds the dates an article sentence gives for events, each as the span the text allows and no narrower:
 * - single days ("On 7 March", "On 06 November 2019", "On 6 of March 2019", "March 4"), a day without a year resolved
 *   against the reference (publication) date as the latest such day not after it;
 * - explicit ranges ("between 6 and 9 March", "from 6 to 9 March", "6–9 March", "March 6-9", "between 28 February and
 *   2 March", "from 28 December 2024 to 2 January 2025"), precision "days"; a range without a year takes the year of
 *   its first day, and one running past the reference is cut at it;
 * - durations the text ties to a day ("a three-day campaign that began on 6 March", "over three days from 6 March",
 *   "after 6 March, a three-day campaign", "a week-long offensive starting on 2 May"): the span from that day, precision
 *   "days". A duration with no such tie ("a three-day campaign") adds nothing;
 * - approximate days ("Around 4 July 2022 (as reported)", "on or about 4 July"): the day ±3, precision "week" (within a
 *   week of it, as the conflict-data convention of a date known to the week); "(week of) 4 July 2022" / "the week of
 *   4 July": the calendar week (Monday to Sunday) holding the day, precision "week";
 * - parts of months ("late December 2025", "mid-July"), months and years ("in April 2025", "in 2014");
 * - relative days: "yesterday", "last Friday", "last week" against the reference; "the following day", "two days
 *   later", "a day earlier" against the last day written before them in the sentence, else `previous` (the day an
 *   earlier sentence set), else not at all.
 * Days used as names ("the 9 April Brigade", "6 October Bridge") and bare month names without a word of time
 * before them ("the October neighbourhood") are not dates. Without a reference date, only dates whose year the text
 * itself fixes are returned. Nothing after the reference date is returned: that would be a forecast, not an event.
 */
export function findEventDates(text: string, reference: string | null, previous: EventDate | null = null): EventDate[] {
  const found: Found[] = [];
  /** Stretches read as something other than a date (a name, an unanchored "a day earlier"): chrono may not read them either. */
  const blocked: Array<[number, number]> = [];
  const overlaps = (i: number, j: number, a: number, b: number) => i < b && j > a;
  const taken = (i: number, j: number) => found.some((f) => overlaps(i, j, f.index, f.endIndex)) || blocked.some(([a, b]) => overlaps(i, j, a, b));
  const push = (f: Omit<Found, "endIndex" | "core"> & { core?: number }) => {
    if (taken(f.index, f.index + f.text.length)) return;
    found.push({ ...f, core: f.core ?? f.index, endIndex: f.index + f.text.length });
  };
  const isName = (end: number) => NAME_AFTER.test(text.slice(end, end + 60));
  /** "between"/"from" before a range belongs to its evidence. */
  const rangeLead = (at: number) => /\b(?:between|from)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(0, at - 20), at));
  /** A span written as a range: a year not written is the other end's, else the first day's as inferred; the end is cut at the reference later. */
  const pushRange = (at: number, matched: string, start: [number, number], end: [number, number], written: [number | null, number | null], joiner: string) => {
    const [m0, d0] = start;
    const [m1, d1] = end;
    const wraps = m1 < m0 || (m1 === m0 && d1 < d0);
    const y0 = written[0] ?? (written[1] !== null ? written[1] - (wraps ? 1 : 0) : inferYear(m0, d0, reference));
    if (y0 === null) return;
    const y1 = written[1] ?? y0 + (wraps ? 1 : 0);
    if (!validDay(y0, m0, d0) || !validDay(y1, m1, d1)) return;
    const [s, e] = [isoDate(y0, m0, d0), isoDate(y1, m1, d1)];
    if (s >= e) return;
    const lead = rangeLead(at);
    // "4 March and 1 November" are two days, not a span, unless the text says "between".
    if (/^and$/i.test(joiner) && !(lead && /between/i.test(lead[0])) && daysBetween(s, e) > 62) return;
    if (isName(at + matched.length)) return;
    const index = lead ? at - lead[0].length : at;
    push({ start: s, end: e, precision: "days", index, core: at, text: text.slice(index, at + matched.length) });
  };
  const writtenYear = (y: string | undefined) => (y ? Number(y) : null);

  // "between 28 February and 2 March", "from 28 December 2024 to 2 January 2025", "28 February – 2 March 2025"
  for (const m of text.matchAll(DATE_FORM_1)) {
    if (isVerb(m[2]!) || isVerb(m[6]!)) continue;
    pushRange(m.index, m[0], [MONTH_INDEX(m[2]!), Number(m[1])], [MONTH_INDEX(m[6]!), Number(m[5])], [writtenYear(m[3]), writtenYear(m[7])], m[4]!);
  }
  // "March 28 to April 2", "December 28, 2024 – January 2, 2025"
  for (const m of text.matchAll(DATE_FORM_2)) {
    if (isVerb(m[1]!) || isVerb(m[5]!)) continue;
    pushRange(m.index, m[0], [MONTH_INDEX(m[1]!), Number(m[2])], [MONTH_INDEX(m[5]!), Number(m[6])], [writtenYear(m[3]), writtenYear(m[7])], m[4]!);
  }
  // "between March 6 and 9, 2025", "December 22-23, 2025", "March 6 to 9"
  for (const m of text.matchAll(DATE_FORM_3)) {
    if (isVerb(m[1]!)) continue;
    const month = MONTH_INDEX(m[1]!);
    pushRange(m.index, m[0], [month, Number(m[2])], [month, Number(m[4])], [null, writtenYear(m[5])], m[3]!);
  }
  // "between 6 and 9 March", "4 and 5 March", "12–13 November 2025", "the 6th to the 9th of March"
  for (const m of text.matchAll(DATE_FORM_4)) {
    if (isVerb(m[4]!)) continue;
    const month = MONTH_INDEX(m[4]!);
    pushRange(m.index, m[0], [month, Number(m[1])], [month, Number(m[3])], [null, writtenYear(m[5])], m[2]!);
  }

  // One day: "7 March", "the morning of 7 March", "19th January 2016", "On 6 of March 2019", "March 4", "March 6, 2025"
  // (read here because chrono misses some of these forms), with the notes that widen it: "Around 4 July 2022 (as
  // reported)", "(week of) 4 July 2022".
  for (const m of text.matchAll(DATE_FORM_5)) {
    const monthWord = (m[2] ?? m[4])!;
    if (isVerb(monthWord)) continue;
    const month = MONTH_INDEX(monthWord);
    const day = Number(m[1] ?? m[5]);
    const written = m[3] ?? m[6];
    const year = written ? Number(written) : inferYear(month, day, reference);
    const end = m.index + m[0].length;
    if (isName(end)) {
      blocked.push([m.index, end]);
      continue;
    }
    if (!year || !validDay(year, month, day)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const note = NOTE_AFTER.exec(text.slice(end));
    const around = AROUND.exec(before);
    const weekOf = WEEK_OF_BEFORE.exec(before) ?? (note && /week/i.test(note[1]!) ? note : null);
    const d = isoDate(year, month, day);
    if (around || weekOf || note) {
      const leadLength = weekOf && weekOf !== note ? weekOf[0].length : around ? around[0].length : 0;
      const index = m.index - leadLength;
      const last = note ? end + note[0].length : end;
      const [s, e] = weekOf ? [mondayOf(d), addDays(mondayOf(d), 6)] : [addDays(d, -AROUND_DAYS), addDays(d, AROUND_DAYS)];
      push({ start: s, end: e, precision: "week", index, core: m.index, text: text.slice(index, last) });
      continue;
    }
    // "On 7 March" keeps its preposition in the evidence, as chrono's results do.
    const lead = /\b(on|by|from|since)\s+(?:the\s+(?:morning|evening|night|afternoon)\s+of\s+)?$/i.exec(before);
    const index = lead ? m.index - lead[0].length : m.index;
    push({ start: d, end: d, precision: "day", index, core: m.index, text: text.slice(index, end), single: true });
  }

  // A duration tied to one of those days: "a three-day campaign that began on 6 March" is 6–8 March.
  for (const m of text.matchAll(DURATION)) {
    const [dStart, dEnd] = [m.index, m.index + m[0].length];
    const count = m[1] ? toNumber(m[1]) : 1;
    const unit = (m[2] ?? m[3])!.toLowerCase();
    if (count < 1) continue;
    const singles = found.filter((f) => f.single);
    const after = singles.find((f) => f.core >= dEnd && BEGAN_ON.test(text.slice(dEnd, f.core)));
    const before = [...singles].reverse().find((f) => {
      if (f.endIndex > dStart) return false;
      const [lead, gap] = [text.slice(Math.max(0, f.core - 30), f.core), text.slice(f.endIndex, dStart)];
      if (BEGAN_LEAD.test(lead) && LASTED.test(gap)) return true;
      if (!THEN_FOR.test(gap)) return false;
      return FROM_LEAD.test(lead) || (/\bon\s+(?:the\s+)?$/i.test(lead) && BEGAN_AFTER.test(text.slice(dEnd, dEnd + 60)));
    });
    const anchor = after ?? before;
    if (!anchor) continue;
    // "After 6 March, a three-day campaign": the word the span counts from is part of its evidence.
    const from = anchor === before ? FROM_LEAD.exec(text.slice(Math.max(0, anchor.core - 30), anchor.core)) : null;
    const end = unit === "day" ? addDays(anchor.start, count - 1) : unit === "week" ? addDays(anchor.start, 7 * count - 1) : addDays(addMonths(anchor.start, count), -1);
    const index = Math.min(anchor.index, dStart, from ? anchor.core - from[0].length : Infinity);
    const last = Math.max(anchor.endIndex, dEnd);
    found.splice(found.indexOf(anchor), 1, { start: anchor.start, end, precision: end === anchor.start ? "day" : "days", index, core: anchor.core, endIndex: last, text: text.slice(index, last) });
  }

  // "late December 2025", "early January 2026", "mid-July"
  for (const m of text.matchAll(DATE_FORM_6)) {
    if (isVerb(m[2]!)) continue;
    const month = MONTH_INDEX(m[2]!);
    const part = m[1]!.toLowerCase();
    const year = m[3] ? Number(m[3]) : inferYear(month, part === "early" ? 1 : part === "mid" ? 11 : 21, reference);
    if (!year) continue;
    const [d0, d1] = part === "early" ? [1, 10] : part === "mid" ? [11, 20] : [21, lastDay(year, month)];
    push({ start: isoDate(year, month, d0), end: isoDate(year, month, d1), precision: "days", index: m.index, text: m[0] });
  }
  // "by the end of July": the event happened at some point up to then.
  for (const m of text.matchAll(DATE_FORM_7)) {
    const month = MONTH_INDEX(m[1]!);
    const year = m[2] ? Number(m[2]) : inferYear(month, 1, reference);
    if (year) push({ start: isoDate(year, month, 1), end: isoDate(year, month, lastDay(year, month)), precision: "month", index: m.index, text: m[0] });
  }
  // "last March": the latest March before the reference's month.
  if (reference) {
    for (const m of text.matchAll(DATE_FORM_8)) {
      if (isVerb(m[1]!)) continue;
      const month = MONTH_INDEX(m[1]!);
      const refYear = Number(reference.slice(0, 4));
      const year = month < Number(reference.slice(5, 7)) ? refYear : refYear - 1;
      push({ start: isoDate(year, month, 1), end: isoDate(year, month, lastDay(year, month)), precision: "month", index: m.index, text: m[0] });
    }
  }
  // "the following day", "two days later", "a day earlier": from the last day set before them.
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const phrase = (m[1] ?? m[2])?.toLowerCase();
    const shift = phrase !== undefined ? RELATIVE_SHIFT[phrase]! : toNumber(m[3]!) * (/later|afterwards|after/i.test(m[4] ?? m[5]!) ? 1 : -1);
    const sameSentence = found.filter((f) => f.precision === "day" && f.endIndex <= m.index).sort((a, b) => b.endIndex - a.endIndex)[0];
    const anchor = sameSentence ?? (previous && previous.precision === "day" ? previous : null);
    if (!anchor) {
      // Counted from a day the text does not give: not from the publication date either.
      if (!/^that day$/i.test(m[0])) blocked.push([m.index, m.index + m[0].length]);
      continue;
    }
    const d = addDays(shift < 0 ? anchor.start : anchor.end, shift);
    push({ start: d, end: d, precision: "day", index: m.index, text: m[0] });
  }
  // "the day before the vote", "two days after the raid": counted from an event the words name, not a date.
  for (const m of text.matchAll(DATE_FORM_9)) {
    if (!taken(m.index, m.index + m[0].length)) blocked.push([m.index, m.index + m[0].length]);
  }

  const ref = reference ? new Date(`${reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  for (const r of chrono.en.parse(text, ref, { forwardDate: false })) {
    if (taken(r.index, r.index + r.text.length)) continue;
    const s = r.start;
    const relative = !/\d/.test(r.text) && !new RegExp(MONTHS, "i").test(r.text);
    if (relative) {
      if (!reference) continue;
      if (/\b(?:last|past|previous) week\b/i.test(r.text)) {
        // The calendar week (Monday to Sunday) before the reference's.
        const monday = mondayOf(reference);
        push({ start: addDays(monday, -7), end: addDays(monday, -1), precision: "week", index: r.index, text: r.text });
      } else if (/\bthis week\b/i.test(r.text)) {
        push({ start: mondayOf(reference), end: reference, precision: "week", index: r.index, text: r.text });
      } else if (/week/i.test(r.text)) {
        const d = s.date().toISOString().slice(0, 10);
        push({ start: addDays(d, -3), end: addDays(d, 3), precision: "week", index: r.index, text: r.text });
      } else if (/yesterday|today|tonight|day/i.test(r.text)) {
        const d = s.date().toISOString().slice(0, 10);
        push({ start: d, end: d, precision: "day", index: r.index, text: r.text });
      }
      continue;
    }
    if (isName(r.index + r.text.length) || /\b(?:may|march)\b/.test(r.text)) continue;
    const month = s.get("month")!;
    const hasDay = s.isCertain("day");
    const hasMonth = s.isCertain("month");
    // A month name alone is a time only after a word of time ("in July", "since March"), not in a name ("the October neighbourhood").
    if (hasMonth && !hasDay && !s.isCertain("year") && new RegExp(`^(?:${MONTHS})$`, "i").test(r.text.trim())) {
      const before = text.slice(Math.max(0, r.index - 30), r.index);
      const joined = /\b(?:and|or|to|through|until)\s*$|[-–]\s*$/i.exec(before);
      const afterDate = joined !== null && found.some((f) => f.endIndex <= r.index - joined[0].length && /^\s*$/.test(text.slice(f.endIndex, r.index - joined[0].length)));
      if (!MONTH_LEAD.test(before) && !afterDate) continue;
    }
    const year = s.isCertain("year") ? s.get("year")! : hasMonth ? inferYear(month, hasDay ? s.get("day")! : 1, reference) : null;
    if (!year) continue;
    if (!hasMonth) {
      push({ start: isoDate(year, 1, 1), end: isoDate(year, 12, 31), precision: "year", index: r.index, text: r.text });
    } else if (!hasDay) {
      push({ start: isoDate(year, month, 1), end: isoDate(year, month, lastDay(year, month)), precision: "month", index: r.index, text: r.text });
    } else {
      const start = isoDate(year, month, s.get("day")!);
      let end = start;
      if (r.end && r.end.isCertain("day")) end = isoDate(r.end.isCertain("year") ? r.end.get("year")! : year, r.end.get("month")!, r.end.get("day")!);
      if (end < start) continue;
      push({ start, end, precision: start === end ? "day" : "days", index: r.index, text: r.text });
    }
  }
  // "in 2014", "since 2012": a bare year.
  for (const m of text.matchAll(/\b(?:in|during|since|of|by|until)\s+((?:19|20)\d{2})\b(?!\s*[-–/]\d)/gi)) {
    const idx = m.index + m[0].indexOf(m[1]!);
    const year = Number(m[1]);
    push({ start: isoDate(year, 1, 1), end: isoDate(year, 12, 31), precision: "year", index: idx, text: m[1]! });
  }

  found.sort((a, b) => a.index - b.index);
  // "late December 2025 and early January 2026": two dates joined by "and"/"to" make one range.
  const merged: Found[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    const joiner = last ? /^\s*(and|to|through|until|–|-)\s*$/i.exec(text.slice(last.endIndex, f.index)) : null;
    // "and" joins two dates into one span only when they are close ("late December and early January"), not two events months apart.
    const joins = joiner !== null && (joiner[1]!.toLowerCase() !== "and" || Date.parse(f.start) - Date.parse(last!.end) <= 62 * 86_400_000);
    if (last && joins && last.start <= f.start) {
      merged[merged.length - 1] = { ...last, end: f.end, precision: last.precision === "day" && f.precision === "day" ? "days" : coarser(last.precision, f.precision), text: text.slice(last.index, f.endIndex), endIndex: f.endIndex };
    } else merged.push(f);
  }
  return merged
    .filter((f) => !reference || f.start <= reference)
    .map((f) => {
      const end = reference && f.end > reference ? reference : f.end;
      // A span cut down to one day by the reference is that day.
      const precision = f.precision === "days" && end === f.start ? "day" : f.precision;
      return { start: f.start, end, precision, index: f.index, text: f.text.replace(/[\s,.;:]+$/, "") };
    });
}

const ORDER: DatePrecision[] = ["day", "days", "week", "month", "year", "unknown"];
function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  const c = ORDER[Math.max(ORDER.indexOf(a), ORDER.indexOf(b))]!;
  return c === "day" ? "days" : c;
}
