import { describe, expect, it } from "vitest";
import { incidentFromReports } from "../events/group";
import { reportFixture } from "../events/test-fixture";
import type { Incident } from "../events/incident";
import { buildRegionIndex } from "../geoparse/regions";
import { governorateBox } from "../geoparse/test-fixture";
import { filterIncidents, incidentsInRange } from "./filter";
import { layerQueryToParams, parseLayerQuery } from "./parse-query";

const regions = buildRegionIndex([governorateBox("SY-LA", "Latakia", 35, 35, 36), governorateBox("SY-TA", "Tartus", 35, 34, 35)]);

const incident = (id: string, dateStart: string | null, dateEnd: string | null, source: string | null, admin1: string | null): Incident => {
  const place = { surface: "X", name: "X", lat: 35.5, lon: 35.5, country: "SY", admin1, precision: "town" as const, confidence: 0.9 };
  const datePrecision = dateStart ? ("day" as const) : ("unknown" as const);
  const grouped = incidentFromReports([reportFixture({ id: `rep:${id}`, articleId: "a", mentionId: "m", place, dateStart, dateEnd, datePrecision, source })]);
  return { ...grouped, id };
};

describe("parseLayerQuery", () => {
  const parse = (qs: string) => parseLayerQuery(new URLSearchParams(qs), regions);

  it("accepts the documented filters and normalises regions to their codes", () => {
    expect(parse("from=2025-03-01&to=2025-03-31&source=The%20Cradle&source=unknown&region=latakia")).toEqual({
      ok: true,
      query: { from: "2025-03-01", to: "2025-03-31", source: ["The Cradle", "unknown"], region: ["SY-LA"] },
    });
  });

  it.each([
    ["from=2025-13-01", "from"],
    ["to=yesterday", "to"],
    ["from=2025-04-01&to=2025-03-01", "from"],
    ["region=Narnia", "region"],
    ["colour=red", "colour"],
    ["from=2025-01-01&from=2025-02-01", "from"],
  ])("rejects %s naming the parameter %s", (qs, parameter) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.parameter).toBe(parameter);
      expect(r.error).toMatch(new RegExp(parameter));
    }
  });

  it("writes a query back to the same parameters", () => {
    const q = { from: "2025-03-01", source: ["A", "B"], region: ["SY-TA"] };
    expect(parse(layerQueryToParams(q).toString())).toEqual({ ok: true, query: { ...q, to: undefined } });
  });
});

describe("filters", () => {
  const all = [
    incident("march", "2025-03-06", "2025-03-09", "The Cradle", "SY-LA"),
    incident("july", "2025-07-01", "2025-07-31", null, "SY-TA"),
    incident("undated", null, null, "The Cradle", "SY-LA"),
  ];

  it("keeps incidents whose event range overlaps the dates, and drops undated ones once a bound is set", () => {
    expect(incidentsInRange(all, "2025-03-08", "2025-03-08").map((i) => i.id)).toEqual(["march"]);
    expect(incidentsInRange(all, "2025-07-31").map((i) => i.id)).toEqual(["july"]);
    expect(incidentsInRange(all).map((i) => i.id)).toEqual(["march", "july", "undated"]);
  });

  it("filters by publisher, with 'unknown' for articles without one, and by governorate", () => {
    expect(filterIncidents(all, { source: ["unknown"], region: [] }).map((i) => i.id)).toEqual(["july"]);
    expect(filterIncidents(all, { source: [], region: ["SY-LA"] }).map((i) => i.id)).toEqual(["march", "undated"]);
  });
});

describe("regions", () => {
  it("finds the governorate a point lies in", () => {
    expect(regions.codeAt(35.5, 35.5)).toBe("SY-LA");
    expect(regions.codeAt(35.5, 34.5)).toBe("SY-TA");
    expect(regions.codeAt(10, 10)).toBeNull();
  });
});
