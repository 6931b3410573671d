import { asEditor, readJsonBody } from "@/lib/auth/guard";
import { BriefingIdSchema, SavedViewInputSchema, SavedViewPatchSchema, ViewIdSchema } from "@/lib/store/views";
import { queryParam as param } from "../query-param";
import { json, withLive } from "../write-respond";

export const dynamic = "force-dynamic";

/**
 * Saved views: a title, a note and the dashboard's URL query, in a briefing at a position, versioned.
 * GET lists them all (in briefing order), one briefing's (`?briefing=`), or one view (`?id=`).
 */
export function GET(request: Request): Promise<Response> {
  const id = param(request, "id", ViewIdSchema);
  if (!id.ok) return Promise.resolve(id.response);
  const briefing = param(request, "briefing", BriefingIdSchema);
  if (!briefing.ok) return Promise.resolve(briefing.response);
  return withLive((live) => {
    if (id.value !== undefined) return json({ view: live.store.views.getView(id.value) });
    if (briefing.value !== undefined) live.store.views.getBriefing(briefing.value); // 404 for an unknown briefing
    return json({ views: live.store.views.listViews(briefing.value) });
  });
}

/** A new view at the end of its briefing: `{title, note?, state, briefingId?}` (version 1's `{name, state}` is still accepted). */
export function POST(request: Request): Promise<Response> {
  return asEditor(request, async (editor) => {
    const body = await readJsonBody(request, SavedViewInputSchema);
    if (!body.ok) return body.response;
    return withLive((live) => json({ view: live.store.views.createView(body.data, editor) }, 201));
  });
}

/** Rename, edit the note, replace the state, or move to another briefing: `{id, title?, note?, state?, briefingId?}`. */
export function PUT(request: Request): Promise<Response> {
  return asEditor(request, async (editor) => {
    const body = await readJsonBody(request, SavedViewPatchSchema);
    if (!body.ok) return body.response;
    return withLive((live) => json({ view: live.store.views.updateView(body.data, editor) }));
  });
}

export function DELETE(request: Request): Promise<Response> {
  return asEditor(request, () => {
    const id = param(request, "id", ViewIdSchema);
    if (!id.ok) return id.response;
    if (id.value === undefined) return json({ error: "Say which view to delete (?id=).", parameter: "id" }, 400);
    const viewId = id.value;
    return withLive((live) => {
      live.store.views.deleteView(viewId);
      return json({ deleted: viewId });
    });
  });
}
