import { describe, expect, it } from "vitest";
import { incidentFromReports } from "../events/group";
import type { Incident } from "../events/incident";
import { reportFixture } from "../events/test-fixture";
import { parseAdminUnits, type AdminPath } from "../geoparse/admin-path";
import type { Mention } from "../geoparse/mention";
import { buildRegionIndex } from "../geoparse/regions";
import { governorateBox } from "../geoparse/test-fixture";
import type { Atlas } from "../store/corpus";
import { districtOptions, findAdminUnit, inAdminUnits, mostPrecisePcode } from "./admin";
import { incidentLayer, mentionLayer, summary } from "./build";
import { IncidentPropertiesSchema, MentionPropertiesSchema } from "./features";
import { filterIncidents, filterMentions } from "./filter";
import { layerQueryToParams, parseLayerQuery } from "./parse-query";

/** A slice of data/gazetteer/syria-admin.tsv: Latakia governorate with two districts, Tartous with one. */
const UNITS = parseAdminUnits(
  [
    "pcode\tlevel\tname_en\tname_ar\tparent",
    "SY06\t1\tLattakia\tاللاذقية\tSY",
    "SY0600\t2\tLattakia\tاللاذقية\tSY06",
    "SY060000\t3\tLattakia\tمركز اللاذقية\tSY0600",
    "SY0602\t2\tJablah\tجبلة\tSY06",
    "SY060200\t3\tJablah\tمركز جبلة\tSY0602",
    "SY060201\t3\tAin Elsharqiyeh\tعين الشرقية\tSY0602",
    "SY10\t1\tTartous\tطرطوس\tSY",
    "SY1002\t2\tBanyas\tبانياس\tSY10",
    "SY100200\t3\tBanyas\tمركز بانياس\tSY1002",
  ].join("\n"),
);
const regions = buildRegionIndex([governorateBox("SY-LA", "Latakia", 35, 35, 36), governorateBox("SY-TA", "Tartus", 35, 34, 35)], UNITS);
const noUnits = buildRegionIndex([governorateBox("SY-LA", "Latakia", 35, 35, 36)]);

const unit = (pcode: string) => {
  const u = UNITS.get(pcode)!;
  return { pcode: u.pcode, name: u.name, nameAr: u.nameAr };
};
const path = (admin3: string | null, pcode: string | null, admin2 = admin3?.slice(0, 6) ?? null): AdminPath => ({
  admin1: unit((admin2 ?? admin3 ?? "SY06").slice(0, 4)),
  admin2: admin2 ? unit(admin2) : null,
  admin3: admin3 ? unit(admin3) : null,
  pcode,
});

const incident = (id: string, name: string, admin: AdminPath | null, admin1 = admin?.admin1.pcode === "SY10" ? "SY-TA" : "SY-LA"): Incident => {
  const place = { surface: name, name, lat: 35.5, lon: 35.5, country: "SY", admin1, admin, precision: "town" as const, confidence: 0.9 };
  return { ...incidentFromReports([reportFixture({ id: `rep:${id}`, articleId: `a:${id}`, mentionId: `m:${id}`, place })]), id };
};

const daliyah = incident("daliyah", "Daliyah", path("SY060201", "C3593"));
const jableh = incident("jableh", "Jableh", path("SY060200", "C3585"));
// Known to the district only (no sub-district), and to the sub-district only (no district): both still lie in Jablah.
const districtOnly = incident("district-only", "Somewhere", { ...path(null, null, "SY0602") });
const subOnly = incident("sub-only", "Elsewhere", { ...path("SY060201", null), admin2: null });
const latakia = incident("latakia", "Latakia", path("SY060000", "C3480"));
const baniyas = incident("baniyas", "Bāniyās", path("SY100200", null));
const abroad = incident("abroad", "Beirut", null, "LB");
const all = [daliyah, jableh, districtOnly, subOnly, latakia, baniyas, abroad];

const parse = (qs: string, r = regions) => parseLayerQuery(new URLSearchParams(qs), r);

