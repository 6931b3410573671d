import { z } from "zod";
import { IsoDateSchema } from "../ingest/article";
import { PrecisionSchema } from "../geoparse/place";
import { DatePrecisionSchema, type EventType, type Incident } from "../events/incident";
import { mostPrecisePcode } from "../layers/admin";
import { countryOf } from "./countries";
import { formatToll } from "../events/toll-format";

/** ACLED's names for the event types, so an ACLED user recognises the column. */
export const ACLED_EVENT_TYPE: Record<EventType, string> = {
  battles: "Battles",
  "violence-against-civilians": "Violence against civilians",
  "explosions-remote-violence": "Explosions/Remote violence",
  protests: "Protests",
  riots: "Riots",
  "strategic-developments": "Strategic developments",
};

/** What an article without a known publisher is called in exports (the same word the `source` filter takes). */
export const UNKNOWN_PUBLISHER = "unknown";

/**
 * One exported incident: the fields every export format carries (GeoJSON properties as they are,
 * CSV with lists joined, KML as extended data). Unknown values are null, never guessed.
 */
export const ExportRecordSchema = z.object({
  incident_id: z.string(),
  /** ISO 8601: one day ("2025-03-06"), or an interval for a span ("2025-03-06/2025-03-09"); null when undated. */
  event_date: z.string().regex(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/).nullable(),
  date_start: IsoDateSchema.nullable(),
  date_end: IsoDateSchema.nullable(),
  date_precision: DatePrecisionSchema,
  event_type: z.enum(Object.values(ACLED_EVENT_TYPE) as [string, ...string[]]),
  sub_event_type: z.string().nullable(),
  actors: z.array(z.string()),
  /** The country's name and numeric ISO 3166-1 code, as ACLED has them ("Syria", 760); null when unknown. */
  country: z.string().nullable(),
  iso: z.number().int().nonnegative().nullable(),
  /** The governorate's name, and its ISO 3166-2 code. */
  admin1: z.string().nullable(),
  admin1_code: z.string().nullable(),
  /** OCHA's admin path (Syria only): the governorate's P-code, the district's and sub-district's names and P-codes. */
  admin1_pcode: z.string().nullable(),
  admin2: z.string().nullable(),
  admin2_pcode: z.string().nullable(),
  admin3: z.string().nullable(),
  admin3_pcode: z.string().nullable(),
  /** The most precise P-code known: the community's or neighbourhood's (C…/N…), else the sub-district's, district's or governorate's. */
  pcode: z.string().nullable(),
  /** The resolved place, and the name as the article wrote it. */
  location: z.string(),
  place_as_written: z.string(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  geo_precision: PrecisionSchema,
  /** The geocoder's confidence in the place, 0–1. */
  confidence: z.number().min(0).max(1),
  /** Lowest low, median best and highest high of the reports' claims; null when no report gives a figure (high: no upper bound). */
  fatalities_low: z.number().int().nonnegative().nullable(),
  fatalities_best: z.number().int().nonnegative().nullable(),
  fatalities_high: z.number().int().nonnegative().nullable(),
  /**
   * The toll as the reports write it, never a bound as an exact number: "12", "0" (none, said explicitly), ">300", "≥35",
   * "≤12", "600–2,000", "~20", "dozens"; null when no report gives a figure.
   */
  fatalities_text: z.string().nullable(),
  /** Publishers of the reports, earliest first ("unknown" for an article without one). */
  sources: z.array(z.string()),
  source_urls: z.array(z.string()),
  /** Organisations the articles cite ("according to …"). */
  attributed_to: z.array(z.string()),
  report_count: z.number().int().positive(),
  /** Publication date of the earliest report. */
  published: IsoDateSchema.nullable(),
  /** The earliest report's evidence sentence, as written in the article. */
  notes: z.string(),
});
export type ExportRecord = z.infer<typeof ExportRecordSchema>;

/** Governorate code -> name, for the admin1 column. */
export type RegionNames = ReadonlyMap<string, string>;

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

function eventDate(i: Incident): string | null {
  if (i.dateStart === null) return null;
  return i.dateEnd === null || i.dateEnd === i.dateStart ? i.dateStart : `${i.dateStart}/${i.dateEnd}`;
}

const unique = <T>(values: T[]) => [...new Set(values)];

export function incidentToRecord(i: Incident, regionNames: RegionNames): ExportRecord {
  const lead = i.reports[0]!;
  return {
    incident_id: i.id,
    event_date: eventDate(i),
    date_start: i.dateStart,
    date_end: i.dateEnd,
    date_precision: i.datePrecision,
    event_type: ACLED_EVENT_TYPE[i.type],
    sub_event_type: i.subType,
    actors: i.actors,
    country: countryOf(i.place.country)?.name ?? null,
    iso: countryOf(i.place.country)?.iso ?? null,
    admin1: i.place.admin1 ? (regionNames.get(i.place.admin1) ?? null) : null,
    admin1_code: i.place.admin1,
    admin1_pcode: i.place.admin?.admin1.pcode ?? null,
    admin2: i.place.admin?.admin2?.name ?? null,
    admin2_pcode: i.place.admin?.admin2?.pcode ?? null,
    admin3: i.place.admin?.admin3?.name ?? null,
    admin3_pcode: i.place.admin?.admin3?.pcode ?? null,
    pcode: mostPrecisePcode(i.place.admin),
    location: i.place.name,
    place_as_written: i.place.surface,
    // Five decimals: about a metre, finer than any gazetteer point.
    latitude: round(i.place.lat, 5),
    longitude: round(i.place.lon, 5),
    geo_precision: i.place.precision,
    confidence: round(Math.max(0, Math.min(1, i.place.confidence)), 2),
    fatalities_low: i.fatalities?.low ?? null,
    fatalities_best: i.fatalities?.best ?? null,
    fatalities_high: i.fatalities?.high ?? null,
    fatalities_text: i.fatalities ? formatToll(i.fatalities) : null,
    sources: unique(i.reports.map((r) => r.source ?? UNKNOWN_PUBLISHER)),
    source_urls: unique(i.reports.flatMap((r) => (r.url ? [r.url] : []))),
    attributed_to: i.attributedTo,
    report_count: i.reports.length,
    published: lead.published,
    notes: lead.evidence.text,
  };
}
