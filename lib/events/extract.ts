import { type EventDate, findEventDates } from "../dates/event-date";
import { distanceKm } from "../geoparse/distance";
import type { Mention } from "../geoparse/mention";
import type { Precision } from "../geoparse/place";
import type { Article } from "../ingest/article";
import { findFatalities } from "./fatalities";
import { type Report, ReportSchema } from "./incident";
import { HYPOTHETICAL, TRIGGERS } from "./lexicon";
import { splitSentences } from "./sentences";

/** Places precise enough to stand for where an incident happened. */
const INCIDENT_PRECISION: ReadonlySet<Precision> = new Set(["site", "neighbourhood", "town", "district", "governorate"]);
const RANK: Record<Precision, number> = { site: 0, neighbourhood: 1, town: 2, district: 3, governorate: 4, region: 5, country: 6 };


/** Whether `outer` contains `inner` ("Aleppo" contains "Sheikh Maqsoud"), judged by level and distance. */
function contains(outer: Mention, inner: Mention): boolean {
  // Names the text lists under one container ("Sheikh Maqsoud and Ashrafieh in Aleppo") are siblings, not container and content.
  if (outer.parentId !== null && outer.parentId === inner.parentId) return false;
  if (RANK[outer.precision!] <= RANK[inner.precision!]) return false;
  if (outer.precision === "governorate") return outer.admin1 !== null && outer.admin1 === inner.admin1;
  return distanceKm(outer as { lat: number; lon: number }, inner as { lat: number; lon: number }) <= (outer.precision === "district" ? 40 : 20);
}

/**
 * A sentence that reports something happening at a place becomes a report
 * there, dated by the sentence's own date (or one set earlier in the same
 * paragraph), never by the publication date. When a sentence names a place
 * and the place that contains it, the incident goes to the more precise one.
 */
export function extractReports(article: Article, mentions: Mention[]): Report[] {
  const reference = article.published ?? article.postedOnPage;
  const reports: Report[] = [];
  let context: { date: EventDate; paragraph: number; sentenceStart: number } | null = null;
  let lastDay: EventDate | null = null;

  for (const sentence of splitSentences(article.text)) {
    const trigger = TRIGGERS.find((t) => t.pattern.test(sentence.text));
    const triggerAt = trigger ? sentence.text.search(trigger.pattern) : -1;
    // A date inside a relative clause that does not hold the event word dates something else:
    // "The massacres continued in Suwayda, where the uprising began in 2011".
    const clauseAt = sentence.text.search(/,\s+(?:where|which|who|whose|whom)\b/);
    const dates: EventDate[] = findEventDates(sentence.text, reference, lastDay).filter(
      (d) => !(trigger && clauseAt !== -1 && triggerAt < clauseAt && d.index > clauseAt),
    );
    const firstDate = dates[0];
    if (firstDate) {
      const absolute = { ...firstDate, index: firstDate.index + sentence.start };
      context = { date: absolute, paragraph: sentence.paragraph, sentenceStart: sentence.start };
      const lastDated: EventDate = dates[dates.length - 1]!;
      if (lastDated.precision === "day") lastDay = lastDated;
    }
    if (!trigger) continue;
    if (HYPOTHETICAL.test(sentence.text.slice(0, triggerAt + 1))) continue;

    const here = mentions.filter(
      (m) =>
        m.status === "resolved" &&
        m.start >= sentence.start &&
        m.end <= sentence.end &&
        m.precision !== null &&
        INCIDENT_PRECISION.has(m.precision) &&
        m.lat !== null &&
        m.lon !== null &&
        !isDateline(article.text, m),
    );
    // A place the text names as another's container ("near Jableh in Tartous province") is context, not a second incident.
    const places = here.filter((m) => !here.some((other) => other !== m && (contains(m, other) || other.parentId === m.id)));
    // One incident per distinct place of the sentence.
    const distinct = places.filter((m, i) => places.findIndex((o) => o.placeId === m.placeId) === i);
    if (distinct.length === 0) continue;

    const date = firstDate
      ? { ...firstDate, index: firstDate.index + sentence.start }
      : context && context.paragraph === sentence.paragraph
        ? context.date
        : null;
    const fatalities = findFatalities(sentence.text);
    for (const m of distinct) {
      reports.push(
        ReportSchema.parse({
          id: `rep:${m.id}`,
          articleId: article.id,
          mentionId: m.id,
          place: { surface: m.surface, name: m.name, lat: m.lat, lon: m.lon, country: m.country, admin1: m.admin1, precision: m.precision, confidence: m.confidence },
          dateStart: date?.start ?? null,
          dateEnd: date?.end ?? null,
          datePrecision: date?.precision ?? "unknown",
          dateEvidence: date ? { start: date.index, end: date.index + date.text.length, text: date.text } : null,
          type: trigger.type,
          subType: trigger.subType,
          fatalities: fatalities
            ? { ...fatalities, span: { ...fatalities.span, start: fatalities.span.start + sentence.start, end: fatalities.span.end + sentence.start } }
            : null,
          actors: [],
          attributedTo: [],
          source: article.publisher,
          published: article.published,
          url: article.url,
          title: article.title,
          evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
          placeEvidence: { start: m.start, end: m.end, text: m.surface },
        }),
      );
    }
  }
  return reports;
}

/** "BEIRUT (Dispatches) --": where the report was filed, not where anything happened. */
function isDateline(text: string, m: Mention): boolean {
  return m.start < 40 && /^\s*[A-Z][A-Z .'-]+(?:\([^)]*\))?\s*(?:--|—|–)/.test(text.slice(m.start, m.start + 60)) && text.slice(0, m.start).trim() === "";
}
