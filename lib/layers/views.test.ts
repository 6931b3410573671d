import { describe, expect, it } from "vitest";
import { incidentFromReports } from "../events/group";
import type { DatePrecision, Incident } from "../events/incident";
import { buildRegionIndex } from "../geoparse/regions";
import { governorateBox } from "../geoparse/test-fixture";
import type { Atlas } from "../store/corpus";
import { attributedCounts, incidentListLayer, incidentMapLayer, timeline } from "./build";
import { search } from "./search";
import { IncidentMapPropertiesSchema } from "./features";

const regions = buildRegionIndex([governorateBox("SY-LA", "Latakia", 35, 35, 36)]);

const incident = (id: string, name: string, dates: [string | null, string | null, DatePrecision], attributedTo: string[], evidence: string): Incident => {
  const place = { surface: name, name, lat: 35.5, lon: 35.5, country: "SY", admin1: "SY-LA", precision: "town" as const, confidence: 0.9 };
  const span = { start: 0, end: evidence.length, text: evidence };
  const grouped = incidentFromReports([
    { id: `rep:${id}`, articleId: "a", mentionId: "m", place, dateStart: dates[0], dateEnd: dates[1], datePrecision: dates[2], dateEvidence: null, type: "battles", subType: null, fatalities: null, actors: [], attributedTo, source: "Wire", published: null, url: null, title: null, evidence: span, placeEvidence: span },
  ]);
  return { ...grouped, id };
};

const atlas = (incidents: Incident[]): Atlas => ({ articles: [], mentions: [], reports: [], incidents, regions, notices: [] });

const corpus = atlas([
  incident("a", "Jableh", ["2025-03-06", "2025-03-06", "day"], ["SOHR"], "Clashes in Jableh left five dead."),
  incident("b", "Jableh", ["2025-03-06", "2025-03-06", "day"], [], "Shelling hit Jableh."),
  incident("c", "Baniyas", ["2025-03-01", "2025-03-31", "month"], ["SOHR", "SANA"], "Raids in Baniyas during March."),
  incident("d", "Qardaha", [null, null, "unknown"], [], "A protest in Qardaha."),
]);
const all = { source: [], region: [] };

describe("timeline", () => {
  it("groups equal date ranges, keeps a month-precision incident a month wide, and counts undated ones", () => {
    expect(timeline(corpus, all)).toEqual({
      spans: [
        { start: "2025-03-01", end: "2025-03-31", precision: "month", count: 1 },
        { start: "2025-03-06", end: "2025-03-06", precision: "day", count: 2 },
      ],
      undated: 1,
    });
  });

  it("ignores the date filter itself so the whole extent stays visible", () => {
    expect(timeline(corpus, { ...all, from: "2025-03-10" }).spans).toHaveLength(2);
  });
});

describe("attributed facet", () => {
  it("counts incidents per cited organisation, ignoring its own selection", () => {
    expect(attributedCounts(corpus, { ...all, attributed: ["SANA"] })).toEqual([
      { name: "SOHR", incidents: 2 },
      { name: "SANA", incidents: 1 },
    ]);
  });
});

describe("search", () => {
  it("offers governorates and places by name, and incidents by a word of their evidence", () => {
    const r = search(corpus, all, "lat");
    expect(r.places.map((p) => p.name)).toEqual(["Latakia"]);
    expect(r.places[0]?.regionCode).toBe("SY-LA");
    expect(search(corpus, all, "jab").places).toMatchObject([{ name: "Jableh", incidents: 2 }]);
    expect(search(corpus, all, "shelling").incidents.map((i) => i.id)).toEqual(["b"]);
  });

  it("returns nothing for blank text", () => {
    expect(search(corpus, all, "  ")).toEqual({ query: "  ", places: [], incidents: [] });
  });
});

describe("compact incident layer", () => {
  it("carries exactly the map's properties", () => {
    const f = incidentMapLayer(corpus, all).features[0]!;
    expect(IncidentMapPropertiesSchema.strict().parse(f.properties)).toEqual(f.properties);
  });
});

describe("incident list page", () => {
  it("keeps the latest N inside the view, with the counts under the filters and in the view", () => {
    const page = incidentListLayer(corpus, all, [35, 35, 36, 36], 2);
    expect(page.total).toBe(4);
    expect(page.inView).toBe(4);
    expect(page.features.map((f) => f.properties.id)).toEqual(["a", "b"]);
    expect(incidentListLayer(corpus, all, [0, 0, 1, 1], 10)).toMatchObject({ total: 4, inView: 0, features: [] });
  });
});
