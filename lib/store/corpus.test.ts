import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { type Atlas, defaultPaths, loadPipeline, processDocuments, readCorpusDirectory } from "./corpus";

/**
 * The whole path, article to incident, on the sample corpus in data/articles
 * with the real gazetteer: the places the corpus is about are placed where
 * they are, and no event is dated after its article or into the wrong decade.
 */
let atlas: Atlas;
beforeAll(() => {
  const paths = defaultPaths(join(__dirname, "../.."));
  atlas = processDocuments(readCorpusDirectory(paths.articles), loadPipeline(paths));
});

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  Math.hypot((a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180), (a.lat - b.lat) * 111);

// Reference points (GeoNames / Wikipedia): where an incident "at X" must lie.
const EXPECTED: Record<string, { lat: number; lon: number; within: number }> = {
  Latakia: { lat: 35.5317, lon: 35.7901, within: 10 },
  Tartus: { lat: 34.8890, lon: 35.8866, within: 10 },
  Baniyas: { lat: 35.1819, lon: 35.9487, within: 10 },
  Suwayda: { lat: 32.7090, lon: 36.5695, within: 10 },
  Jaramana: { lat: 33.4862, lon: 36.3468, within: 10 },
  Aleppo: { lat: 36.2021, lon: 37.1343, within: 10 },
  "al-Hol": { lat: 36.3756, lon: 41.1486, within: 10 },
};
const SURFACES: Record<string, RegExp> = {
  Latakia: /^(Latakia|Lattakia)$/,
  Tartus: /^(Tartus|Tartous)$/,
  Baniyas: /^(Baniyas|Banyas)$/,
  Suwayda: /^(Suwayda|Sweida|As-Suwayda)$/,
  Jaramana: /^Jaramana$/,
  Aleppo: /^Aleppo$/,
  "al-Hol": /^(al-Hol|al-Hawl|Al-Hol Camp)$/i,
};

describe("sample corpus", () => {
  it.each(Object.keys(EXPECTED))("places incidents at %s correctly", (place) => {
    const hits = atlas.incidents.filter((i) => SURFACES[place]!.test(i.place.surface) && i.place.precision !== "governorate");
    expect(hits.length).toBeGreaterThan(0);
    for (const i of hits) expect(km(i.place, EXPECTED[place]!)).toBeLessThan(EXPECTED[place]!.within);
  });

  it("places each of several neighbourhoods named together under one city", () => {
    const names = atlas.incidents.map((i) => i.place.surface);
    expect(names).toContain("Sheikh Maqsoud");
    expect(names).toContain("Ashrafieh");
  });

  it("dates no event of the 2017 page in 2025 or 2026", () => {
    const isis = atlas.articles.filter((a) => a.documentId.startsWith("003_")).map((a) => a.id);
    const dated = atlas.reports.filter((i) => isis.includes(i.articleId) && i.dateStart);
    for (const i of dated) expect(i.dateEnd! < "2018-01-01").toBe(true);
  });

  it("never dates an event after its article's publication", () => {
    for (const i of atlas.reports) {
      const a = atlas.articles.find((x) => x.id === i.articleId)!;
      const ref = a.published ?? a.postedOnPage;
      if (ref && i.dateEnd) expect(i.dateEnd <= ref).toBe(true);
    }
  });

  it("never passes the publication date off as the event date", () => {
    for (const i of atlas.reports) if (i.dateStart) expect(i.dateEvidence?.text.length).toBeGreaterThan(0);
  });

  it("lists what it could not place instead of dropping it", () => {
    const unresolved = atlas.mentions.filter((m) => m.status === "unresolved").map((m) => m.surface);
    expect(unresolved).toContain("White House");
  });

  it("places the villages OCHA's communities hold, in the district the article names (Beit Ana near Jableh)", () => {
    const beitAna = atlas.mentions.filter((m) => m.surface === "Beit Ana" && m.status === "resolved");
    expect(beitAna.length).toBeGreaterThan(0);
    for (const m of beitAna) expect(m.admin?.admin2?.pcode).toBe("SY0602");
  });

  it("ties every report to the sentence and the place name it rests on", () => {
    for (const i of atlas.reports) {
      const a = atlas.articles.find((x) => x.id === i.articleId)!;
      expect(a.text.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text);
      const m = atlas.mentions.find((x) => x.id === i.mentionId)!;
      expect(a.text.slice(m.start, m.end)).toBe(i.place.surface);
      // The place name stands in one of the report's sentences (an article's sentences about one event are one report).
      const sentences = [i.evidence, ...(i.moreEvidence ?? [])];
      expect(sentences.some((s) => m.start >= s.start && m.end <= s.end)).toBe(true);
      for (const s of sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
      expect(a.text.slice(i.placeEvidence.start, i.placeEvidence.end)).toBe(i.placeEvidence.text);
    }
  });
});
