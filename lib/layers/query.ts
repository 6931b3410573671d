import { z } from "zod";
import { IsoDateSchema } from "../ingest/article";

/**
 * The filters every layer obeys. Built from URL search parameters, so the
 * same schema serves the API routes, the dashboard's URL state and the CLI.
 */
export const LayerQuerySchema = z
  .object({
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    /** Publishers to keep; empty means all. "unknown" stands for articles without a known publisher. */
    source: z.array(z.string().min(1)).default([]),
    /** Governorates (ISO 3166-2 code such as SY-LA, or English name) to keep; empty means all. */
    region: z.array(z.string().min(1)).default([]),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "`from` must not be after `to`", path: ["from"] });
export type LayerQuery = z.infer<typeof LayerQuerySchema>;
