import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPaths, loadPipeline, type Pipeline } from "../store/corpus";
import { parseGeoNamesRows } from "./gazetteer";
import { geoparseArticle } from "./index";
import { precisionOf } from "./precision";

/** US counties and parishes (data/gazetteer/us-counties.tsv) as the shipped pipeline reads them. */
let pipeline: Pipeline;
beforeAll(() => {
  pipeline = loadPipeline(defaultPaths(join(__dirname, "../..")));
});

const placed = (text: string) =>
  geoparseArticle("t", text, pipeline.gazetteer, pipeline.regions).filter((m) => m.status === "resolved");
const mentionOf = (text: string, surface: string) => placed(text).find((m) => m.surface === surface);

describe("US counties", () => {
  it("names every row with its feature word, so a bare name is never a county", () => {
    const rows = parseGeoNamesRows(readFileSync(join(__dirname, "../../data/gazetteer/us-counties.tsv"), "utf8"), "us-counties");
    expect(rows.length).toBeGreaterThan(3000);
    for (const { place, names } of rows) {
      expect(place.featureCode).toBe("ADM2");
      expect(place.admin1, place.name).toMatch(/^[A-Z]{2}$/);
      for (const n of names) expect(n, place.id).toMatch(/ (County|Parish|Borough|Census Area)$/);
    }
  });

  it("reads Orange County as California's in an article about California", () => {
    const m = mentionOf("Wildfires spread across Orange County on Tuesday. Officials in Anaheim and Irvine, California, ordered evacuations.", "Orange County");
    expect(m).toMatchObject({ placeId: "fips:06059", precision: "district" });
  });

  it("reads Orange County as Florida's in an article about Orlando", () => {
    const m = mentionOf("Deputies in Orange County said the crash closed a highway near Orlando, Florida.", "Orange County");
    expect(m?.placeId).toBe("fips:12095");
  });

  it("resolves Miami-Dade County and Jefferson Parish", () => {
    expect(mentionOf("Flooding hit Miami-Dade County after the storm reached Florida.", "Miami-Dade County")?.placeId).toBe("fips:12086");
    expect(mentionOf("Jefferson Parish deputies arrested a man in Metairie, Louisiana.", "Jefferson Parish")?.placeId).toBe("fips:22051");
  });

  it("leaves a bare Lincoln or Orange a town, not a county", () => {
    for (const m of placed("He moved to Orange, Texas, and later to Lincoln, Nebraska. Lincoln said the vote would be close.")) {
      expect(m.placeId ?? "", m.surface).not.toMatch(/^fips:/);
    }
  });

  it("gives a county district precision", () => {
    expect(precisionOf({ featureClass: "A", featureCode: "ADM2", source: "us-atlas@3.0.1:counties-10m 06059" })).toBe("district");
  });
});
