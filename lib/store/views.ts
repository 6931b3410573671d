import { z } from "zod";
import { viewQueryProblem } from "./view-query";

/**
 * Saved views and briefings. A saved view is a dashboard screen (its URL query: filters, layers, selected
 * incident, map view) with a title and a note; a briefing is a named, ordered deck of saved views that
 * presentation mode shows as slides.
 *
 * `version` is the shape of the stored record: 1 was `{name, state}`; 2 adds the note, the briefing and the
 * position. Records of every version are read through `upgradeSavedView`, so a view saved long ago still opens.
 * The `state` query carries its own format version (`v=`, see `lib/store/view-query.ts`).
 */
export const SAVED_VIEW_VERSION = 2;

/** Every store has this briefing (made by migration 2); views saved before briefings existed belong to it. */
export const DEFAULT_BRIEFING_ID = "default";

const noControlCharacters = (s: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s);

export const ViewIdSchema = z.string().trim().min(1, "say which saved view").max(64, "a saved view id is at most 64 characters");
export const BriefingIdSchema = z
  .string()
  .trim()
  .min(1, "say which briefing")
  .max(64, "a briefing id is at most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "a briefing id is letters, digits, - and _");

export const ViewTitleSchema = z
  .string()
  .trim()
  .min(1, "a saved view needs a title")
  .max(120, "a title is at most 120 characters")
  .refine((s) => !/[\r\n]/.test(s) && noControlCharacters(s), "a title is one line of plain text");
/** Plain text, shown as text (never as HTML); a few lines at most. */
export const ViewNoteSchema = z
  .string()
  .trim()
  .max(600, "a note is at most 600 characters")
  .refine(noControlCharacters, "a note is plain text")
  .refine((s) => s.split("\n").length <= 8, "a note is at most 8 lines");
/** The dashboard's URL query string, e.g. "v=1&from=2025-01-01&region=SY-LA&map=8/35.5/35.8". */
export const ViewStateSchema = z
  .string()
  .trim()
  .max(4000, "a view's state is at most 4,000 characters")
  .transform((s) => (s.startsWith("?") ? s.slice(1) : s))
  .refine((s) => !/[\s]/.test(s), "a view's state is one URL query string")
  .superRefine((s, ctx) => {
    const problem = viewQueryProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: `not a dashboard view: ${problem}` });
  });

export const BriefingTitleSchema = z
  .string()
  .trim()
  .min(1, "a briefing needs a title")
  .max(120, "a title is at most 120 characters")
  .refine((s) => !/[\r\n]/.test(s) && noControlCharacters(s), "a title is one line of plain text");

/** A new saved view. Clients of version 1 sent `{name, state}`: `name` is read as the title. */
const SavedViewFieldsSchema = z.strictObject({
  title: ViewTitleSchema,
  note: ViewNoteSchema.default(""),
  state: ViewStateSchema,
  briefingId: BriefingIdSchema.default(DEFAULT_BRIEFING_ID),
});
export const SavedViewInputSchema = z.preprocess((body) => {
  if (body && typeof body === "object" && !Array.isArray(body) && !("title" in body) && "name" in body) {
    const { name, ...rest } = body as Record<string, unknown>;
    return { ...rest, title: name };
  }
  return body;
}, SavedViewFieldsSchema);
export type SavedViewInput = z.input<typeof SavedViewFieldsSchema>;

/** A change to a saved view: rename, edit the note, replace the state, move to another briefing. */
export const SavedViewPatchSchema = z
  .strictObject({
    id: ViewIdSchema,
    title: ViewTitleSchema.optional(),
    note: ViewNoteSchema.optional(),
    state: ViewStateSchema.optional(),
    briefingId: BriefingIdSchema.optional(),
  })
  .refine((p) => p.title !== undefined || p.note !== undefined || p.state !== undefined || p.briefingId !== undefined, "say what to change: title, note, state or briefingId");
export type SavedViewPatch = z.infer<typeof SavedViewPatchSchema>;

/** The new order of a briefing's views: every one of its views, each once. */
export const ViewOrderSchema = z.strictObject({
  briefingId: BriefingIdSchema,
  ids: z
    .array(ViewIdSchema)
    .max(1000, "a briefing holds at most 1,000 views")
    .refine((ids) => new Set(ids).size === ids.length, "each view is listed once"),
});
export type ViewOrder = z.infer<typeof ViewOrderSchema>;

const Stamps = {
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
};

export const SavedViewSchema = z.object({
  id: z.string(),
  version: z.literal(SAVED_VIEW_VERSION),
  briefingId: z.string(),
  /** 0-based place in its briefing. */
  position: z.number().int().nonnegative(),
  title: z.string(),
  note: z.string(),
  state: z.string(),
  ...Stamps,
});
export type SavedView = z.infer<typeof SavedViewSchema>;

/** How records were written, version by version. */
const StoredViewV1Schema = z.object({ version: z.literal(1), id: z.string(), name: z.string(), state: z.string(), ...Stamps });
const StoredViewV2Schema = SavedViewSchema;
export const StoredSavedViewSchema = z.discriminatedUnion("version", [StoredViewV1Schema, StoredViewV2Schema]);
export type StoredSavedView = z.infer<typeof StoredSavedViewSchema>;

/**
 * Any stored version of a saved view, as the current one. A version-1 record (a name and a state, no
 * briefing) becomes a view titled by its name, without a note, in the default briefing at `position`.
 * Throws (zod) on a record of an unknown version: it is not guessed at.
 */
export function upgradeSavedView(record: unknown, position = 0): SavedView {
  const stored = StoredSavedViewSchema.parse(record);
  if (stored.version === SAVED_VIEW_VERSION) return stored;
  const { name, ...rest } = stored;
  return { ...rest, version: SAVED_VIEW_VERSION, title: name, note: "", briefingId: DEFAULT_BRIEFING_ID, position };
}

export const BriefingInputSchema = z.strictObject({ title: BriefingTitleSchema });
export const BriefingPatchSchema = z.strictObject({ id: BriefingIdSchema, title: BriefingTitleSchema });

export const BriefingSchema = z.object({
  id: z.string(),
  title: z.string(),
  position: z.number().int().nonnegative(),
  /** How many saved views it holds. */
  views: z.number().int().nonnegative(),
  ...Stamps,
});
export type Briefing = z.infer<typeof BriefingSchema>;

/** `ids` with `id` moved by `offset` places (−1: up, +1: down), kept within the list; unchanged when `id` is absent. */
export function moveInOrder(ids: readonly string[], id: string, offset: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const to = Math.max(0, Math.min(ids.length - 1, from + Math.trunc(offset)));
  const next = ids.filter((x) => x !== id);
  next.splice(to, 0, id);
  return next;
}

/** Why `proposed` is not a new order of `current` (missing or unknown views), or null when it is. */
export function orderProblem(current: readonly string[], proposed: readonly string[]): string | null {
  const known = new Set(current);
  const unknown = proposed.filter((id) => !known.has(id));
  if (unknown.length) return `Not in this briefing: ${unknown.slice(0, 3).join(", ")}${unknown.length > 3 ? "…" : ""}. Reload and try again.`;
  const given = new Set(proposed);
  const missing = current.filter((id) => !given.has(id));
  if (missing.length) return `The new order leaves out ${missing.length} of the briefing's views (someone may have added one). Reload and try again.`;
  return null;
}
