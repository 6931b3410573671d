/** The timeline's histogram as pure functions: bins, and where a date range falls in them. */
import type { TimelineResponse } from "../../lib/layers/features";

/** A calendar interval in UTC (the few the timeline needs; d3-time is not a direct dependency). */
interface CalendarInterval {
  floor(d: Date): Date;
  offset(d: Date, n: number): Date;
}
const utcDay: CalendarInterval = {
  floor: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
  offset: (d, n) => new Date(d.getTime() + n * DAY_MS),
};
/** Weeks start on Monday (ISO 8601). */
const utcWeek: CalendarInterval = {
  floor: (d) => {
    const day = utcDay.floor(d);
    return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
  },
  offset: (d, n) => new Date(d.getTime() + 7 * n * DAY_MS),
};
const utcMonth: CalendarInterval = {
  floor: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)),
  offset: (d, n) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)),
};
const utcYear: CalendarInterval = {
  floor: (d) => new Date(Date.UTC(d.getUTCFullYear(), 0, 1)),
  offset: (d, n) => new Date(Date.UTC(d.getUTCFullYear() + n, 0, 1)),
};

function range(interval: CalendarInterval, start: Date, stop: Date): Date[] {
  const out: Date[] = [];
  for (let d = interval.floor(start); d < stop; d = interval.offset(d, 1)) out.push(d);
  return out;
}

export interface Bin {
  start: Date;
  end: Date;
  /** Incidents dated to a day (or a few days) inside the bin. */
  exact: number;
  /** Share of incidents known only to a week, month or year spanning several bins, spread evenly over them. */
  spread: number;
}

export const DAY_MS = 86_400_000;

export function parseDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function formatIsoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Day bins for a few months, weeks for a few years, months beyond. */
export function binInterval(first: Date, last: Date): { interval: CalendarInterval; unit: "day" | "week" | "month" | "year" } {
  const days = (last.getTime() - first.getTime()) / DAY_MS;
  if (days <= 120) return { interval: utcDay, unit: "day" };
  if (days <= 3 * 365) return { interval: utcWeek, unit: "week" };
  if (days <= 40 * 365) return { interval: utcMonth, unit: "month" };
  return { interval: utcYear, unit: "year" };
}

/**
 * Histogram of the spans. A span inside one bin counts there as exact; a span over several bins
 * (a month-precision date in weekly bins, a year in monthly bins) is spread over them, so it
 * shows as the low wide block it is, not as a spike on its first day.
 */
export function histogram(spans: TimelineResponse["spans"]): { bins: Bin[]; unit: "day" | "week" | "month" | "year" } | null {
  if (spans.length === 0) return null;
  let first = parseDay(spans[0]!.start);
  let last = parseDay(spans[0]!.end);
  for (const s of spans) {
    const a = parseDay(s.start);
    const b = parseDay(s.end);
    if (a < first) first = a;
    if (b > last) last = b;
  }
  const { interval, unit } = binInterval(first, last);
  const starts = range(interval, first, interval.offset(interval.floor(last), 1));
  const bins: Bin[] = starts.map((start) => ({ start, end: interval.offset(start, 1), exact: 0, spread: 0 }));
  const indexOf = (d: Date) => {
    // Bins are contiguous and sorted: binary search.
    let lo = 0;
    let hi = bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bins[mid]!.start <= d) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const s of spans) {
    const a = indexOf(parseDay(s.start));
    const b = indexOf(parseDay(s.end));
    if (a === b) bins[a]!.exact += s.count;
    else for (let i = a; i <= b; i++) bins[i]!.spread += s.count / (b - a + 1);
  }
  return { bins, unit };
}

/** The next window of the same length as [from, to], for the play button; null at the end. */
export function nextWindow(from: string, to: string, last: string): { from: string; to: string } | null {
  const a = parseDay(from).getTime();
  const b = parseDay(to).getTime();
  const width = b - a + DAY_MS;
  if (b >= parseDay(last).getTime()) return null;
  return { from: formatIsoDay(new Date(a + width)), to: formatIsoDay(new Date(b + width)) };
}
