/** Client-side access to the atlas API: fetch, check the answer against the shared zod schemas. */
import { ArticleStatisticEntrySchema } from "@/lib/events/statistics";
import { z } from "zod";
import {
  ApiErrorSchema,
  IncidentMapPropertiesSchema,
  IncidentPropertiesSchema,
  MentionPropertiesSchema,
  RegionPropertiesSchema,
  SearchResponseSchema,
  SourcesResponseSchema,
  SummaryResponseSchema,
  TimelineResponseSchema,
} from "../../lib/layers/features";
import { IncidentSchema, ReportSchema } from "../../lib/events/incident";
import { MentionSchema } from "../../lib/geoparse/mention";
import { ArticleSchema } from "../../lib/ingest/article";

const PositionSchema = z.array(z.number()).min(2);

const PointSchema = z.object({ type: z.literal("Point"), coordinates: PositionSchema });
const PolygonalSchema = z.union([
  z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(PositionSchema)) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(z.array(PositionSchema))) }),
]);

/** The GeoJSON envelope around the shared property schemas. */
function featureCollection<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.object({
    type: z.literal("FeatureCollection"),
    features: z.array(
      z.object({
        type: z.literal("Feature"),
        id: z.union([z.string(), z.number()]).optional(),
        geometry,
        properties,
      }),
    ),
  });
}

export const IncidentCollectionSchema = featureCollection(PointSchema, IncidentPropertiesSchema);
/** What the map and list load: `?compact=1`. */
export const IncidentMapCollectionSchema = featureCollection(PointSchema, IncidentMapPropertiesSchema);
export const MentionCollectionSchema = featureCollection(PointSchema, MentionPropertiesSchema);
export const RegionCollectionSchema = featureCollection(PolygonalSchema, RegionPropertiesSchema);

export type IncidentCollection = z.infer<typeof IncidentCollectionSchema>;
export type IncidentMapCollection = z.infer<typeof IncidentMapCollectionSchema>;
/** `?limit=N&view=…`: a page of the incidents in view, with the counts. */
export const IncidentPageSchema = IncidentMapCollectionSchema.extend({ total: z.number().int().nonnegative(), inView: z.number().int().nonnegative() });
export type IncidentPage = z.infer<typeof IncidentPageSchema>;
export type IncidentFeature = IncidentMapCollection["features"][number];

/** GET /api/incidents/{id}: the incident with every report, its article (text apart) and the mention it rests on. */
export const IncidentDetailSchema = z.object({
  incident: IncidentSchema,
  reports: z.array(
    z.object({
      report: ReportSchema,
      mention: MentionSchema.nullable(),
      article: ArticleSchema.omit({ text: true }),
      articleText: z.string(),
      statistics: z.array(ArticleStatisticEntrySchema).default([]),
    }),
  ),
});
export type IncidentDetailResponse = z.infer<typeof IncidentDetailSchema>;
export type MentionCollection = z.infer<typeof MentionCollectionSchema>;
export type RegionCollection = z.infer<typeof RegionCollectionSchema>;

export { SearchResponseSchema, SourcesResponseSchema, SummaryResponseSchema, TimelineResponseSchema };

/** An API answer that was an error, or did not match its schema. */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/** A fetched body together with the URL it answers, so the UI knows which filters the data is for. */
export interface Fetched<T> {
  url: string;
  data: T;
}

export async function fetchChecked<T>(url: string, schema: z.ZodType<T>): Promise<Fetched<T>> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiRequestError(`${url} answered HTTP ${response.status} without JSON`, response.status);
  }
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(body);
    if (error.success) throw new ApiRequestError(error.data.error, response.status, error.data.parameter);
    throw new ApiRequestError(`${url} answered HTTP ${response.status}`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? ` at ${first.path.join(".") || "(root)"}: ${first.message}` : "";
    throw new ApiRequestError(`Unexpected answer from ${url}${where}`, response.status);
  }
  return { url, data: parsed.data };
}
