import { z } from "zod";
import { AdminPathSchema } from "./admin-path";
import { PrecisionSchema } from "./place";

export const CandidateSchema = z.object({
  placeId: z.string(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  country: z.string(),
  featureCode: z.string(),
  score: z.number(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const MentionStatusSchema = z.enum([
  "resolved", // placed at a gazetteer entry
  "unresolved", // recognised as a place name, but no entry could be chosen with confidence
  "non-literal", // a place name standing for a government or institution ("Ankara followed suit")
]);
export type MentionStatus = z.infer<typeof MentionStatusSchema>;

/** A place name as written in an article, and what the geoparser made of it. */
export const MentionSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  /** The name as written. */
  surface: z.string(),
  /** Character offsets of the name within the article text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  status: MentionStatusSchema,
  /** Why the recogniser took it as a place (gazetteer match, "village of X", ...). */
  recognisedBy: z.string(),
  placeId: z.string().nullable(),
  name: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  country: z.string().nullable(),
  /** ISO 3166-2 code of the first-level division the point lies in, when known. */
  admin1: z.string().nullable(),
  /** Governorate, district and sub-district (names and OCHA P-codes) of a Syrian place, and its own P-code. */
  admin: AdminPathSchema.nullable().optional(),
  precision: PrecisionSchema.nullable(),
  /** 0..1: how sure the resolver is of this choice. */
  confidence: z.number().min(0).max(1),
  /** Runner-up candidates, best first (the chosen one excluded). */
  alternatives: z.array(CandidateSchema),
  /** The mention the text names as this one's container ("Daliyah, near Jableh"), if any. */
  parentId: z.string().nullable(),
  /** Why the resolver chose as it did, in words. */
  reason: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;
