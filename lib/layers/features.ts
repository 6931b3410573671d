import { z } from "zod";
import { IsoDateSchema } from "../ingest/article";
import { PrecisionSchema } from "../geoparse/place";
import { MentionStatusSchema } from "../geoparse/mention";
import { DatePrecisionSchema, EventTypeSchema } from "../events/incident";

/** Properties of a feature in the incidents layer (GET /api/layers/incidents, `atlas parse`). */
export const IncidentPropertiesSchema = z.object({
  layer: z.literal("incidents"),
  id: z.string(),
  /** How many articles' reports the incident groups; the fields below up to `placeEnd` are the earliest report's. */
  reportCount: z.number().int().positive(),
  articleId: z.string(),
  /** The place name as written, and the place it was resolved to. */
  surface: z.string(),
  name: z.string(),
  precision: PrecisionSchema,
  confidence: z.number(),
  /** ISO 3166-2 code of the governorate the point lies in, when inside one. */
  admin1: z.string().nullable(),
  admin1Name: z.string().nullable(),
  /**
   * The place's OCHA admin path (Syria only; null elsewhere or unknown): governorate P-code, district and
   * sub-district names and P-codes, and the community's or neighbourhood's own P-code (C…/N…).
   */
  admin1Pcode: z.string().nullable(),
  admin2Name: z.string().nullable(),
  admin2Pcode: z.string().nullable(),
  admin3Name: z.string().nullable(),
  admin3Pcode: z.string().nullable(),
  pcode: z.string().nullable(),
  dateStart: IsoDateSchema.nullable(),
  dateEnd: IsoDateSchema.nullable(),
  datePrecision: DatePrecisionSchema,
  dateText: z.string().nullable(),
  type: EventTypeSchema,
  subType: z.string().nullable(),
  /** Median best fatality figure across reports, with the lowest low and highest high claimed. */
  fatalities: z.number().int().nullable(),
  fatalitiesLow: z.number().int().nullable(),
  fatalitiesHigh: z.number().int().nullable(),
  /** The toll as the reports write it, for people ("12", "0", ">300", "≥35", "600–2,000", "~20", "dozens"; see formatToll); null: no figure. */
  fatalitiesText: z.string().nullable(),
  /** Who the dead were, by each report that says ("civilians", "security-forces", "fighters", "mixed"). */
  victims: z.array(z.string()),
  /** Offsets within the earliest report's article of the words its date and its fatality figure rest on (null: none). */
  dateEvidenceStart: z.number().int().nullable(),
  dateEvidenceEnd: z.number().int().nullable(),
  fatalitiesStart: z.number().int().nullable(),
  fatalitiesEnd: z.number().int().nullable(),
  actors: z.array(z.string()),
  /** Publishers of all reports (null: publisher unknown), and organisations they cite. */
  sources: z.array(z.string().nullable()),
  attributedTo: z.array(z.string()),
  /** Reporting outlet of the earliest report; null when the article does not say who published it. */
  source: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  evidence: z.string(),
  /** Offsets of the evidence sentence, and of the place name within the article text. */
  evidenceStart: z.number().int(),
  evidenceEnd: z.number().int(),
  placeStart: z.number().int(),
  placeEnd: z.number().int(),
});
export type IncidentProperties = z.infer<typeof IncidentPropertiesSchema>;

/**
 * The few properties the map and the incident list need (GET /api/layers/incidents?compact=1):
 * a tenth of the full feature's size, so 100,000 incidents stay loadable; details come from /api/incidents/{id}.
 */
export const IncidentMapPropertiesSchema = IncidentPropertiesSchema.pick({
  id: true,
  name: true,
  precision: true,
  admin1: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
  type: true,
  fatalities: true,
  fatalitiesText: true,
  source: true,
  reportCount: true,
});
export type IncidentMapProperties = z.infer<typeof IncidentMapPropertiesSchema>;

/** Properties of a feature in the mentions layer (every placed place-name mention). */
export const MentionPropertiesSchema = z.object({
  layer: z.literal("mentions"),
  id: z.string(),
  articleId: z.string(),
  surface: z.string(),
  name: z.string(),
  status: MentionStatusSchema,
  precision: PrecisionSchema,
  confidence: z.number(),
  admin1: z.string().nullable(),
  /** Governorate, district and sub-district names and P-codes, and the place's own P-code (see IncidentPropertiesSchema). */
  admin1Name: z.string().nullable(),
  admin1Pcode: z.string().nullable(),
  admin2Name: z.string().nullable(),
  admin2Pcode: z.string().nullable(),
  admin3Name: z.string().nullable(),
  admin3Pcode: z.string().nullable(),
  pcode: z.string().nullable(),
  source: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  start: z.number().int(),
  end: z.number().int(),
});
export type MentionProperties = z.infer<typeof MentionPropertiesSchema>;

