/** Pure formatting helpers for what the dashboard says about an incident. */
import type { DatePrecision, EventType } from "../../lib/events/incident";
import type { Precision } from "../../lib/geoparse/place";
import { formatToll, type TollFigure } from "../../lib/events/toll-format";

export { formatToll, type TollFigure };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function parts(iso: string): { y: string; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return { y: match[1] ?? "", m: Number(match[2]), d: Number(match[3]) };
}

/** "2025-03-06" -> "6 Mar 2025" (no time zone involved: the date is a calendar day). */
export function formatDay(iso: string): string {
  const p = parts(iso);
  if (!p || p.m < 1 || p.m > 12) return iso;
  return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
}

export const DATE_PRECISION_LABEL: Record<DatePrecision, string> = {
  day: "exact day",
  days: "a span of days",
  week: "within a week",
  month: "month only",
  year: "year only",
  unknown: "unknown",
};

/**
 * The event date as words, at the precision the text gives it.
 * Null dates say "Date unknown": the publication date is never a stand-in.
 */
export function formatEventDate(dateStart: string | null, dateEnd: string | null, precision: DatePrecision): string {
  if (!dateStart) return "Date unknown";
  const start = parts(dateStart);
  if (!start) return dateStart;
  if (precision === "year") return start.y;
  if (precision === "month") return `${MONTHS_LONG[start.m - 1] ?? ""} ${start.y}`.trim();
  const end = dateEnd && dateEnd !== dateStart ? dateEnd : null;
  const range = end ? `${formatDay(dateStart)} – ${formatDay(end)}` : formatDay(dateStart);
  if (precision === "week") return `Week of ${range}`;
  return range;
}

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  battles: "Battle",
  "violence-against-civilians": "Violence against civilians",
  "explosions-remote-violence": "Explosion / remote violence",
  protests: "Protest",
  riots: "Riot",
  "strategic-developments": "Strategic development",
};

/**
 * Colour per event type (Okabe–Ito based, distinguishable with the common colour-vision deficiencies).
 * Shared by the map layers and the legend so the two can never disagree.
 */
export const EVENT_TYPE_COLOR: Record<EventType, string> = {
  "violence-against-civilians": "#d55e00",
  battles: "#0072b2",
  "explosions-remote-violence": "#e69f00",
  protests: "#009e73",
  riots: "#cc79a7",
  "strategic-developments": "#6b6b6b",
};

export const EVENT_TYPES = Object.keys(EVENT_TYPE_LABEL) as EventType[];

/** Precisions whose point stands for an area (drawn as a hollow ring on the area's centroid). */
export const AREA_PRECISIONS: readonly Precision[] = ["district", "governorate", "country", "region"];

export function isAreaPrecision(precision: Precision): boolean {
  return AREA_PRECISIONS.includes(precision);
}

export const PRECISION_LABEL: Record<Precision, string> = {
  site: "Site — a specific named location",
  neighbourhood: "Neighbourhood",
  town: "Town or village",
  district: "District — point is the district's centre",
  governorate: "Governorate — point is the governorate's centre",
  country: "Country — point is the country's centre",
  region: "Region — point is the region's centre",
};

/** 0.734 -> "73%". */
export function formatConfidence(confidence: number): string {
  if (!Number.isFinite(confidence)) return "–";
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}

export function formatPublisher(source: string | null): string {
  return source ?? "Unknown publisher";
}

/**
 * A toll as the panel and list say it: "≥35 killed", "~20 killed", "dozens killed", "0 killed" (none, said explicitly);
 * `none` when no figure is given. Never a bound as an exact number (see formatToll).
 */
export function formatKilled(f: TollFigure | null | undefined, none = "no fatality figure"): string {
  return f ? `${formatToll(f)} killed` : none;
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? singular : plural}`;
}

/**
 * The evidence sentence cut into text pieces around the place name, so the name
 * can be highlighted while everything stays plain text. Falls back to one piece
 * when the offsets do not point at the place name inside the sentence.
 */
export function splitEvidence(
  evidence: string,
  evidenceStart: number,
  placeStart: number,
  placeEnd: number,
): { before: string; place: string; after: string } | null {
  const a = placeStart - evidenceStart;
  const b = placeEnd - evidenceStart;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b <= a || b > evidence.length) return null;
  return { before: evidence.slice(0, a), place: evidence.slice(a, b), after: evidence.slice(b) };
}

/** http(s) URLs only: anything else from an article is shown as text, never linked. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

export type HighlightKind = "evidence" | "place" | "date" | "fatalities";

/** A piece of article text and the highlights that cover it. */
export interface TextSegment {
  text: string;
  kinds: HighlightKind[];
}

/**
 * Cuts `text` into plain-text segments at every highlight boundary, so the UI can wrap
 * each in React elements (never HTML). Spans are offsets into `text`; spans outside it are clipped,
 * empty ones ignored. Overlapping spans stack (a place inside the evidence sentence has both kinds).
 */
export function highlightSegments(text: string, spans: Array<{ start: number; end: number; kind: HighlightKind }>): TextSegment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(text.length, s.start)), end: Math.max(0, Math.min(text.length, s.end)) }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const kinds = valid.filter((s) => s.start <= a && s.end >= b).map((s) => s.kind);
    const last = segments.at(-1);
    if (last && last.kinds.join() === kinds.join()) last.text += text.slice(a, b);
    else segments.push({ text: text.slice(a, b), kinds });
  }
  return segments;
}

/**
 * The part of an article worth showing around a passage: whole paragraphs (blank-line separated)
 * containing [start, end), widened to at least `context` characters each side.
 */
export function excerptBounds(text: string, start: number, end: number, context = 300): { start: number; end: number } {
  let a = Math.max(0, start - context);
  let b = Math.min(text.length, end + context);
  const before = text.lastIndexOf("\n", a);
  a = before === -1 ? 0 : before + 1;
  const after = text.indexOf("\n", b);
  b = after === -1 ? text.length : after;
  return { start: a, end: b };
}

/** Publisher colours (a categorical palette distinct from the event-type colours), by the publisher's rank. */
export const PUBLISHER_PALETTE = ["#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#1f78b4", "#b15928", "#6a3d9a", "#b2df8a", "#fb9a99"];
export function publisherColor(rank: number): string {
  return rank < 0 ? "#9ca3af" : PUBLISHER_PALETTE[rank % PUBLISHER_PALETTE.length]!;
}
