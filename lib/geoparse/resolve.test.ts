import { describe, expect, it } from "vitest";
import type { GazetteerMatch } from "./gazetteer";
import type { Place } from "./place";
import type { RecognisedName } from "./recognize";
import { resolveNames } from "./resolve";

const place = (id: string, name: string, country: string, featureCode: string, population: number, lat: number, lon: number): Place => ({
  id, name, lat, lon, featureClass: "P", featureCode, country, admin1: "", population, source: "test",
});
const exact = (p: Place): GazetteerMatch => ({ place: p, match: "exact", primary: true });

/** The names of `text` in order, each with the places given for it. */
function names(text: string, places: Record<string, Place[]>): RecognisedName[] {
  return Object.entries(places).map(([surface, ps]) => {
    const start = text.indexOf(surface);
    return { surface, start, end: start + surface.length, matches: ps.map(exact), recognisedBy: "gazetteer", feature: null, nonLiteral: null };
  });
}

const US_TOWNS = {
  Dayton: [place("1", "Dayton", "US", "PPLA2", 140_000, 39.76, -84.19)],
  Akron: [place("2", "Akron", "US", "PPLA2", 190_000, 41.08, -81.52)],
  Toledo: [place("3", "Toledo", "US", "PPLA2", 270_000, 41.66, -83.56)],
};

describe("resolveNames: a world city among small namesakes", () => {
  it("keeps a city a hundred times larger than its namesakes, even in an article about another country", () => {
    const text = "Officials in Dayton, Akron and Toledo said that London was calm.";
    const london = [place("10", "London", "GB", "PPLC", 8_961_989, 51.51, -0.13), place("11", "London", "US", "PPLA2", 8_126, 37.13, -84.08), place("12", "London", "US", "PPLA2", 10_060, 39.89, -83.45)];
    const out = resolveNames(text, names(text, { ...US_TOWNS, London: london }));
    expect(out.find((r) => r.name.surface === "London")?.chosen?.match.place.id).toBe("10");
  });

  it("leaves a namesake of comparable size to the article's focus", () => {
    const text = "Officials in Dayton, Akron and Toledo said that Birmingham was calm.";
    const birmingham = [place("20", "Birmingham", "GB", "PPLA2", 1_144_919, 52.48, -1.9), place("21", "Birmingham", "US", "PPLA2", 200_733, 33.52, -86.8)];
    const out = resolveNames(text, names(text, { ...US_TOWNS, Birmingham: birmingham }));
    expect(out.find((r) => r.name.surface === "Birmingham")?.chosen?.match.place.id ?? null).not.toBe("20");
  });
});
