import { describe, expect, it } from "vitest";
import { evaluate, type GoldIncident, sameDates, samePlace } from "./evaluate";
import type { Report } from "./incident";
import { reportFixture } from "./test-fixture";

const report = (over: Partial<Report> & { lat?: number; lon?: number; admin1?: string | null; name?: string }): Report =>
  reportFixture({
    place: { surface: over.name ?? "Baniyas", name: over.name ?? "Bāniyās", lat: over.lat ?? 35.18, lon: over.lon ?? 35.95, country: "SY", admin1: over.admin1 === undefined ? "SY-TA" : over.admin1, precision: "town", confidence: 0.9 },
    ...over,
  });

const gold = (over: Partial<GoldIncident> = {}): GoldIncident => ({
  id: "gold:1",
  articleId: "a:0",
  publisher: null,
  published: null,
  place: { name: "Baniyas", lat: 35.18188, lon: 35.94871, admin1: "SY-TA", precision: "town", within: [] },
  dateStart: "2025-03-06",
  dateEnd: "2025-03-09",
  type: "battles",
  subType: null,
  fatalities: null,
  attributedTo: [],
  quote: "",
  ...over,
});

describe("evaluate", () => {
  it("matches a place within 10 km, a governorate by its code, and a container the text names", () => {
    expect(samePlace(report({}), gold())).toBe(true);
    expect(samePlace(report({ lat: 35.53, lon: 35.79, name: "Latakia" }), gold())).toBe(false);
    expect(samePlace(report({ lat: 34.9, lon: 35.9, name: "Tartus" }), gold({ place: { name: "Tartus Governorate", lat: 34.9, lon: 36.1, admin1: "SY-TA", precision: "governorate", within: [] } }))).toBe(true);
    expect(samePlace(report({ lat: 35.53, lon: 35.79, name: "Latakia" }), gold({ place: { name: "Datour", lat: null, lon: null, admin1: null, precision: null, within: ["Latakia"] } }))).toBe(true);
  });

  it("matches dates when the ranges overlap, or when both are unknown", () => {
    expect(sameDates({ dateStart: "2025-03-09", dateEnd: "2025-03-10" }, gold())).toBe(true);
    expect(sameDates({ dateStart: "2025-03-10", dateEnd: "2025-03-10" }, gold())).toBe(false);
    expect(sameDates({ dateStart: null, dateEnd: null }, gold())).toBe(false);
    expect(sameDates({ dateStart: null, dateEnd: null }, gold({ dateStart: null, dateEnd: null }))).toBe(true);
    expect(sameDates({ dateStart: "2025-03-06", dateEnd: "2025-03-06" }, gold({ dateStart: null, dateEnd: null }))).toBe(false);
  });

  it("scores precision over reports and recall over gold incidents, only within the same article", () => {
    const e = evaluate(
      [report({}), report({ id: "rep:2" }), report({ id: "rep:3", articleId: "b:0" })],
      [gold(), gold({ id: "gold:2", place: { name: "Jableh", lat: 35.36, lon: 35.93, admin1: "SY-LA", precision: "town", within: [] } })],
    );
    expect(e).toMatchObject({ truePositives: 2, found: 1, precision: 2 / 3, recall: 0.5 });
    expect(e.missed.map((g) => g.id)).toEqual(["gold:2"]);
    expect(e.spurious.map((r) => r.id)).toEqual(["rep:3"]);
  });

  it("counts a fatality claim as agreed only when low, best and high are all the same", () => {
    const f = { low: 300, best: 300, high: null, victims: null, text: "" };
    const span = { start: 0, end: 1, text: "x" };
    expect(evaluate([report({ fatalities: { low: 300, best: 300, high: null, span } })], [gold({ fatalities: f })]).fatalitiesAgreed).toBe(1);
    expect(evaluate([report({ fatalities: { low: 300, best: 300, high: 300, span } })], [gold({ fatalities: f })]).fatalitiesAgreed).toBe(0);
  });
});
