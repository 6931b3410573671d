import { z } from "zod";
import { asEditor, readJsonBody } from "@/lib/auth/guard";
import { IncidentPatchSchema } from "@/lib/store/corrections";
import { candidatePlacement, PointSchema, pointPlacement } from "@/lib/store/placement";
import { json, withLive } from "../write-respond";

export const dynamic = "force-dynamic";

const CorrectionRequestSchema = z.discriminatedUnion("kind", [
  /** Move a mention to another of the candidates the geoparser considered. */
  z.object({ kind: z.literal("candidate"), mentionId: z.string().min(1), placeId: z.string().min(1) }),
  /** Move a mention to a point (clicked on the map). */
  z.object({ kind: z.literal("point"), mentionId: z.string().min(1), point: PointSchema }),
  /** The name is not a place here. */
  z.object({ kind: z.literal("not-a-place"), mentionId: z.string().min(1) }),
  /** Fix an incident's date, type or fatalities. */
  z.object({ kind: z.literal("incident"), incidentId: z.string().min(1), patch: IncidentPatchSchema }),
]);

/**
 * Corrections, oldest first: all, or (`?incident=`) those that touch one
 * incident — its own and those of the mentions its reports rest on.
 */
export function GET(request: Request): Promise<Response> {
  const incidentId = new URL(request.url).searchParams.get("incident");
  return withLive((live) => {
    if (!incidentId) return json({ corrections: live.store.corrections() });
    const incident = live.current().incidents.find((i) => i.id === incidentId);
    const mentionIds = new Set(incident?.reports.map((r) => r.mentionId) ?? []);
    const corrections = live.store.corrections().filter((c) => (c.kind === "incident" && c.target === incidentId) || (c.kind === "mention" && mentionIds.has(c.target)));
    return json({ corrections });
  });
}

export function POST(request: Request): Promise<Response> {
  return asEditor(request, async (editor) => {
    const body = await readJsonBody(request, CorrectionRequestSchema);
    if (!body.ok) return body.response;
    const c = body.data;
    return withLive((live) => {
      const atlas = live.current();
      if (c.kind === "incident") {
        const incident = atlas.incidents.find((i) => i.id === c.incidentId);
        if (!incident) return json({ error: `No incident with id “${c.incidentId}”.`, parameter: "incidentId" }, 404);
        const start = c.patch.dateStart !== undefined ? c.patch.dateStart : incident.dateStart;
        const end = c.patch.dateEnd !== undefined ? c.patch.dateEnd : incident.dateEnd;
        if (start && end && start > end) return json({ error: "The start date is after the end date.", parameter: "patch.dateStart" }, 400);
        const { correction, change } = live.store.correctIncident(incident, c.patch, editor);
        live.apply(change);
        return json({ correction });
      }
      const mention = atlas.mentions.find((m) => m.id === c.mentionId) ?? live.store.mention(c.mentionId);
      if (!mention) return json({ error: `No mention with id “${c.mentionId}”.`, parameter: "mentionId" }, 404);
      let verdict;
      if (c.kind === "not-a-place") verdict = { status: "not-a-place" as const };
      else if (c.kind === "point") verdict = pointPlacement(mention.surface, c.point, live.regions, mention.country);
      else {
        verdict = candidatePlacement(mention, c.placeId, live.regions) ?? candidatePlacement(live.store.mention(c.mentionId) ?? mention, c.placeId, live.regions);
        if (!verdict) return json({ error: `“${c.placeId}” is not one of the candidates for “${mention.surface}”.`, parameter: "placeId" }, 400);
      }
      const { correction, change } = live.store.correctMention(c.mentionId, verdict, editor);
      live.apply(change);
      return json({ correction });
    });
  });
}
