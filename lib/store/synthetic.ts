import { bbox } from "@turf/turf";
import { groupReports } from "../events/group";
import { EventTypeSchema, type Report } from "../events/incident";
import type { Article } from "../ingest/article";
import type { RegionIndex } from "../geoparse/regions";
import type { Atlas } from "./corpus";

/** A seeded generator of numbers in [0, 1) (xorshift32), so benchmark runs are comparable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/**
 * A made-up atlas of `count` incidents spread over the governorates, for
 * benchmarks only (ATLAS_SYNTHETIC_INCIDENTS): realistic in shape and volume,
 * meaningless in content. Deterministic for a given count and seed.
 */
export function syntheticAtlas(count: number, regions: RegionIndex, seed = 1): Atlas {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const publishers = ["Synthetic Times", "Example Wire", "Test Gazette", "Sample Monitor", "Mock Observer", "Demo Herald", null];
  const types = EventTypeSchema.options;
  const areas = regions.governorates.map((g) => ({ code: g.properties.code, box: bbox(g) }));
  const perArticle = 10;
  const articles: Article[] = [];
  const reports: Report[] = [];
  const day0 = Date.UTC(2011, 2, 15);
  const days = Math.floor((Date.UTC(2026, 0, 31) - day0) / 86_400_000);
  for (let a = 0; a * perArticle < count; a++) {
    const publisher = pick(publishers);
    const published = new Date(day0 + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
    const sentence = "Synthetic report of an incident at a synthetic place.";
    const n = Math.min(perArticle, count - a * perArticle);
    const text = Array.from({ length: n }, () => sentence).join(" ");
    const id = `synthetic-${a}#0`;
    articles.push({
      id,
      documentId: `synthetic-${a}`,
      index: 0,
      publisher,
      url: null,
      title: `Synthetic article ${a}`,
      author: null,
      published,
      postedOnPage: null,
      foundBy: { publisher: "none", url: "none", title: "none", author: "none", published: "none" },
      text,
      offset: 0,
      bodyStart: 0,
    });
    for (let k = 0; k < n; k++) {
      const area = pick(areas);
      const [minX, minY, maxX, maxY] = area.box;
      const lon = minX + random() * (maxX - minX);
      const lat = minY + random() * (maxY - minY);
      const start = k * (sentence.length + 1);
      const end = start + sentence.length;
      const when = new Date(Date.parse(published) - Math.floor(random() * 30) * 86_400_000).toISOString().slice(0, 10);
      const killed = random() < 0.4 ? Math.floor(random() * 50) : null;
      reports.push({
        id: `rep:${id}:${k}`,
        articleId: id,
        mentionId: `${id}:m${k}`,
        place: { surface: "synthetic place", name: `Place ${a}.${k}`, lat, lon, country: "SY", admin1: area.code, precision: pick(["town", "town", "neighbourhood", "governorate"] as const), confidence: 0.5 + random() / 2 },
        dateStart: when,
        dateEnd: when,
        datePrecision: "day",
        dateEvidence: null,
        type: pick(types),
        subType: null,
        fatalities: killed === null ? null : { low: killed, best: killed, high: null, span: { start, end, text: sentence } },
        actors: [],
        attributedTo: [],
        source: publisher,
        published,
        url: null,
        title: `Synthetic article ${a}`,
        evidence: { start, end, text: sentence },
        placeEvidence: { start: start + 37, end: start + 52, text: "synthetic place" },
      });
    }
  }
  return { articles, mentions: [], reports, incidents: groupReports(reports), regions, notices: [] };
}
