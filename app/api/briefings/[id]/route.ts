import { BriefingIdSchema } from "@/lib/store/views";
import { json, withLive } from "../../write-respond";

export const dynamic = "force-dynamic";

/** One briefing with its views in order: what presentation mode shows, one slide per view. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const parsed = BriefingIdSchema.safeParse((await context.params).id);
  if (!parsed.success) return json({ error: `id: ${parsed.error.issues[0]?.message ?? "not valid"}`, parameter: "id" }, 400);
  const id = parsed.data;
  return withLive((live) => json({ briefing: live.store.views.getBriefing(id), views: live.store.views.listViews(id) }));
}
