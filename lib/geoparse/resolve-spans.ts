import type { Gazetteer } from "./gazetteer";
import type { Place } from "./place";
import { type RecognisedName, recogniseNames } from "./recognize";
import { type ResolvedName, resolveNames } from "./resolve";
import { DEMONYMS, FEATURE_WORDS } from "./vocabulary";

/** Gazetteer entries for a name given from outside, with a trailing feature word ("Euphrates river") read as a feature. */
function lookupGiven(surface: string, gazetteer: Gazetteer): Pick<RecognisedName, "matches" | "feature"> {
  const matches = gazetteer.lookup(surface, { loose: true });
  const words = surface.trim().split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  if (words.length > 1 && FEATURE_WORDS.has(last)) {
    const feature = last.replace(/(?<=[a-z]{3})s$/, "");
    if (matches.length > 0) return { matches, feature };
    return { matches: gazetteer.lookup(words.slice(0, -1).join(" "), { loose: true }), feature };
  }
  // "Turkish", "Russians": a demonym asked to be placed stands for its country (not for Spanish, Ontario).
  const lowered = surface.trim().toLowerCase();
  const country = DEMONYMS.get(lowered) ?? DEMONYMS.get(lowered.replace(/s$/, ""));
  if (country) {
    const named = gazetteer.lookup(country).filter((m) => /^(PCL|CONT|RGN|ADM1)/.test(m.place.featureCode));
    if (named.length > 0) return { matches: named, feature: null };
  }
  return { matches, feature: null };
}

/**
 * Resolution given the place-name spans (the "oracle recognition" setting of
 * geoparsing benchmarks): each span is resolved in the context of the
 * article's other names, as the pipeline would. Returns the chosen place per
 * span, or null where the resolver would leave the name unresolved.
 */
export function resolveSpans(text: string, spans: Array<{ start: number; end: number }>, gazetteer: Gazetteer): Array<Place | null> {
  return resolveSpansDetailed(text, spans, gazetteer).map((r) => r.chosen?.match.place ?? null);
}

/** The same, with the resolver's ranked candidates and confidence per span (for error analysis). */
export function resolveSpansDetailed(text: string, spans: Array<{ start: number; end: number }>, gazetteer: Gazetteer): ResolvedName[] {
  const found = recogniseNames(text, gazetteer);
  const given: RecognisedName[] = spans.map((s) => {
    const surface = text.slice(s.start, s.end);
    const same = found.find((f) => f.start < s.end && s.start < f.end && !f.nonLiteral?.startsWith("part of the name"));
    const usable = same && same.matches.length > 0 && !DEMONYMS.has(surface.trim().toLowerCase());
    // The recogniser's reading of exactly this span keeps what it learnt from the text (feature words, kind of place).
    // Its candidates are all the gazetteer has for the name: the recogniser's filters (a common word at a sentence's
    // start is only a major place) decide whether a word is a place, which the given span settles.
    if (usable && same.start === s.start && same.end === s.end) {
      const extra = gazetteer.lookup(surface).filter((m) => !same.matches.some((x) => x.place.id === m.place.id));
      return { ...same, matches: [...same.matches, ...extra], nonLiteral: null };
    }
    // A span the recogniser cut otherwise ("Mexico" inside "New Mexico") is looked up as given; its reading is the fallback.
    const own = lookupGiven(surface, gazetteer);
    const ownIsFirm = own.matches.some((m) => m.match === "exact" || m.match === "article");
    if (!ownIsFirm && usable) return { ...same, surface, start: s.start, end: s.end, nonLiteral: null };
    return { surface, start: s.start, end: s.end, ...own, recognisedBy: "given", nonLiteral: null };
  });
  // The article's other names stay as context (country focus, neighbours).
  const context = found.filter((f) => !spans.some((s) => f.start < s.end && s.start < f.end));
  const all = [...given.map((n, i) => ({ n, i })), ...context.map((n) => ({ n, i: -1 }))].sort((a, b) => a.n.start - b.n.start);
  const resolved = resolveNames(
    text,
    all.map((a) => a.n),
  );
  const out: ResolvedName[] = new Array(spans.length);
  resolved.forEach((r, k) => {
    const i = all[k]!.i;
    if (i >= 0) out[i] = r;
  });
  return out;
}
