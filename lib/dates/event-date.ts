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

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The year of a day and month written without one: the latest such date not
 * after the reference (publication) date, since articles report the past.
 */
function inferYear(month: number, day: number, reference: string | null): number | null {
  if (!reference) return null;
  const refYear = Number(reference.slice(0, 4));
  return isoDate(refYear, month, day) <= reference ? refYear : refYear - 1;
}

interface Found extends EventDate {
  endIndex: number;
}

/**
 * Finds the dates an article sentence gives for events: ranges ("between March
 * 6 and 9, 2025", "December 22-23, 2025", "late December 2025 and early January
 * 2026"), months and years ("in April 2025", "in 2014"), days without a year
 * ("On 7 March", resolved against the reference date) and relative dates
 * ("last week", "the following day"). Without a reference date, only dates
 * whose year the text itself fixes are returned. Nothing after the reference
 * date is returned: that would be a forecast, not an event.
 */
export function findEventDates(text: string, reference: string | null, previous: EventDate | null = null): EventDate[] {
  const found: Found[] = [];
  const taken = (i: number, j: number) => found.some((f) => i < f.endIndex && j > f.index);
  const push = (f: Omit<Found, "endIndex">) => {
    if (taken(f.index, f.index + f.text.length)) return;
    found.push({ ...f, endIndex: f.index + f.text.length });
  };

  // "between March 6 and 9, 2025" / "between 6 and 9 March 2025"
  for (const m of text.matchAll(new RegExp(`\\bbetween\\s+(${MONTHS})\\s+(\\d{1,2})\\s+and\\s+(\\d{1,2}),?\\s*(\\d{4})?`, "gi"))) {
    const month = MONTH_INDEX(m[1]!);
    const year = m[4] ? Number(m[4]) : inferYear(month, Number(m[3]), reference);
    if (year) push({ start: isoDate(year, month, Number(m[2])), end: isoDate(year, month, Number(m[3])), precision: "days", index: m.index, text: m[0] });
  }
  // "December 22-23, 2025", "March 6 to 9"
  for (const m of text.matchAll(new RegExp(`\\b(${MONTHS})\\s+(\\d{1,2})\\s*(?:-|–|to|through)\\s*(\\d{1,2})\\b(?:,?\\s+(\\d{4}))?`, "gi"))) {
    const month = MONTH_INDEX(m[1]!);
    const [d0, d1] = [Number(m[2]), Number(m[3])];
    if (d0 < 1 || d1 > lastDay(2000, month) || d0 >= d1) continue;
    const year = m[4] ? Number(m[4]) : inferYear(month, d1, reference);
    if (year) push({ start: isoDate(year, month, d0), end: isoDate(year, month, d1), precision: "days", index: m.index, text: m[0] });
  }
  // "4 and 5 March", "12–13 November 2025", "22-23 December"
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|and|to)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\b(?:,?\\s+(\\d{4}))?`, "gi"))) {
    const month = MONTH_INDEX(m[3]!);
    const [d0, d1] = [Number(m[1]), Number(m[2])];
    if (d0 < 1 || d1 > lastDay(2001, month) + (month === 2 ? 1 : 0) || d0 >= d1) continue;
    const year = m[4] ? Number(m[4]) : inferYear(month, d1, reference);
    if (year) push({ start: isoDate(year, month, d0), end: isoDate(year, month, d1), precision: "days", index: m.index, text: m[0] });
  }
  // "7 March", "the morning of 7 March", "19th January 2016", "March 4", "March 6, 2025": one day, read here because
  // chrono misses some of these forms ("On the morning of 7 March").
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\b(?:,?\\s+(\\d{4}))?|\\b(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, "gi"))) {
    const month = MONTH_INDEX((m[2] ?? m[4])!);
    const day = Number(m[1] ?? m[5]);
    if (day < 1 || day > lastDay(2000, month)) continue;
    const written = m[3] ?? m[6];
    const year = written ? Number(written) : inferYear(month, day, reference);
    if (!year) continue;
    // "On 7 March" keeps its preposition in the evidence, as chrono's results do.
    const lead = /\b(on|by|from|since)\s+(?:the\s+(?:morning|evening|night|afternoon)\s+of\s+)?$/i.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const index = lead ? m.index - lead[0].length : m.index;
    push({ start: isoDate(year, month, day), end: isoDate(year, month, day), precision: "day", index, text: text.slice(index, m.index + m[0].length) });
  }
  // "late December 2025", "early January 2026", "mid-July"
  for (const m of text.matchAll(new RegExp(`\\b(early|mid|late)[-\\s]+(${MONTHS})(?:\\s+(\\d{4}))?`, "gi"))) {
    const month = MONTH_INDEX(m[2]!);
    const part = m[1]!.toLowerCase();
    const year = m[3] ? Number(m[3]) : inferYear(month, part === "early" ? 1 : part === "mid" ? 11 : 21, reference);
    if (!year) continue;
    const [d0, d1] = part === "early" ? [1, 10] : part === "mid" ? [11, 20] : [21, lastDay(year, month)];
    push({ start: isoDate(year, month, d0), end: isoDate(year, month, d1), precision: "days", index: m.index, text: m[0] });
  }
  // "by the end of July": the event happened at some point up to then.
  for (const m of text.matchAll(new RegExp(`\\bby the end of\\s+(${MONTHS})(?:\\s+(\\d{4}))?`, "gi"))) {
    const month = MONTH_INDEX(m[1]!);
    const year = m[2] ? Number(m[2]) : inferYear(month, 1, reference);
    if (year) push({ start: isoDate(year, month, 1), end: isoDate(year, month, lastDay(year, month)), precision: "month", index: m.index, text: m[0] });
  }
  // "the following day", "the next day", "that day"
  if (previous && previous.precision === "day") {
    for (const m of text.matchAll(/\b(the following day|the next day|a day later|the day after|the same day|that day)\b/gi)) {
      const same = /same|that/i.test(m[1]!);
      const d = same ? previous.start : addDays(previous.end, 1);
      push({ start: d, end: d, precision: "day", index: m.index, text: m[0] });
    }
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
        const monday = addDays(reference, -((new Date(`${reference}T00:00:00Z`).getUTCDay() + 6) % 7));
        push({ start: addDays(monday, -7), end: addDays(monday, -1), precision: "week", index: r.index, text: r.text });
      } else if (/\bthis week\b/i.test(r.text)) {
        const monday = addDays(reference, -((new Date(`${reference}T00:00:00Z`).getUTCDay() + 6) % 7));
        push({ start: monday, end: reference, precision: "week", index: r.index, text: r.text });
      } else if (/week/i.test(r.text)) {
        const d = s.date().toISOString().slice(0, 10);
        push({ start: addDays(d, -3), end: addDays(d, 3), precision: "week", index: r.index, text: r.text });
      } else if (/yesterday|today|tonight|day/i.test(r.text)) {
        const d = s.date().toISOString().slice(0, 10);
        push({ start: d, end: d, precision: "day", index: r.index, text: r.text });
      }
      continue;
    }
    const month = s.get("month")!;
    const hasDay = s.isCertain("day");
    const hasMonth = s.isCertain("month");
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
    .map((f) => ({ start: f.start, end: reference && f.end > reference ? reference : f.end, precision: f.precision, index: f.index, text: f.text.replace(/[\s,.;:]+$/, "") }));
}

const ORDER: DatePrecision[] = ["day", "days", "week", "month", "year", "unknown"];
function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  const c = ORDER[Math.max(ORDER.indexOf(a), ORDER.indexOf(b))]!;
  return c === "day" ? "days" : c;
}