describe("admin2 / admin3 filters: parsing", () => {
  it("reads a district by P-code, by OCHA's name, by another spelling and in Arabic, as its P-code", () => {
    for (const v of ["SY0602", "sy0602", "Jablah", "Jablah district", "Jableh", "جبلة"]) {
      expect(parse(`admin2=${encodeURIComponent(v)}`), v).toEqual({ ok: true, query: { source: [], region: [], admin2: ["SY0602"] } });
    }
    expect(parse("admin2=Jableh&admin2=SY0602&admin2=Banyas")).toMatchObject({ ok: true, query: { admin2: ["SY0602", "SY1002"] } });
  });

  it("reads a sub-district by P-code or name", () => {
    expect(parse("admin3=SY060201")).toMatchObject({ ok: true, query: { admin3: ["SY060201"] } });
    expect(parse("admin3=Ain%20Elsharqiyeh")).toMatchObject({ ok: true, query: { admin3: ["SY060201"] } });
  });

  it.each([
    ["admin2=Narnia", "admin2", /Unknown district "Narnia"\. Use an OCHA district P-code or name/],
    ["admin2=SY060201", "admin2", /Unknown district "SY060201"/],
    ["admin2=SY06", "admin2", /Unknown district "SY06"/],
    ["admin3=SY0602", "admin3", /Unknown sub-district "SY0602"/],
    ["admin3=Nowhere", "admin3", /Unknown sub-district "Nowhere"/],
  ])("refuses %s naming the parameter %s", (qs, parameter, error) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.parameter).toBe(parameter);
      expect(r.error).toMatch(error);
    }
  });

  it("says so when no admin-unit table is loaded, and leaves values as given when no regions are (the dashboard's URL)", () => {
    expect(parse("admin2=SY0602", noUnits)).toMatchObject({ ok: false, parameter: "admin2", error: expect.stringMatching(/admin-unit table/) });
    expect(parseLayerQuery(new URLSearchParams("admin2=Jableh"), null)).toMatchObject({ ok: true, query: { admin2: ["Jableh"] } });
  });

  it("keeps a query without them as before (old links), and writes them back as repeated parameters", () => {
    expect(parse("region=SY-LA")).toEqual({ ok: true, query: { source: [], region: ["SY-LA"] } });
    const r = parse("region=SY-LA&admin2=Jableh&admin3=SY060201");
    expect(r.ok && layerQueryToParams(r.query).toString()).toBe("region=SY-LA&admin2=SY0602&admin3=SY060201");
    if (r.ok) expect(parse(layerQueryToParams(r.query).toString())).toEqual(r);
  });

  it("finds a unit by its consonants only when one unit of the level has them", () => {
    expect(findAdminUnit(UNITS, "Baniyas", 2)?.pcode).toBe("SY1002");
    expect(findAdminUnit(UNITS, "Latakia", 2)?.pcode).toBe("SY0600");
    expect(findAdminUnit(UNITS, "J", 2)).toBeUndefined();
  });
});

describe("admin2 / admin3 filters: matching", () => {
  const ids = (incidents: Incident[]) => incidents.map((i) => i.id);
  const q = (over: { admin2?: string[]; admin3?: string[]; region?: string[] }) => ({ source: [], region: [], ...over });

  it("keeps the incidents in a district, its sub-districts' included", () => {
    expect(ids(filterIncidents(all, q({ admin2: ["SY0602"] })))).toEqual(["daliyah", "jableh", "district-only", "sub-only"]);
    expect(ids(filterIncidents(all, q({ admin2: ["SY0602", "SY1002"] })))).toEqual(["daliyah", "jableh", "district-only", "sub-only", "baniyas"]);
  });

  it("keeps the incidents in a sub-district, and combines with the governorate filter by AND", () => {
    expect(ids(filterIncidents(all, q({ admin3: ["SY060201"] })))).toEqual(["daliyah", "sub-only"]);
    expect(ids(filterIncidents(all, q({ admin2: ["SY0602"], admin3: ["SY060200"] })))).toEqual(["jableh"]);
    expect(ids(filterIncidents(all, q({ admin2: ["SY0602"], region: ["SY-TA"] })))).toEqual([]);
  });

  it("leaves everything in without the filters (an empty list too)", () => {
    expect(ids(filterIncidents(all, q({})))).toEqual(ids(all));
    expect(ids(filterIncidents(all, q({ admin2: [], admin3: [] })))).toEqual(ids(all));
    expect(inAdminUnits(null, new Set(), new Set())).toBe(true);
    expect(inAdminUnits(null, new Set(["SY0602"]), new Set())).toBe(false);
  });

  it("filters mentions by their own admin path", () => {
    const mention = (id: string, admin: AdminPath | null): Mention => ({
      id, articleId: "a", surface: id, start: 0, end: 1, status: "resolved", recognisedBy: "gazetteer", placeId: id, name: id, lat: 35.5, lon: 35.5,
      country: "SY", admin1: "SY-LA", admin, precision: "town", confidence: 0.9, alternatives: [], parentId: null, reason: "",
    });
    const mentions = [mention("Daliyah", path("SY060201", "C3593")), mention("Latakia", path("SY060000", "C3480")), mention("Beirut", null)];
    expect(filterMentions(mentions, new Map(), [], q({ admin2: ["SY0602"] })).map((m) => m.id)).toEqual(["Daliyah"]);
  });
});

