import { z } from "zod";

/** Saved views carry the dashboard's URL query; the version says how to read `state` if its format changes. */
export const SAVED_VIEW_VERSION = 1;

export const SavedViewInputSchema = z.object({
  name: z.string().trim().min(1, "a saved view needs a name").max(120),
  /** The dashboard's URL query string (filters, layers), e.g. "from=2025-01-01&region=SY-LA". */
  state: z.string().max(4000).refine((s) => !s.includes("\n"), "state is one URL query string"),
});
export type SavedViewInput = z.infer<typeof SavedViewInputSchema>;

export const SavedViewSchema = SavedViewInputSchema.extend({
  id: z.string(),
  version: z.number().int().positive(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof SavedViewSchema>;
