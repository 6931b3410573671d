import { describe, expect, it } from "vitest";
import type { GazetteerMatch } from "../geoparse/gazetteer";
import type { Mention } from "../geoparse/mention";
import { type Place, PlaceSchema } from "../geoparse/place";
import { type Article, ArticleSchema } from "../ingest/article";
import { processDocuments } from "../store/corpus";
import { testPipeline } from "../store/test-pipeline";
import type { Incident, Report } from "./incident";
import {
  type ConflictReport,
  ConflictReportSchema,
  dateAgrees,
  evalHalf,
  fnv1a32,
  matchReport,
  reportDocument,
  type ReportScore,
  scoreReport,
  subEventAgrees,
  summarise,
  tollAgrees,
  typeAgrees,
} from "./report-eval";

// Invented places: a village, a namesake 120 km away, and a governorate seat 40 km away.
const VILLAGE = { lat: 35.0, lon: 37.0 };
const NAMESAKE = { lat: 36.0, lon: 37.3 };
const SEAT = { lat: 35.3, lon: 37.25 };

function conflictReport(over: Partial<ConflictReport["gold"]> = {}, text = "On 3 March 2020, fighters clashed in Tell Warda village in the countryside, killing 2."): ConflictReport {
  return ConflictReportSchema.parse({
    id: "test-1",
    text,
    published: "2020-03-10",
    gold: {
      ...VILLAGE,
      geo_precision: 1,
      date_start: "2020-03-03",
      date_end: "2020-03-03",
      time_precision: 1,
      event_type: "Battles",
      sub_event_type: "Armed clash",
      fatalities: 2,
      admin1: "North",
      admin2: "North",
      admin3: "Warda",
      location: "Tell Warda",
      source: "Invented",
      ...over,
    },
  });
}

const article: Article = ArticleSchema.parse({
  id: "test-1:0",
  documentId: "test-1",
  index: 0,
  publisher: null,
  url: null,
  title: null,
  author: null,
  published: "2020-03-10",
  postedOnPage: null,
  foundBy: { publisher: "none", url: "none", title: "none", author: "none", published: "byline" },
  text: "…",
  offset: 0,
});

function mention(over: Partial<Mention> & { surface: string }): Mention {
  return {
    id: `m-${over.surface}`,
    articleId: article.id,
    start: 0,
    end: over.surface.length,
    status: "resolved",
    recognisedBy: "gazetteer",
    placeId: null,
    name: over.surface,
    lat: null,
    lon: null,
    country: "SY",
    admin1: null,
    precision: "town",
    confidence: 0.9,
    alternatives: [],
    parentId: null,
    reason: "test",
    ...over,
  };
}

function report(at: { lat: number; lon: number }, over: Partial<Report> = {}, place: Partial<Report["place"]> = {}): Report {
  const span = { start: 0, end: 1, text: "x" };
  return {
    id: `r-${at.lat}-${at.lon}`,
    articleId: article.id,
    mentionId: "m",
    place: { surface: "Tell Warda", name: "Tell Warda", ...at, country: "SY", admin1: null, precision: "town", confidence: 0.9, ...place },
    dateStart: "2020-03-03",
    dateEnd: "2020-03-03",
    datePrecision: "day",
    dateEvidence: null,
    type: "battles",
    subType: "armed clash",
    fatalities: { low: 2, best: 2, high: 2, span },
    actors: [],
    attributedTo: [],
    source: null,
    published: "2020-03-10",
    url: null,
    title: null,
    evidence: span,
    placeEvidence: span,
    ...over,
  };
}

const incidentOf = (r: Report): Incident => ({
  id: `i-${r.id}`,
  place: r.place,
  dateStart: r.dateStart,
  dateEnd: r.dateEnd,
  datePrecision: r.datePrecision,
  type: r.type,
  subType: r.subType,
  fatalities: r.fatalities,
  actors: [],
  sources: [null],
  attributedTo: [],
  reports: [r],
});

function place(name: string, at: { lat: number; lon: number }): Place {
  return PlaceSchema.parse({ id: `p-${name}-${at.lat}`, name, ...at, featureClass: "P", featureCode: "PPL", country: "SY", admin1: "01", population: 0, source: "test" });
}

/** A gazetteer that knows only the names given to it. */
function gazetteer(entries: Record<string, Place[]>) {
  return { lookup: (name: string): GazetteerMatch[] => (entries[name] ?? []).map((p) => ({ place: p, match: "exact", primary: true })) };
}

function score(gold: ConflictReport, parts: { mentions?: Mention[]; reports?: Report[]; refused?: boolean }, known: Record<string, Place[]> = {}): ReportScore {
  const reports = parts.reports ?? [];
  const atlas = {
    articles: parts.refused ? [] : [article],
    mentions: parts.mentions ?? [],
    reports,
    incidents: reports.map(incidentOf),
    notices: parts.refused ? [{ documentId: gold.id, message: "no article text found in the document" }] : [],
  };
  return scoreReport({ report: gold, atlas, gazetteer: gazetteer(known) });
}

