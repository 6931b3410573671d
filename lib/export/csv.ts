import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import type { Incident } from "../events/incident";
import { ExportRecordSchema, incidentToRecord, type ExportRecord, type RegionNames } from "./record";

/** ACLED's column names first, in ACLED's order, then this atlas's own. */
export const CSV_COLUMNS = [
  "event_date",
  "date_precision",
  "event_type",
  "sub_event_type",
  "actors",
  "iso",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "fatalities_low",
  "fatalities_best",
  "fatalities_high",
  "source",
  "source_url",
  "notes",
  "fatalities_text",
  "incident_id",
  "date_start",
  "date_end",
  "published",
  "attributed_to",
  "report_count",
  "place_as_written",
  "admin1_code",
  "admin1_pcode",
  "admin2_pcode",
  "admin3_pcode",
  "pcode",
  "confidence",
] as const;

/** Cells holding several values join them with this. */
export const LIST_SEPARATOR = "; ";

const text = z.string();
/** A number cell, or null (written empty) when unknown. */
const count = z.number().int().nonnegative().nullable();
const R = ExportRecordSchema.shape;

/** One CSV row as written: lists joined, unknowns null (an empty cell). */
export const CsvRowSchema = z.object({
  event_date: R.event_date,
  date_precision: R.date_precision,
  event_type: R.event_type,
  sub_event_type: R.sub_event_type,
  actors: text,
  iso: R.iso,
  country: R.country,
  admin1: R.admin1,
  admin2: R.admin2,
  admin3: R.admin3,
  location: text,
  latitude: R.latitude,
  longitude: R.longitude,
  geo_precision: R.geo_precision,
  fatalities_low: count,
  fatalities_best: count,
  fatalities_high: count,
  source: text,
  source_url: text,
  notes: text,
  fatalities_text: R.fatalities_text,
  incident_id: text,
  date_start: R.date_start,
  date_end: R.date_end,
  published: R.published,
  attributed_to: text,
  report_count: R.report_count,
  place_as_written: text,
  admin1_code: R.admin1_code,
  admin1_pcode: R.admin1_pcode,
  admin2_pcode: R.admin2_pcode,
  admin3_pcode: R.admin3_pcode,
  pcode: R.pcode,
  confidence: R.confidence,
});
export type CsvRow = z.infer<typeof CsvRowSchema>;

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab or carriage return) as a formula; article text is
 * untrusted, so such a text cell gets a leading apostrophe (OWASP's advice for CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function recordToCsvRow(r: ExportRecord): CsvRow {
  const join = (values: string[]) => values.join(LIST_SEPARATOR);
  return {
    event_date: r.event_date,
    date_precision: r.date_precision,
    event_type: r.event_type,
    sub_event_type: r.sub_event_type,
    actors: join(r.actors),
    iso: r.iso,
    country: r.country,
    admin1: r.admin1,
    admin2: r.admin2,
    admin3: r.admin3,
    location: r.location,
    latitude: r.latitude,
    longitude: r.longitude,
    geo_precision: r.geo_precision,
    fatalities_low: r.fatalities_low,
    fatalities_best: r.fatalities_best,
    fatalities_high: r.fatalities_high,
    source: join(r.sources),
    source_url: join(r.source_urls),
    notes: r.notes,
    fatalities_text: r.fatalities_text,
    incident_id: r.incident_id,
    date_start: r.date_start,
    date_end: r.date_end,
    published: r.published,
    attributed_to: join(r.attributed_to),
    report_count: r.report_count,
    place_as_written: r.place_as_written,
    admin1_code: r.admin1_code,
    admin1_pcode: r.admin1_pcode,
    admin2_pcode: r.admin2_pcode,
    admin3_pcode: r.admin3_pcode,
    pcode: r.pcode,
    confidence: r.confidence,
  };
}

/**
 * The incidents as CSV (RFC 4180: CRLF line ends, a field quoted only when it holds a comma, quote or line
 * break, quotes doubled), one row per incident, with a header row. Numbers are written as numbers, unknown
 * values as empty cells.
 */
export function incidentsToCsv(incidents: readonly Incident[], regionNames: RegionNames): string {
  const rows = incidents.map((i) => {
    const row = recordToCsvRow(incidentToRecord(i, regionNames));
    return CSV_COLUMNS.map((c) => {
      const v = row[c];
      return typeof v === "string" ? neutraliseFormula(v) : v;
    });
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: "windows", eof: true });
}