describe("admin path in the API's features and summary", () => {
  const atlas: Atlas = { articles: [], mentions: [], reports: [], incidents: all, regions, notices: [] };

  it("gives every incident its district, sub-district and P-codes, flat and null where unknown", () => {
    const features = incidentLayer(atlas, { source: [], region: [] }).features;
    const props = (id: string) => IncidentPropertiesSchema.parse(features.find((f) => f.id === id)!.properties);
    expect(props("daliyah")).toMatchObject({
      admin1: "SY-LA", admin1Name: "Latakia", admin1Pcode: "SY06", admin2Name: "Jablah", admin2Pcode: "SY0602", admin3Name: "Ain Elsharqiyeh", admin3Pcode: "SY060201", pcode: "C3593",
    });
    expect(props("abroad")).toMatchObject({ admin1Pcode: null, admin2Name: null, admin2Pcode: null, admin3Name: null, admin3Pcode: null, pcode: null });
  });

  it("gives every mention its admin path too", () => {
    const m: Mention = {
      id: "m1", articleId: "a", surface: "Daliyah", start: 0, end: 7, status: "resolved", recognisedBy: "gazetteer", placeId: "p", name: "Daliyah", lat: 35.5, lon: 35.5,
      country: "SY", admin1: "SY-LA", admin: path("SY060201", "C3593"), precision: "town", confidence: 0.9, alternatives: [], parentId: null, reason: "",
    };
    const [f] = mentionLayer({ ...atlas, mentions: [m] }, { source: [], region: [] }).features;
    expect(MentionPropertiesSchema.parse(f!.properties)).toMatchObject({ admin1Name: "Latakia", admin1Pcode: "SY06", admin2Name: "Jablah", admin2Pcode: "SY0602", admin3Pcode: "SY060201", pcode: "C3593" });
  });

  it("lists the districts with their governorate and incident count for the district choice", () => {
    expect(summary(atlas).districts).toEqual([
      { pcode: "SY1002", name: "Banyas", nameAr: "بانياس", admin1Pcode: "SY10", region: "SY-TA", incidents: 1 },
      { pcode: "SY0602", name: "Jablah", nameAr: "جبلة", admin1Pcode: "SY06", region: "SY-LA", incidents: 4 },
      { pcode: "SY0600", name: "Lattakia", nameAr: "اللاذقية", admin1Pcode: "SY06", region: "SY-LA", incidents: 1 },
    ]);
    expect(districtOptions(undefined, [])).toEqual([]);
  });

  it("names the most precise P-code known", () => {
    expect(mostPrecisePcode(path("SY060201", "C3593"))).toBe("C3593");
    expect(mostPrecisePcode(path("SY060201", null))).toBe("SY060201");
    expect(mostPrecisePcode(path(null, null, "SY0602"))).toBe("SY0602");
    expect(mostPrecisePcode({ ...path(null, null, "SY0602"), admin2: null })).toBe("SY06");
    expect(mostPrecisePcode(null)).toBeNull();
  });
});
