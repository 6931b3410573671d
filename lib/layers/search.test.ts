import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { incidentFromReports } from "../events/group";
import type { Incident } from "../events/incident";
import { reportFixture } from "../events/test-fixture";
import { adminPathOf } from "../geoparse/admin-path";
import { defaultArabicNamePaths, loadArabicNames } from "../geoparse/arabic-names";
import type { Mention } from "../geoparse/mention";
import { defaultPaths, loadPipeline, type Atlas, type Pipeline } from "../store/corpus";
import { SearchResponseSchema } from "./features";
import { search, SearchTextSchema, type PlaceNames } from "./search";

/** Search over the shipped gazetteer, Arabic names and admin units, with a few incidents of our own. */
const root = join(__dirname, "../..");
let pipeline: Pipeline;
let names: PlaceNames;
let atlas: Atlas;
const all = { source: [], region: [] };

beforeAll(() => {
  pipeline = loadPipeline(defaultPaths(root));
  names = { gazetteer: pipeline.gazetteer, arabic: loadArabicNames(defaultArabicNamePaths(root)) };
  const mentions: Mention[] = [];
  /** An incident its report's mention places at gazetteer entry `placeId`. */
  const at = (id: string, placeId: string, evidence: string): Incident => {
    const p = pipeline.gazetteer.byId(placeId)!;
    const code = pipeline.regions.codeFor(p.country, p.admin1);
    const admin = adminPathOf(p, pipeline.regions.units!);
    mentions.push({ id: `m:${id}`, articleId: "a", surface: p.name, start: 0, end: 1, status: "resolved", recognisedBy: "test", placeId, name: p.name, lat: p.lat, lon: p.lon, country: p.country, admin1: code, admin, precision: "town", confidence: 0.9, alternatives: [], parentId: null, reason: "test" });
    const place = { surface: p.name, name: p.name, lat: p.lat, lon: p.lon, country: p.country, admin1: code, admin, precision: "town" as const, confidence: 0.9 };
    const span = { start: 0, end: evidence.length, text: evidence };
    return { ...incidentFromReports([reportFixture({ id: `rep:${id}`, mentionId: `m:${id}`, place, evidence: span, placeEvidence: span })]), id };
  };
  const halabko = pipeline.gazetteer.byId("ocha:C3660")!;
  const moved = at("moved", "173576", "An editor moved this one.");
  const incidents = [
    at("a", "169304", "Clashes in Jableh left five dead."),
    at("b", "169304", "Shelling hit the port."),
    at("c", "173830", "A raid on the village."),
    at("d", "173576", "A protest in the city."),
    // In Jablah district, not at the town: the district counts three, the town two, and the town still comes first.
    at("e", "ocha:C3644", "A clash in the hills."),
    // Moved by an editor onto a village's point: its mention no longer says where it is, its point does.
    { ...moved, place: { ...moved.place, name: halabko.name, lat: halabko.lat, lon: halabko.lon } },
  ];
  atlas = { articles: [], mentions, reports: incidents.flatMap((i) => i.reports), incidents, regions: pipeline.regions, notices: [] };
});

const find = (text: string, q: Parameters<typeof search>[1] = all) => {
  const r = search(atlas, q, text, names);
  expect(SearchResponseSchema.parse(r)).toEqual(r);
  return r;
};

