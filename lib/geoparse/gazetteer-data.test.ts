import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPaths, loadPipeline } from "../store/corpus";
import type { Gazetteer } from "./gazetteer";
import { geocodeName } from "./geocode";

/** What the shipped gazetteer (cities500 + data/gazetteer/*.tsv) answers for names the press uses for large areas. */
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadPipeline(defaultPaths(join(__dirname, "../.."))).gazetteer;
});

const geocoded = (name: string) => {
  const r = geocodeName(name, gazetteer);
  return "unresolved" in r ? null : r;
};

describe("shipped gazetteer: areas", () => {
  it("reads the Canadian Press abbreviations of provinces as the provinces", () => {
    for (const [abbr, id] of [["B.C.", "5909050"], ["BC", "5909050"], ["Sask.", "6141242"], ["Ont.", "6093943"], ["P.E.I.", "6113358"]] as const) {
      expect(gazetteer.lookup(abbr).map((m) => m.place.id), abbr).toContain(id);
    }
  });

  it("reads the AP abbreviations of US states as the states", () => {
    for (const [abbr, id] of [["Ky.", "6254925"], ["Va.", "6254928"], ["Neb.", "5073708"], ["Kan.", "4273857"]] as const) {
      expect(gazetteer.lookup(abbr).map((m) => m.place.id), abbr).toContain(id);
    }
  });

  it("places England, Scotland and Wales as the nations of the United Kingdom, not as the whole kingdom", () => {
    expect(gazetteer.lookup("England").some((m) => m.place.id === "cc:GB")).toBe(false);
    expect(geocoded("England")).toMatchObject({ geonameid: "6269131" });
    expect(geocoded("Scotland")).toMatchObject({ geonameid: "2638360" });
    expect(geocoded("Wales")).toMatchObject({ geonameid: "2634895" });
  });

  it("places the continents", () => {
    for (const [name, id] of [["Africa", "6255146"], ["South America", "6255150"], ["North America", "6255149"]] as const) {
      expect(geocoded(name), name).toMatchObject({ geonameid: id });
    }
  });
});
