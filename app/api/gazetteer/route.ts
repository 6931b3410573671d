import { z } from "zod";
import { asEditor, readJsonBody } from "@/lib/auth/guard";
import { PointSchema, pointPlacement } from "@/lib/store/placement";
import { json, withLive } from "../write-respond";

export const dynamic = "force-dynamic";

const LocalNameSchema = z.object({ name: z.string().trim().min(1).max(120), point: PointSchema });

/** The local gazetteer (names editors placed) and the names still unplaced, most frequent first. */
export function GET(): Promise<Response> {
  return withLive((live) => json({ local: [...live.store.localNames().values()], unresolved: live.store.unresolvedNames() }));
}

/** Adds a name to the local gazetteer: every unresolved mention of it is placed there, now and in later articles. */
export function POST(request: Request): Promise<Response> {
  return asEditor(request, async (editor) => {
    const body = await readJsonBody(request, LocalNameSchema);
    if (!body.ok) return body.response;
    return withLive((live) => {
      const placement = pointPlacement(body.data.name, { ...body.data.point, name: body.data.point.name ?? body.data.name }, live.regions);
      const { correction, change } = live.store.addLocalName(body.data.name, { ...placement, placeId: `local:${body.data.name}` }, editor);
      live.apply(change);
      return json({ correction, placed: change.articleIds.length });
    });
  });
}
