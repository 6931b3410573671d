import { describe, expect, it } from "vitest";
import { incidentFromReports } from "../events/group";
import type { Incident } from "../events/incident";
import { buildRegionIndex } from "../geoparse/regions";
import { governorateBox } from "../geoparse/test-fixture";
import { filterIncidents, spatialTest } from "./filter";
import { layerQueryToParams, parseLayerQuery } from "./parse-query";

const regions = buildRegionIndex([governorateBox("SY-LA", "Latakia", 35, 35, 36), governorateBox("SY-TA", "Tartus", 35, 34, 35)]);
const parse = (qs: string) => parseLayerQuery(new URLSearchParams(qs), regions);

const at = (id: string, lon: number, lat: number, attributedTo: string[] = []): Incident => {
  const place = { surface: id, name: id, lat, lon, country: "SY", admin1: regions.codeAt(lon, lat), precision: "town" as const, confidence: 0.9 };
  const span = { start: 0, end: 1, text: "X" };
  const grouped = incidentFromReports([
    { id: `rep:${id}`, articleId: "a", mentionId: "m", place, dateStart: null, dateEnd: null, datePrecision: "unknown", dateEvidence: null, type: "battles", subType: null, fatalities: null, actors: [], attributedTo, source: null, published: null, url: null, title: null, evidence: span, placeEvidence: span },
  ]);
  return { ...grouped, id };
};

describe("spatial and attribution parameters", () => {
  it("reads bbox, polygon, near and km as numbers", () => {
    const r = parse("bbox=35,34,36,36&polygon=35,34,36,34,36,36&near=35.5,35.5&km=10&attributed=SOHR");
    expect(r).toMatchObject({ ok: true, query: { bbox: [35, 34, 36, 36], polygon: [[35, 34], [36, 34], [36, 36]], near: [35.5, 35.5], km: 10, attributed: ["SOHR"] } });
  });

  it("drops the repeated first corner of a closed ring", () => {
    const r = parse("polygon=35,34,36,34,36,36,35,36,35,34");
    expect(r.ok && r.query.polygon).toEqual([[35, 34], [36, 34], [36, 36], [35, 36]]);
  });

  it.each([
    ["bbox=1,2,3", "bbox"],
    ["bbox=36,34,35,36", "bbox"],
    ["bbox=a,b,c,d", "bbox"],
    ["polygon=35,34,36", "polygon"],
    ["polygon=35,34,36,34", "polygon"],
    ["near=200,10", "near"],
    ["near=35", "near"],
    ["near=35,35&km=-3", "km"],
    ["near=35,35&km=5000", "km"],
    ["km=10", "km"],
    ["near=35,35&near=36,36", "near"],
  ])("rejects %s naming %s", (qs, parameter) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.parameter).toBe(parameter);
  });

  it("round-trips through layerQueryToParams", () => {
    const r = parse("bbox=35,34,36,36&near=35.5,35.5&km=10&polygon=35,34,36,34,36,36&attributed=SOHR&region=SY-LA");
    expect(r.ok).toBe(true);
    if (r.ok) expect(parse(layerQueryToParams(r.query).toString())).toEqual(r);
  });
});

describe("spatial filters", () => {
  const all = [at("north", 35.5, 35.5, ["SOHR"]), at("south", 35.5, 34.5), at("far", 38, 36, ["SANA", "SOHR"])];
  const ids = (q: object) => filterIncidents(all, { source: [], region: [], ...q }).map((i) => i.id);

  it("keeps what lies inside a box or a drawn polygon", () => {
    expect(ids({ bbox: [35, 35, 36, 36] })).toEqual(["north"]);
    expect(ids({ polygon: [[35, 34], [36, 34], [36, 35.2], [35, 35.2]] })).toEqual(["south"]);
  });

  it("keeps what lies within N km of a point (great-circle distance)", () => {
    // 0.5° of latitude is about 55.6 km.
    expect(ids({ near: [35.5, 35], km: 50 })).toEqual([]);
    expect(ids({ near: [35.5, 35], km: 60 })).toEqual(["north", "south"]);
  });

  it("combines spatial filters with governorates (AND)", () => {
    expect(ids({ region: ["SY-TA"], bbox: [30, 30, 40, 40] })).toEqual(["south"]);
  });

  it("filters by the organisations an article cites", () => {
    expect(ids({ attributed: ["SANA"] })).toEqual(["far"]);
    expect(ids({ attributed: ["SOHR"] })).toEqual(["north", "far"]);
  });

  it("has no test when no area is given", () => {
    expect(spatialTest({})).toBeNull();
  });
});
