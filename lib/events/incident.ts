import { z } from "zod";
import { IsoDateSchema } from "../ingest/article";
import { AdminPathSchema } from "../geoparse/admin-path";
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

/** Who the dead were, where the text says. */
export const VictimsSchema = z.enum(["civilians", "fighters", "security-forces", "mixed", "unknown"]);
export type Victims = z.infer<typeof VictimsSchema>;

/**
 * How a toll is written, where it is not a plain count (absent: as the numbers say; records stored before these existed stay valid).
 * An exact count is low = best = high; "at least 35" is low 35, high null; "up to 12" is low 0, high 12; a range is low–high.
 */
const TollFlagsShape = {
  /** An estimate: "around 20", "some 20", "an estimated 20", "nearly 50" (low 45, best and high 50), "dozens". */
  approximate: z.boolean().optional(),
  /** "More than 300" rather than "at least 300": the open lower bound excludes the number written. */
  moreThan: z.boolean().optional(),
  /** The word of quantity written instead of a number ("dozens", "hundreds"); low is the least it allows. */
  vague: z.string().optional(),
};

/** A fatality claim as written ("more than 300 people were killed"), its words' offsets into the article text. */
export const FatalitiesSchema = z.object({
  low: z.number().int().nonnegative(),
  best: z.number().int().nonnegative(),
  high: z.number().int().nonnegative().nullable(),
  /** Absent when the claim was not read for who the dead were (e.g. synthetic data). */
  victims: VictimsSchema.optional(),
  span: SpanSchema,
  /**
   * The other places the text gives this one figure for together ("in Jaramana and Sahnaya … more than 100 were
   * killed"): the figure stands once, at the first place, never copied to each.
   */
  sharedWith: z.array(z.string()).optional(),
  ...TollFlagsShape,
});
export type Fatalities = z.infer<typeof FatalitiesSchema>;


/** Where an incident happened: the resolved place of the mention it rests on. */
export const IncidentPlaceSchema = z.object({
  surface: z.string(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  country: z.string(),
  admin1: z.string().nullable(),
  /** Governorate, district and sub-district (names and OCHA P-codes) of a Syrian place, and its own P-code. */
  admin: AdminPathSchema.nullable().optional(),
  precision: PrecisionSchema,
  confidence: z.number(),
  /**
   * The more precise place the text names for where it happened, when the gazetteer could not place it ("Breiha" in
   * "Breiha town in Ar Raqqa countryside"): the report then stands at its container, at low confidence.
   */
  standsFor: z.string().optional(),
});
export type IncidentPlace = z.infer<typeof IncidentPlaceSchema>;

/**
 * One article's account of an incident: what that article says happened, where,
 * when and to how many, with the offsets of the words each claim rests on.
 * Reports from different articles about the same event are grouped into one Incident.
 */
export const ReportSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  mentionId: z.string(),
  place: IncidentPlaceSchema,
  /** When the event happened (not when it was reported); null when the text does not say. */
  dateStart: IsoDateSchema.nullable(),
  dateEnd: IsoDateSchema.nullable(),
  datePrecision: DatePrecisionSchema,
  /** The words the date rests on, with offsets into the article text. */
  dateEvidence: SpanSchema.nullable(),
  type: EventTypeSchema,
  subType: z.string().nullable(),
  fatalities: FatalitiesSchema.nullable(),
  /** Armed groups, forces and other parties named in the sentence. */
  actors: z.array(z.string()),
  /** Organisations the article cites for the claim ("according to the SOHR"): a second source facet beside the publisher. */
  attributedTo: z.array(z.string()),
  /** The reporting outlet (publisher) and its article. */
  source: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** The sentence that put this report on the map, and the place name in it, with offsets into the article text. */
  evidence: SpanSchema,
  /** The article's other sentences about the same event (one event, one report per article), in text order. */
  moreEvidence: z.array(SpanSchema).optional(),
  placeEvidence: SpanSchema,
});
export type Report = z.infer<typeof ReportSchema>;

/** The fatality claims of all reports of an incident, side by side: the lowest low, the highest high, and the median best. */
export const FatalityRangeSchema = z.object({
  low: z.number().int().nonnegative(),
  best: z.number().int().nonnegative(),
  high: z.number().int().nonnegative().nullable(),
  ...TollFlagsShape,
});
export type FatalityRange = z.infer<typeof FatalityRangeSchema>;

/** An event on the map: one or more reports, from one or many articles, that describe the same thing. */
export const IncidentSchema = z.object({
  id: z.string(),
  place: IncidentPlaceSchema,
  dateStart: IsoDateSchema.nullable(),
  dateEnd: IsoDateSchema.nullable(),
  datePrecision: DatePrecisionSchema,
  type: EventTypeSchema,
  subType: z.string().nullable(),
  fatalities: FatalityRangeSchema.nullable(),
  actors: z.array(z.string()),
  /** Publishers of the reports (null for an article whose publisher is unknown). */
  sources: z.array(z.string().nullable()),
  attributedTo: z.array(z.string()),
  /** Every article's account, earliest publication first; never empty. */
  reports: z.array(ReportSchema).min(1),
});
export type Incident = z.infer<typeof IncidentSchema>;
