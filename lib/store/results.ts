import { z } from "zod";
import { IngestErrorCodeSchema } from "./errors";

/** What became of one document handed to ingest (shared by the API, the CLI and the dashboard). */
export const IngestResultSchema = z.object({
  name: z.string(),
  status: z.enum(["added", "duplicate", "rejected"]),
  documentId: z.string().nullable(),
  articles: z.number().int(),
  mentions: z.number().int(),
  reports: z.number().int(),
  warnings: z.array(z.string()),
  error: z.object({ code: IngestErrorCodeSchema, message: z.string() }).nullable(),
});
export type IngestResult = z.infer<typeof IngestResultSchema>;
