import { StoreVersionError, isConflict, isNotFound } from "@/lib/store/errors";
import { getLiveAtlas } from "@/lib/store/index";
import type { LiveAtlas } from "@/lib/store/live";

const noStore = { "cache-control": "no-store" };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: noStore });
}

/** The store's known failures as JSON errors with a human message; anything else is a 500 saying what broke. */
export function storeErrorResponse(e: unknown): Response {
  // By name: the store (one per process) may have been made by another bundle's copy of the error classes.
  if (isNotFound(e)) return json({ error: (e as Error).message }, 404);
  if (isConflict(e)) return json({ error: (e as Error).message }, 409);
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
