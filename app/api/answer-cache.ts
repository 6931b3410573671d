/**
 * The layer routes' answers, kept per atlas by request (path and query): an analyst goes back and forth between
 * filter combinations, and each answer at 100,000 incidents costs the one-threaded server 80–190 ms, during which
 * the map's tiles wait. An edit or an import makes a new atlas object, so an answer is never older than the data:
 * the old atlas's answers are simply no longer asked for (and go with it).
 */
import type { Atlas } from "@/lib/store/corpus";

/** Answers kept per atlas (the latest used). */
export const CACHED_ANSWERS = 64;
/** Larger answers (a whole layer at 100,000 incidents: tens of MB) are made again each time, not kept. */
export const MAX_CACHED_ANSWER_CHARS = 1_000_000;

// On globalThis, like the atlas itself: every route shares one cache.
const KEY = Symbol.for("incident-atlas.answer-cache");
const answers = ((globalThis as Record<symbol, WeakMap<Atlas, Map<string, string>>>)[KEY] ??= new WeakMap());

/** The answer (JSON text) to `request` over `atlas`: made by `make` the first time, then kept. */
export function cachedAnswer(atlas: Atlas, request: string, make: () => string): string {
  let cache = answers.get(atlas);
  if (!cache) answers.set(atlas, (cache = new Map()));
  const hit = cache.get(request);
  if (hit !== undefined) {
    // Most recently used last.
    cache.delete(request);
    cache.set(request, hit);
    return hit;
  }
  const answer = make();
  if (answer.length <= MAX_CACHED_ANSWER_CHARS) {
    cache.set(request, answer);
    while (cache.size > CACHED_ANSWERS) cache.delete(cache.keys().next().value!);
  }
  return answer;
}
