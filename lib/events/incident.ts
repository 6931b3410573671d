import { z } from "zod";
import { IsoDateSchema } from "../ingest/article";
import { PrecisionSchema } from "../geoparse/place";

/** How exactly the event date is known, like UCDP `date_prec`. */
export const DatePrecisionSchema = z.enum(["day", "days", "week", "month", "year", "unknown"]);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** A small taxonomy modelled on ACLED's event types. */
export const EventTypeSchema = z.enum([
  "battles",
  "violence-against-civilians",
  "explosions-remote-violence",
  "protests",
  "riots",
  "strategic-developments",
]);
export type EventType = z.infer<typeof EventTypeSchema>;

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const FatalitiesSchema = z.object({
  low: z.number().int().nonnegative(),
  best: z.number().int().nonnegative(),
  high: z.number().int().nonnegative().nullable(),
  span: SpanSchema,
});
export type Fatalities = z.infer<typeof FatalitiesSchema>;

/** Something an article reports as having happened at a place. */
export const IncidentSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  mentionId: z.string(),
  /** Where: the resolved place of the mention the incident rests on. */
  place: z.object({
    surface: z.string(),
    name: z.string(),
    lat: z.number(),
    lon: z.number(),
    country: z.string(),
    admin1: z.string().nullable(),
    precision: PrecisionSchema,
    confidence: z.number(),
  }),
  /** When the event happened (not when it was reported); null when the text does not say. */
  dateStart: IsoDateSchema.nullable(),
  dateEnd: IsoDateSchema.nullable(),
  datePrecision: DatePrecisionSchema,
  /** The words the date rests on, with offsets into the article text. */
  dateEvidence: SpanSchema.nullable(),
  type: EventTypeSchema,
  subType: z.string().nullable(),
  fatalities: FatalitiesSchema.nullable(),
  /** The reporting outlet (publisher) and its article. */
  source: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** The sentence that put this incident on the map, with offsets into the article text. */
  evidence: SpanSchema,
});
export type Incident = z.infer<typeof IncidentSchema>;
