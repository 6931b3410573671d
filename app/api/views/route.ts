import { z } from "zod";
import { asEditor, readJsonBody } from "@/lib/auth/guard";
import { SavedViewInputSchema } from "@/lib/store/views";
import { json, withLive } from "../write-respond";

export const dynamic = "force-dynamic";

/** Saved views: a name and the dashboard's URL query, versioned. */
export function GET(): Promise<Response> {
  return withLive((live) => json({ views: live.store.listViews() }));
}

export function POST(request: Request): Promise<Response> {
  return asEditor(request, async (editor) => {
    const body = await readJsonBody(request, SavedViewInputSchema);
    if (!body.ok) return body.response;
    return withLive((live) => json({ view: live.store.saveView(body.data, editor) }, 201));
  });
}

export function PUT(request: Request): Promise<Response> {
  return asEditor(request, async (editor) => {
    const body = await readJsonBody(request, SavedViewInputSchema.extend({ id: z.string().min(1) }));
    if (!body.ok) return body.response;
    const { id, ...view } = body.data;
    return withLive((live) => json({ view: live.store.saveView(view, editor, id) }));
  });
}

export function DELETE(request: Request): Promise<Response> {
  return asEditor(request, () => {
    const id = new URL(request.url).searchParams.get("id");
    if (!id) return json({ error: "Say which view to delete (?id=).", parameter: "id" }, 400);
    return withLive((live) => {
      live.store.deleteView(id);
      return json({ deleted: id });
    });
  });
}
