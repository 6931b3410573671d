import { z } from "zod";
import { EventTypeSchema, FatalityRangeSchema, DatePrecisionSchema, type Incident } from "../events/incident";
import { IsoDateSchema } from "../ingest/article";
import type { Mention } from "../geoparse/mention";
import { PrecisionSchema } from "../geoparse/place";
import { foldName } from "../geoparse/normalize";

/** Where an editor says a mention really is. */
export const MentionPlacementSchema = z.object({
  status: z.literal("resolved"),
  placeId: z.string().min(1),
  name: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  precision: PrecisionSchema,
});
export type MentionPlacement = z.infer<typeof MentionPlacementSchema>;

/** What an editor made of a mention: a place, or not a place at all. */
export const MentionVerdictSchema = z.union([MentionPlacementSchema, z.object({ status: z.literal("not-a-place") })]);
export type MentionVerdict = z.infer<typeof MentionVerdictSchema>;

/** An editor's fix to an incident, applied over what grouping produced; absent fields are left as they are. */
export const IncidentPatchSchema = z
  .object({
    dateStart: IsoDateSchema.nullable(),
    dateEnd: IsoDateSchema.nullable(),
    datePrecision: DatePrecisionSchema,
    type: EventTypeSchema,
    fatalities: FatalityRangeSchema.nullable(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, "nothing to change");
export type IncidentPatch = z.infer<typeof IncidentPatchSchema>;

const Audit = {
  id: z.number().int(),
  /** Who made the correction (the editor's name) and when (ISO timestamp). */
  editor: z.string(),
  at: z.string(),
};

/**
 * One correction as kept in the store: who, when, what it was before and after.
 * Mention corrections are keyed by mention id and the name as written, so a
 * re-processed article gets them back as long as the name is still there.
 */
export const CorrectionSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("mention"),
    target: z.string(),
    articleId: z.string(),
    surface: z.string(),
    before: z.record(z.string(), z.unknown()),
    after: MentionVerdictSchema,
    ...Audit,
  }),
  z.object({
    kind: z.literal("incident"),
    target: z.string(),
    before: z.record(z.string(), z.unknown()),
    after: IncidentPatchSchema,
    ...Audit,
  }),
  z.object({
    kind: z.literal("local-name"),
    target: z.string(),
    before: z.null(),
    after: MentionPlacementSchema,
    ...Audit,
  }),
  z.object({
    kind: z.literal("delete-document"),
    target: z.string(),
    before: z.record(z.string(), z.unknown()),
    after: z.null(),
    ...Audit,
  }),
]);
export type Correction = z.infer<typeof CorrectionSchema>;
export type MentionCorrection = Extract<Correction, { kind: "mention" }>;
export type IncidentCorrection = Extract<Correction, { kind: "incident" }>;

/** A name an editor placed in the local gazetteer. */
export interface LocalName {
  key: string;
  name: string;
  placement: MentionPlacement;
  editor: string;
  at: string;
}

export const localNameKey = (name: string): string => foldName(name);

function place(m: Mention, p: MentionPlacement, reason: string): Mention {
  return { ...m, status: "resolved", placeId: p.placeId, name: p.name, lat: p.lat, lon: p.lon, country: p.country, admin1: p.admin1, precision: p.precision, confidence: 1, reason };
}

/**
 * The mentions as the editors left them: names from the local gazetteer placed
 * where the geoparser could not, then the latest correction of each mention (a
 * move, or dropped as not a place). A correction also holds for the same name
 * written elsewhere in the same article: an article means one place by one name,
 * and moving only one of two "Jableh"s would leave the incident at both places.
 * A correction of that very mention wins over one of its namesake. Corrections
 * whose name is no longer at that spot are skipped.
 */
export function applyMentionCorrections(mentions: Mention[], corrections: MentionCorrection[], localNames: ReadonlyMap<string, LocalName>): Mention[] {
  const latest = new Map<string, MentionCorrection>();
  const latestByName = new Map<string, MentionCorrection>();
  const nameKey = (articleId: string, surface: string) => `${articleId}\u0000${localNameKey(surface)}`;
  for (const c of corrections) {
    const prev = latest.get(c.target);
    if (!prev || prev.id < c.id) latest.set(c.target, c);
    const key = nameKey(c.articleId, c.surface);
    const prevByName = latestByName.get(key);
    if (!prevByName || prevByName.id < c.id) latestByName.set(key, c);
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    const own = latest.get(m.id);
    const c = own && own.surface === m.surface ? own : latestByName.get(nameKey(m.articleId, m.surface));
    if (c) {
      if (c.after.status === "not-a-place") continue;
      out.push(place(m, c.after, `Corrected by ${c.editor} at ${c.at}.`));
      continue;
    }
    const local = m.status === "unresolved" ? localNames.get(localNameKey(m.surface)) : undefined;
    out.push(local ? place(m, local.placement, `From the local gazetteer (added by ${local.editor} at ${local.at}).`) : m);
  }
  return out;
}

/** Editors' fixes laid over the grouped incidents, oldest first so the latest wins per field. */
export function applyIncidentCorrections(incidents: Incident[], corrections: IncidentCorrection[]): Incident[] {
  if (corrections.length === 0) return incidents;
  const byTarget = new Map<string, IncidentCorrection[]>();
  for (const c of [...corrections].sort((a, b) => a.id - b.id)) byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c]);
  return incidents.map((i) => {
    const cs = byTarget.get(i.id);
    if (!cs) return i;
    let out = i;
    for (const c of cs) {
      const { fatalities, ...rest } = c.after;
      // A new type makes the machine's sub-type meaningless.
      const subType = rest.type !== undefined && rest.type !== out.type ? { subType: null } : {};
      out = { ...out, ...rest, ...subType, ...(fatalities !== undefined ? { fatalities } : {}) };
    }
    return out;
  });
}
