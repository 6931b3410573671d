import type { Gazetteer } from "./gazetteer";
import type { Mention } from "./mention";
import { recogniseNames } from "./recognize";
import type { RegionIndex } from "./regions";
import { resolveNames, toMentions } from "./resolve";

export { buildGazetteer, type Gazetteer, type GazetteerFile } from "./gazetteer";
export { MentionSchema, type Mention } from "./mention";
export { PlaceSchema, PrecisionSchema, type Place, type Precision } from "./place";
export { buildRegionIndex, parseGovernorates, type RegionIndex } from "./regions";

/** Where a place name becomes a coordinate: recognise the names of an article, then resolve each. */
export function geoparseArticle(articleId: string, text: string, gazetteer: Gazetteer, regions: RegionIndex): Mention[] {
  const names = recogniseNames(text, gazetteer);
  return toMentions(articleId, resolveNames(text, names), regions);
}
