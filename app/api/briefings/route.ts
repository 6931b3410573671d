import { asEditor, readJsonBody } from "@/lib/auth/guard";
import { BriefingIdSchema, BriefingInputSchema, BriefingPatchSchema } from "@/lib/store/views";
import { queryParam } from "../query-param";
import { json, withLive } from "../write-respond";

export const dynamic = "force-dynamic";

/** Briefings: named, ordered decks of saved views, with how many views each holds. */
export function GET(): Promise<Response> {
  return withLive((live) => json({ briefings: live.store.views.listBriefings() }));
}

/** A new, empty briefing: `{title}`. */
export function POST(request: Request): Promise<Response> {
  return asEditor(request, async (editor) => {
    const body = await readJsonBody(request, BriefingInputSchema);
    if (!body.ok) return body.response;
    return withLive((live) => json({ briefing: live.store.views.createBriefing(body.data, editor) }, 201));
  });
}

/** Renames a briefing: `{id, title}`. */
export function PUT(request: Request): Promise<Response> {
  return asEditor(request, async (editor) => {
    const body = await readJsonBody(request, BriefingPatchSchema);
    if (!body.ok) return body.response;
    return withLive((live) => json({ briefing: live.store.views.renameBriefing(body.data, editor) }));
  });
}

/** Deletes an empty briefing (`?id=`); one that still holds views, or the default one, is refused with 409. */
export function DELETE(request: Request): Promise<Response> {
  return asEditor(request, () => {
    const id = queryParam(request, "id", BriefingIdSchema);
    if (!id.ok) return id.response;
    if (id.value === undefined) return json({ error: "Say which briefing to delete (?id=).", parameter: "id" }, 400);
    const briefingId = id.value;
    return withLive((live) => {
      live.store.views.deleteBriefing(briefingId);
      return json({ deleted: briefingId });
    });
  });
}
