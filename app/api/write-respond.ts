import { StoreVersionError } from "@/lib/store/errors";
import { ConflictError, NotFoundError } from "@/lib/store/store";
import { getLiveAtlas } from "@/lib/store/index";
import type { LiveAtlas } from "@/lib/store/live";

const noStore = { "cache-control": "no-store" };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: noStore });
}

/** The store's known failures as JSON errors with a human message; anything else is a 500 saying what broke. */
export function storeErrorResponse(e: unknown): Response {
  if (e instanceof NotFoundError) return json({ error: e.message }, 404);
  if (e instanceof ConflictError) return json({ error: e.message }, 409);
  if (e instanceof StoreVersionError) return json({ error: e.message }, 503);
  return json({ error: `The store could not be updated: ${e instanceof Error ? e.message : String(e)}` }, 500);
}

/** Runs `f` against the live atlas, turning failures into JSON errors. */
export async function withLive(f: (live: LiveAtlas) => Response | Promise<Response>): Promise<Response> {
  try {
    return await f(await getLiveAtlas());
  } catch (e) {
    return storeErrorResponse(e);
  }
}