describe("evalHalf", () => {
  it("hashes the id's UTF-8 bytes with FNV-1a 32", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
    expect(fnv1a32("ré-1")).toBe(0xbf9cf39f);
  });
  it("puts even hashes in half 1 and odd in half 2", () => {
    expect(evalHalf("a")).toBe(1);
    expect(evalHalf("foobar")).toBe(1);
    expect(evalHalf("b")).toBe(2);
    expect(evalHalf("report-7")).toBe(2);
  });
  it("splits many ids roughly in two", () => {
    const ones = Array.from({ length: 1000 }, (_, i) => evalHalf(`x-${i}`)).filter((h) => h === 1).length;
    expect(ones).toBeGreaterThan(430);
    expect(ones).toBeLessThan(570);
  });
});

describe("the rules", () => {
  const gold = conflictReport().gold;
  it("agrees on a date within the slack of the gold's time precision", () => {
    expect(dateAgrees({ dateStart: "2020-03-04", dateEnd: "2020-03-04" }, gold)).toBe(true);
    expect(dateAgrees({ dateStart: "2020-03-05", dateEnd: "2020-03-05" }, gold)).toBe(false);
    expect(dateAgrees({ dateStart: "2020-03-06", dateEnd: null }, { ...gold, time_precision: 2 })).toBe(true);
    expect(dateAgrees({ dateStart: "2020-02-20", dateEnd: "2020-02-20" }, { ...gold, time_precision: 3 })).toBe(true);
    expect(dateAgrees({ dateStart: "2020-02-01", dateEnd: "2020-03-31" }, gold)).toBe(true);
    expect(dateAgrees({ dateStart: null, dateEnd: null }, gold)).toBe(false);
  });
  it("agrees on a toll inside the claim's range or equal to its best", () => {
    expect(tollAgrees({ low: 2, best: 2, high: 2 }, 2)).toBe(true);
    expect(tollAgrees({ low: 5, best: 5, high: null }, 12)).toBe(true);
    expect(tollAgrees({ low: 5, best: 5, high: null }, 4)).toBe(false);
    expect(tollAgrees({ low: 0, best: 10, high: 10 }, 3)).toBe(true);
    expect(tollAgrees(null, 3)).toBe(false);
  });
  it("names our types and sub-types in ACLED's words", () => {
    expect(typeAgrees("battles", "Battles")).toBe(true);
    expect(typeAgrees("explosions-remote-violence", "Battles")).toBe(false);
    expect(subEventAgrees("armed clash", "Armed clash")).toBe(true);
    expect(subEventAgrees("armed clash", "Government regains territory")).toBe(false);
    expect(subEventAgrees(null, "Armed clash")).toBe(false);
  });
  it("puts the publication date on its own line above the text", () => {
    expect(reportDocument(conflictReport()).text.split("\n")[0]).toBe("2020-03-10");
  });
});

