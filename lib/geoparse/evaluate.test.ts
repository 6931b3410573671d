import { describe, expect, it } from "vitest";
import { type GoldToponym, parseGoldLines, scoreRecognition, scoreResolution } from "./evaluate";

const g = (start: number, end: number, extra: Partial<GoldToponym> = {}): GoldToponym => ({ doc: "d", start, end, surface: "x", literal: true, geonameid: "1", lat: 35, lon: 36, ...extra });

describe("scoreRecognition", () => {
  it("counts exact spans, and overlapping spans once each", () => {
    const gold = [g(0, 5), g(10, 25)];
    const predicted = [
      { doc: "d", start: 0, end: 5 },
      { doc: "d", start: 10, end: 19 }, // "Euphrates" for "Euphrates river"
      { doc: "d", start: 12, end: 15 }, // a second hit on the same gold span is a false positive
      { doc: "d", start: 40, end: 44 },
    ];
    const { exact, overlap } = scoreRecognition(gold, predicted);
    expect(exact).toMatchObject({ truePositives: 1, precision: 0.25, recall: 0.5 });
    expect(overlap).toMatchObject({ truePositives: 2, precision: 0.5, recall: 1 });
    expect(overlap.f1).toBeCloseTo(2 / 3);
  });

  it("does not match spans across documents", () => {
    expect(scoreRecognition([g(0, 5)], [{ doc: "other", start: 0, end: 5 }]).overlap.truePositives).toBe(0);
  });
});

describe("scoreResolution", () => {
  it("scores literal places with a point; an unresolved name is a miss; accepted readings count", () => {
    const gold = [
      g(0, 5), // placed 5 km off
      g(6, 9), // placed 50 km off
      g(10, 12), // left unresolved
      g(13, 15, { literal: false }), // not scored
      g(16, 18, { accept: [{ lat: 36, lon: 36 }] }), // right by its accepted reading
      g(19, 20, { lat: undefined, lon: undefined, geonameid: null }), // no point: not scored
    ];
    const placed = [{ lat: 35.045, lon: 36 }, { lat: 35.45, lon: 36 }, null, { lat: 0, lon: 0 }, { lat: 36, lon: 36 }, { lat: 0, lon: 0 }];
    const r = scoreResolution(gold, placed);
    expect(r).toMatchObject({ total: 4, placed: 3, within10km: 2, within161km: 3 });
    expect(r.accuracy10km).toBe(0.5);
    expect(r.placedAccuracy161km).toBe(1);
  });
});

describe("parseGoldLines", () => {
  it("reads JSON lines and names a bad line", () => {
    const ok = JSON.stringify({ doc: "a", start: 0, end: 4, surface: "Homs", literal: true, geonameid: "169577", lat: 34.7, lon: 36.7 });
    expect(parseGoldLines(`${ok}\n\n${ok}\n`)).toHaveLength(2);
    expect(() => parseGoldLines(`${ok}\n{"doc":"a"}`, "gold.jsonl")).toThrow(/gold.jsonl: line 2/);
    expect(() => parseGoldLines("nope", "gold.jsonl")).toThrow(/line 1 is not JSON/);
  });
});
