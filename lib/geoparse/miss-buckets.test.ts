import { describe, expect, it } from "vitest";
import type { GoldToponym } from "./evaluate";
import { bucketOf, kindOf } from "./miss-buckets";
import type { Place } from "./place";
import type { ResolvedName } from "./resolve";

const place = (id: string, name: string, featureCode: string, lat: number, lon: number): Place => ({
  id, name, lat, lon, featureClass: featureCode.startsWith("PPL") ? "P" : "A", featureCode, country: "XX", admin1: "", population: 0, source: "test", admin2Pcode: "", admin3Pcode: "", pcode: "",
});
const gold = (extra: Partial<GoldToponym> = {}) => ({ doc: "d", start: 0, end: 5, surface: "Paris", literal: true, geonameid: "1", lat: 48.85, lon: 2.35, ...extra });
const resolved = (ranked: Place[], chosen: Place | null): ResolvedName => {
  const scored = ranked.map((p) => ({ match: { place: p, match: "exact" as const, primary: true }, prior: 0, score: 0, local: false }));
  return {
    name: { surface: "Paris", start: 0, end: 5, matches: [], recognisedBy: "given", feature: null, nonLiteral: null },
    chosen: chosen ? scored.find((s) => s.match.place === chosen)! : null,
    ranked: scored,
    confidence: chosen ? 0.9 : 0.3,
    reason: "",
    parent: null,
  };
};
const france = place("1", "Paris", "PPLC", 48.85, 2.35);
const texas = place("2", "Paris", "PPLA2", 33.66, -95.56);

describe("bucketOf", () => {
  it("a right choice is a hit", () => expect(bucketOf(gold(), resolved([france, texas], france), [])).toBe("hit"));
  it("a wrong choice with the right candidate offered is ranking", () => expect(bucketOf(gold(), resolved([texas, france], texas), [])).toBe("ranking"));
  it("unresolved with the right candidate first is too conservative", () => expect(bucketOf(gold(), resolved([france, texas], null), [])).toBe("conservative"));
  it("no candidate near the gold point is absent, unless a looser lookup has one", () => {
    expect(bucketOf(gold(), resolved([texas], texas), [])).toBe("absent");
    expect(bucketOf(gold(), resolved([texas], texas), [france])).toBe("lookup");
  });
  it("the same-named area placed elsewhere is a point convention", () => {
    const alberta = place("5883102", "Alberta", "ADM1", 55.28, -115);
    expect(bucketOf(gold({ surface: "Alberta", geonameid: "5883102", lat: 52.28, lon: -117.47 }), resolved([alberta], alberta), [])).toBe("convention");
  });
});

describe("kindOf", () => {
  it("uses the gold feature code, else a word of the name", () => {
    expect(kindOf(gold({ featureCode: "ADM2" }))).toBe("ADM2");
    expect(kindOf(gold({ surface: "Orange County" }))).toBe("county/district");
    expect(kindOf(gold({ surface: "Frenchmen Street" }))).toBe("street/road");
  });
});