describe("scoreReport", () => {
  it("scores a report placed, dated, typed and counted right", () => {
    const s = score(conflictReport(), { mentions: [mention({ surface: "Tell Warda", ...VILLAGE })], reports: [report(VILLAGE)] });
    expect(s).toMatchObject({ refused: false, hit: true, mentionHit: true, dateAgree: true, typeAgree: true, subEventAgree: true, fatalityAgree: true, cause: null, goldNamedInText: true });
    expect(s.nearestIncidentKm).toBeLessThan(0.01);
    expect(s.publishedRead).toBe(true);
  });

  it("holds the best-matching report within tolerance against the gold", () => {
    const near = { lat: 35.02, lon: 37.0 };
    const wrongDate = report(VILLAGE, { dateStart: "2020-01-01", dateEnd: "2020-01-01" });
    const right = report(near);
    expect(matchReport([wrongDate, right], conflictReport().gold)).toBe(right);
    // None near: the nearest.
    expect(matchReport([report(NAMESAKE), report(SEAT)], conflictReport().gold)?.place.lat).toBe(SEAT.lat);
  });

  it("counts a refused document", () => {
    const s = score(conflictReport(), { refused: true });
    expect(s).toMatchObject({ refused: true, refusal: "no article text found in the document", hit: false, cause: "refused", dateAgree: false, fatalityAgree: false, publishedRead: null });
  });

  it("counts confidently wrong reports and blames the namesake", () => {
    const s = score(
      conflictReport(),
      { mentions: [mention({ surface: "Tell Warda", ...NAMESAKE, alternatives: [{ placeId: "v", name: "Tell Warda", ...VILLAGE, country: "SY", featureCode: "PPL", score: 0.2 }] })], reports: [report(NAMESAKE, {}, { confidence: 0.8 })] },
      { "Tell Warda": [place("Tell Warda", VILLAGE), place("Tell Warda", NAMESAKE)] },
    );
    expect(s).toMatchObject({ hit: false, confidentlyWrong: 1, cause: "wrong-namesake" });
    // Not sure of it: not confidently wrong.
    expect(score(conflictReport(), { reports: [report(NAMESAKE, {}, { confidence: 0.3 })] }).confidentlyWrong).toBe(0);
  });

  it("blames a namesake resolved elsewhere when the gazetteer has the gold name near", () => {
    const known = { "Tell Warda": [place("Tell Warda", VILLAGE), place("Tell Warda", NAMESAKE)] };
    const s = score(conflictReport(), { mentions: [mention({ surface: "Tell Warda", ...NAMESAKE })] }, known);
    expect(s.cause).toBe("wrong-namesake");
  });

  it("tells a place missing from the gazetteer from one not recognised", () => {
    expect(score(conflictReport(), { mentions: [mention({ surface: "Seat", ...SEAT })], reports: [report(SEAT)] }).cause).toBe("not-in-gazetteer");
    expect(score(conflictReport(), { mentions: [mention({ surface: "Seat", ...SEAT })] }, { "Tell Warda": [place("Tell Warda", VILLAGE)] }).cause).toBe("not-recognised");
  });

  it("tells an event not read from an area made an incident", () => {
    const near = [mention({ surface: "Tell Warda", ...VILLAGE })];
    expect(score(conflictReport(), { mentions: near }).cause).toBe("no-event-read");
    const area = report(SEAT, {}, { precision: "governorate" });
    expect(score(conflictReport(), { mentions: near, reports: [area] }).cause).toBe("area-made-incident");
    // Gold only near a place: no area blame.
    expect(score(conflictReport({ geo_precision: 2, lat: 35.6, lon: 37.2 }), { mentions: [mention({ surface: "Tell Warda", lat: 35.55, lon: 37.2 })], reports: [report(SEAT, {}, { precision: "governorate" })] }).cause).toBe("no-event-read");
  });

  it("widens the tolerance for precision 2", () => {
    const fifteenKm = { lat: 35.135, lon: 37.0 };
    expect(score(conflictReport(), { reports: [report(fifteenKm)] }).hit).toBe(false);
    expect(score(conflictReport({ geo_precision: 2 }), { reports: [report(fifteenKm)] }).hit).toBe(true);
  });

  it("marks a placed report with the wrong toll, and leaves the toll alone when the gold has none", () => {
    const wrong = report(VILLAGE, { fatalities: { low: 7, best: 7, high: 7, span: { start: 0, end: 1, text: "7" } } });
    expect(score(conflictReport(), { reports: [wrong] })).toMatchObject({ hit: true, fatalityAgree: false, cause: "toll-wrong" });
    expect(score(conflictReport({ fatalities: 0 }), { reports: [wrong] })).toMatchObject({ fatalityAgree: null, cause: null });
  });
});

describe("summarise", () => {
  it("sums the shares, with located and all denominators", () => {
    const hit = score(conflictReport(), { mentions: [mention({ surface: "Tell Warda", ...VILLAGE })], reports: [report(VILLAGE), report(SEAT)] });
    const refused = score(conflictReport({ geo_precision: 2 }), { refused: true });
    const wrong = score(conflictReport({ fatalities: 0 }), { reports: [report(NAMESAKE)] });
    const s = summarise([hit, refused, wrong]);
    expect(s.n).toBe(3);
    expect(s.refused).toEqual({ k: 1, n: 3 });
    expect(s.hit).toEqual({ k: 1, n: 3 });
    expect(s.hitPrecision1).toEqual({ k: 1, n: 2 });
    expect(s.hitPrecision2).toEqual({ k: 0, n: 1 });
    expect(s.mentionHit).toEqual({ k: 1, n: 3 });
    expect(s.confidentlyWrong).toEqual({ k: 1, n: 3 });
    expect(s.date).toEqual({ located: { k: 1, n: 1 }, all: { k: 2, n: 3 } });
    expect(s.fatalities).toEqual({ located: { k: 1, n: 1 }, all: { k: 1, n: 2 } });
    expect(s.reportsPerText).toBe(1);
    expect(s.causes.refused).toBe(1);
    expect(s.causes["not-in-gazetteer"]).toBe(1);
  });
});

describe("end to end on the test pipeline", () => {
  it("scores an invented report the small gazetteer can place", () => {
    const gold = ConflictReportSchema.parse({
      ...conflictReport(),
      text: "On 2 March 2025, government forces clashed with armed men in the town of Jableh in Latakia countryside after an attack on a checkpoint there, and 3 fighters were killed in the fighting that went on into the night.",
      published: "2025-03-04",
      gold: { ...conflictReport().gold, lat: 35.36, lon: 35.93, date_start: "2025-03-02", date_end: "2025-03-02", fatalities: 3, location: "Jableh" },
    });
    const pipeline = testPipeline();
    const atlas = processDocuments([reportDocument(gold)], pipeline);
    const s = scoreReport({ report: gold, atlas, gazetteer: pipeline.gazetteer });
    expect(s.refused).toBe(false);
    expect(s.publishedRead).toBe(true);
    expect(s.mentionHit).toBe(true);
    expect(s.hit).toBe(true);
    expect(s.dateAgree).toBe(true);
  });
});