/** Properties of a governorate in the regions layer. */
export const RegionPropertiesSchema = z.object({
  layer: z.literal("regions"),
  code: z.string(),
  name: z.string(),
  nameAr: z.string().nullable(),
  /** Incidents inside the governorate under the current filters (the governorate filter aside). */
  count: z.number().int().nonnegative(),
  /** Whether the governorate filter keeps it (true for all when no governorate is picked). */
  inFilter: z.boolean(),
});
export type RegionProperties = z.infer<typeof RegionPropertiesSchema>;

export const SourceCountSchema = z.object({
  /** Publisher name, or null for articles whose publisher is unknown (filter value "unknown"). */
  source: z.string().nullable(),
  /** Value to pass as `source=` to select it. */
  value: z.string(),
  incidents: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
});
/** An organisation cited inside articles ("according to the SOHR"), with its incidents under the other filters. */
export const AttributedCountSchema = z.object({ name: z.string(), incidents: z.number().int().nonnegative() });
export type AttributedCount = z.infer<typeof AttributedCountSchema>;

export const SourcesResponseSchema = z.object({ sources: z.array(SourceCountSchema), attributed: z.array(AttributedCountSchema) });
export type SourceCount = z.infer<typeof SourceCountSchema>;

/** What the corpus holds overall, for the dashboard's bounds and its "could not place" notice. */
export const SummaryResponseSchema = z.object({
  articles: z.number().int(),
  incidents: z.number().int(),
  mentions: z.number().int(),
  /** Earliest and latest event dates of dated incidents. */
  dateMin: IsoDateSchema.nullable(),
  dateMax: IsoDateSchema.nullable(),
  undatedIncidents: z.number().int(),
  /** Place names recognised but not placed, with how often. */
  unresolved: z.array(z.object({ surface: z.string(), count: z.number().int(), articleIds: z.array(z.string()) })),
  regions: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Syria's districts (OCHA admin2), by name, for the district filter; empty when no admin-unit table is loaded. */
  districts: z.array(
    z.object({
      pcode: z.string(),
      name: z.string(),
      nameAr: z.string(),
      /** The governorate: OCHA P-code, and ISO 3166-2 code as the governorate filter has it. */
      admin1Pcode: z.string(),
      region: z.string().nullable(),
      /** Incidents placed in the district, all filters aside. */
      incidents: z.number().int().nonnegative(),
    }),
  ),
});
export type SummaryResponse = z.infer<typeof SummaryResponseSchema>;

/** Every API error is JSON of this shape. */
export const ApiErrorSchema = z.object({
  error: z.string(),
  /** The parameter at fault, when one is. */
  parameter: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/**
 * Dated incidents for the timeline, grouped by identical event date range and precision
 * (so a month-precision incident stays a month wide instead of becoming a spike on the 1st).
 * The date filter itself is ignored, so the whole extent stays visible around the selection.
 */
export const TimelineResponseSchema = z.object({
  spans: z.array(
    z.object({
      start: IsoDateSchema,
      end: IsoDateSchema,
      precision: DatePrecisionSchema,
      count: z.number().int().positive(),
    }),
  ),
  undated: z.number().int().nonnegative(),
});
export type TimelineResponse = z.infer<typeof TimelineResponseSchema>;

/** What a search box query matched: places (to fly to or filter by distance) and incidents (to open). */
export const SearchResponseSchema = z.object({
  query: z.string(),
  places: z.array(
    z.object({
      /** The gazetteer's id of the place; null for a place known only from the atlas's incidents. */
      id: z.string().nullable(),
      name: z.string(),
      /** Its Arabic name, when the gazetteer's Syrian rows give one ("جبلة" for Jablah). */
      nameAr: z.string().nullable(),
      /** What it is, in words: "governorate", "district", "sub-district", "town", "neighbourhood", "site", … */
      kind: z.string(),
      /** Where it is, most local first: "Jableh district · Lattakia"; the country abroad. */
      context: z.string().nullable(),
      country: z.string().nullable(),
      lon: z.number(),
      lat: z.number(),
      precision: PrecisionSchema,
      admin1: z.string().nullable(),
      /** A governorate can be picked as a region filter. */
      regionCode: z.string().nullable(),
      /** Incidents there (in a governorate or district: inside it) under the request's filters; 0 for most villages. */
      incidents: z.number().int().nonnegative(),
    }),
  ),
  incidents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: EventTypeSchema,
      dateStart: IsoDateSchema.nullable(),
      dateEnd: IsoDateSchema.nullable(),
      datePrecision: DatePrecisionSchema,
      lon: z.number(),
      lat: z.number(),
      /** Words around the match in the evidence sentence. */
      snippet: z.string(),
    }),
  ),
});
export type SearchResponse = z.infer<typeof SearchResponseSchema>;
