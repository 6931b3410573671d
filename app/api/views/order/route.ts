import { asEditor, readJsonBody } from "@/lib/auth/guard";
import { ViewOrderSchema } from "@/lib/store/views";
import { json, withLive } from "../../write-respond";

export const dynamic = "force-dynamic";

/**
 * A briefing's views in a new order: `{briefingId, ids}` lists every one of its views once. An order made
 * from a stale list (a view added or deleted meanwhile) is refused with 409, never half applied.
 */
export function PUT(request: Request): Promise<Response> {
  return asEditor(request, async (editor) => {
    const body = await readJsonBody(request, ViewOrderSchema);
    if (!body.ok) return body.response;
    return withLive((live) => json({ views: live.store.views.orderViews(body.data, editor) }));
  });
}
