import type { Gazetteer } from "./gazetteer";
import type { Mention } from "./mention";
import { recogniseNames } from "./recognize";
import type { RegionIndex } from "./regions";
import { resolveNames, toMentions } from "./resolve";

export { buildGazetteer, type Gazetteer, type GazetteerFile } from "./gazetteer";
export { MentionSchema, type Mention } from "./mention";
export { PlaceSchema, PrecisionSchema, type Place, type Precision } from "./place";
export { buildRegionIndex, parseGovernorates, type RegionIndex } from "./regions";

/**
 * Where a place name becomes a coordinate: recognise the names of an article, then resolve each.
 *
 * `bodyStart` is where the article's body begins in `text` (after its title and standfirst). Mention ids count from
 * there, so that a body mention keeps the id it had before heads were kept in the text — and with it the reports and
 * incidents named after it, which editors' corrections and saved links refer to. A head's mention has a negative one.
 */
export function geoparseArticle(articleId: string, text: string, gazetteer: Gazetteer, regions: RegionIndex, bodyStart = 0): Mention[] {
  const names = recogniseNames(text, gazetteer);
  return toMentions(articleId, resolveNames(text, names), regions, bodyStart);
}
