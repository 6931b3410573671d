import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest/index";
import { type Atlas, defaultPaths, loadPipeline, processDocuments, readCorpusDirectory } from "../store/corpus";
import { evaluate, GoldFatalitySchema, GoldIncidentSchema, parseJsonLines } from "./evaluate";
import { findFatalities } from "./fatalities";
import { incidentLayer } from "../layers/build";
import { LayerQuerySchema } from "../layers/query";

/**
 * The sample corpus against the project's own gold (data/gold): the real
 * pipeline, gazetteer included, must find the incidents a careful reader finds.
 */
const root = join(__dirname, "../..");
const paths = defaultPaths(root);
const gold = parseJsonLines(readFileSync(join(root, "data/gold/sample-incidents.jsonl"), "utf8"), GoldIncidentSchema);
const claims = parseJsonLines(readFileSync(join(root, "data/gold/sample-fatalities.jsonl"), "utf8"), GoldFatalitySchema);
const articles = readCorpusDirectory(paths.articles).flatMap((d) => ingestDocument(d));

describe("gold files", () => {
  it("name articles of the sample corpus and quote fatality claims exactly as written", () => {
    const ids = new Set(articles.map((a) => a.id));
    for (const g of gold) expect(ids.has(g.articleId), g.id).toBe(true);
    for (const c of claims) expect(articles.find((a) => a.id === c.articleId)?.text.includes(c.sentence), c.sentence).toBe(true);
  });

  it("date no gold incident after its article's publication", () => {
    for (const g of gold) if (g.published && g.dateEnd) expect(g.dateEnd <= g.published, g.id).toBe(true);
  });
});

describe("every fatality figure written in the sample corpus", () => {
  it.each(claims.map((c) => [c.sentence.slice(0, 90), c] as const))("%s", (_, c) => {
    const f = findFatalities(c.sentence);
    expect(f).toMatchObject({ low: c.low, best: c.best, high: c.high });
    if (c.victims) expect(f!.victims).toBe(c.victims);
  });
});

describe("incidents of the sample corpus against the gold", () => {
  let atlas: Atlas;
  beforeAll(() => {
    atlas = processDocuments(readCorpusDirectory(paths.articles), loadPipeline(paths));
  });

  it("finds at least 90% of the gold (place, date range) pairs with at least 85% precision", () => {
    const e = evaluate(atlas.reports, gold);
    expect(e.recall).toBeGreaterThanOrEqual(0.9);
    expect(e.precision).toBeGreaterThanOrEqual(0.85);
  });

  it("agrees with the gold on the fatality figure of every incident it finds whose place the gazetteer knows", () => {
    const e = evaluate(atlas.reports, gold);
    const placeable = gold.filter((g) => g.fatalities !== null && g.place.lat !== null);
    expect(e.fatalitiesAgreed).toBeGreaterThanOrEqual(placeable.length);
  });

  it("gives every report's sentence, place, date and number as offsets into its article's text", () => {
    const texts = new Map(atlas.articles.map((a) => [a.id, a.text]));
    let dates = 0;
    let numbers = 0;
    for (const r of atlas.reports) {
      const text = texts.get(r.articleId)!;
      const at = (s: { start: number; end: number; text: string }) => text.slice(s.start, s.end);
      expect(at(r.evidence)).toBe(r.evidence.text);
      expect(at(r.placeEvidence)).toBe(r.placeEvidence.text);
      if (r.dateEvidence) (dates++, expect(at(r.dateEvidence)).toBe(r.dateEvidence.text));
      if (r.fatalities) (numbers++, expect(at(r.fatalities.span)).toBe(r.fatalities.span.text));
    }
    expect(dates).toBeGreaterThan(20);
    expect(numbers).toBeGreaterThan(5);
  });

  it("serves the date and number offsets of each incident's first report in the incidents layer", () => {
    const features = incidentLayer(atlas, LayerQuerySchema.parse({})).features;
    for (const f of features) {
      const text = atlas.articles.find((a) => a.id === f.properties.articleId)!.text;
      const lead = atlas.incidents.find((i) => i.id === f.properties.id)!.reports[0]!;
      if (f.properties.dateEvidenceStart !== null) expect(text.slice(f.properties.dateEvidenceStart, f.properties.dateEvidenceEnd!)).toBe(lead.dateEvidence!.text);
      if (f.properties.fatalitiesStart !== null) expect(text.slice(f.properties.fatalitiesStart, f.properties.fatalitiesEnd!)).toBe(lead.fatalities!.span.text);
    }
    expect(features.some((f) => f.properties.reportCount > 1 && f.properties.sources.length > 1)).toBe(true);
  });

  it("groups no report of the 2017 page with a report of another page", () => {
    for (const i of atlas.incidents) {
      const pages = new Set(i.reports.map((r) => r.articleId.split(":")[0]));
      if (i.reports.some((r) => r.articleId.startsWith("003_"))) expect(pages.size).toBe(1);
    }
  });

  it("dates no event of the 2017 page after 2018 and no event after its article's publication", () => {
    for (const r of atlas.reports) {
      if (r.articleId.startsWith("003_") && r.dateEnd) expect(r.dateEnd < "2018-01-01").toBe(true);
      if (r.published && r.dateEnd) expect(r.dateEnd <= r.published).toBe(true);
    }
  });
});