describe("search: every gazetteer place", () => {
  it("finds a village no incident is at, with where it lies, its point, precision and Arabic name", () => {
    const [village] = find("Halabko").places;
    expect(village).toMatchObject({ id: "ocha:C3660", name: "Halabko", nameAr: "حلبكو", kind: "town", precision: "town", admin1: "SY-LA", context: "Beit Yashout sub-district · Jablah district · Lattakia" });
    expect(village!.lon).toBeCloseTo(36.1549, 3);
    expect(village!.lat).toBeCloseTo(35.3292, 3);
  });

  it("finds the town however Latin spells it, as `atlas geocode` does, with its incidents", () => {
    for (const q of ["Jableh", "Jablah", "jableh", "Djeble"]) {
      expect(find(q).places[0], q).toMatchObject({ id: "169304", name: "Jablah", nameAr: "جبلة", precision: "town", incidents: 2, context: "Jablah district · Lattakia" });
    }
    expect(find("Kafr Nabl").places[0]).toMatchObject({ id: "168661", name: "Kafranbel" });
    expect(find("Kafranbel").places[0]).toMatchObject({ id: "168661" });
    // At the town, and at "Deirotan / Jableh", whose name holds it.
    expect(find("Jableh").incidents.map((i) => i.id)).toEqual(["a", "b", "e"]);
  });

  it("lists the district and sub-district of the name after the town, counting the incidents inside them", () => {
    const r = find("Jablah").places;
    expect(r.find((p) => p.id === "ocha:SY0602")).toMatchObject({ kind: "district", precision: "district", context: "Lattakia", incidents: 3 });
    expect(r.find((p) => p.id === "ocha:SY060200")).toMatchObject({ kind: "sub-district", context: "Jablah district · Lattakia", incidents: 2 });
    // Syria first: Jiblah in Yemen comes last.
    expect(r.at(-1)).toMatchObject({ name: "Jiblah", country: "YE", context: "Yemen", incidents: 0 });
  });

  it("lists each namesake with where it lies, the one with incidents first", () => {
    const r = find("Hamra").places;
    const syrian = r.filter((p) => p.country === "SY");
    expect(syrian.length).toBeGreaterThanOrEqual(8);
    expect(new Set(syrian.map((p) => p.id)).size).toBe(syrian.length);
    for (const p of syrian) expect(p.context).toMatch(/district · /);
    expect(r[0]).toMatchObject({ id: "173830", incidents: 1, admin1: "SY-HM" });
    // The other villages have none; the sub-district of that name holds the first.
    for (const p of syrian.slice(1)) expect(p.incidents).toBe(p.id === "ocha:SY050103" ? 1 : 0);
    expect(syrian.find((p) => p.id === "ocha:C1919")).toMatchObject({ context: "Maskana sub-district · Menbij district · Aleppo", nameAr: "الحمرة" });
  });

  it("offers governorates first, as a filter, and a name half typed finds them", () => {
    const r = find("Latakia").places;
    expect(r[0]).toMatchObject({ name: "Latakia", kind: "governorate", regionCode: "SY-LA", incidents: 5 });
    expect(r[1]).toMatchObject({ id: "173576", kind: "town", incidents: 1 });
    // Half typed: the governorate, the places incidents are at, then a town abroad of that very name.
    expect(find("Latak").places.map((p) => p.regionCode ?? p.id)).toEqual(["SY-LA", "173576", "6050416"]);
  });

  it("counts an incident an editor moved at the place its point now is", () => {
    expect(find("Halabko").places[0]).toMatchObject({ incidents: 1 });
  });

  it("counts under the request's filters", () => {
    expect(find("Jablah", { source: [], region: ["SY-HM"] }).places[0]).toMatchObject({ id: "169304", incidents: 0 });
  });

  it("stays bounded, and finds nothing for a name no gazetteer has", () => {
    expect(find("Palmyra").places.length).toBeLessThanOrEqual(20);
    expect(search(atlas, all, "Palmyra", names, { places: 3, incidents: 1 }).places).toHaveLength(3);
    expect(find("Nowhereville")).toEqual({ query: "Nowhereville", places: [], incidents: [] });
  });
});

describe("search in Arabic", () => {
  it("finds the town by its Arabic name, with or without the article and a leading clitic", () => {
    for (const q of ["جبلة", "جَبْلَة", "الجبلة", "وجبلة", "بجبلة"]) {
      const r = find(q);
      expect(r.places[0], q).toMatchObject({ id: "169304", name: "Jablah", nameAr: "جبلة", incidents: 2 });
      expect(r.incidents.map((i) => i.id), q).toEqual(["a", "b", "e"]);
    }
  });

  it("finds a governorate as the governorate filter, and a village no incident is at", () => {
    expect(find("اللاذقية").places[0]).toMatchObject({ regionCode: "SY-LA", kind: "governorate", incidents: 5 });
    expect(find("حلبكو").places[0]).toMatchObject({ id: "ocha:C3660", name: "Halabko", nameAr: "حلبكو" });
  });

  it("offers names beginning with what is typed", () => {
    expect(find("حلبك").places.map((p) => p.id)).toContain("ocha:C3660");
  });
});

describe("SearchTextSchema", () => {
  it("takes 1–100 characters once trimmed, and says what is wrong otherwise", () => {
    expect(SearchTextSchema.parse("  Jableh ")).toBe("Jableh");
    expect(SearchTextSchema.safeParse("   ").error?.issues[0]?.message).toMatch(/empty/);
    expect(SearchTextSchema.safeParse("x".repeat(101)).error?.issues[0]?.message).toMatch(/at most 100/);
    expect(SearchTextSchema.safeParse(undefined).error?.issues[0]?.message).toMatch(/Missing "q"/);
  });
});
