import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPaths, loadPipeline, type Pipeline } from "../store/corpus";
import { buildGazetteer } from "./gazetteer";
import { geoparseArticle } from "./index";
import { recogniseNames } from "./recognize";
import { row } from "./test-fixture";

/** Oceans, seas and macro-regions (data/gazetteer/macro-regions.tsv) as the shipped pipeline reads them. */
let pipeline: Pipeline;
beforeAll(() => {
  pipeline = loadPipeline(defaultPaths(join(__dirname, "../..")));
});

const resolved = (text: string) => geoparseArticle("t", text, pipeline.gazetteer, pipeline.regions).filter((m) => m.status === "resolved");

describe("macro-regions and seas", () => {
  it("places the regions the press names, each as an area (region precision), never as a precise pin", () => {
    const text =
      "Leaders from Southeast Asia and Latin America met after jihadists in the Sahel struck Mali. Drought in the Horn of Africa, " +
      "storms in the Caribbean, a missile fired into the Pacific Ocean near the Korean Peninsula, and oil from the Kurdistan Region.";
    const byName = new Map(resolved(text).map((m) => [m.surface, m]));
    for (const [surface, id] of [
      ["Southeast Asia", "sup:southeast-asia"],
      ["Latin America", "sup:latin-america"],
      ["Sahel", "sup:sahel"],
      ["Horn of Africa", "sup:horn-of-africa"],
      ["Caribbean", "sup:caribbean-sea"],
      ["Pacific Ocean", "2363254"],
      ["Korean Peninsula", "sup:korean-peninsula"],
      ["Kurdistan Region", "sup:kurdistan-region"],
    ] as const) {
      expect(byName.get(surface), surface).toMatchObject({ placeId: id, precision: "region" });
    }
  });

  it("leaves a town named after an ocean the town when the text places it", () => {
    expect(resolved("He lives in Atlantic, Iowa, near Des Moines.").find((m) => m.surface === "Atlantic")).toMatchObject({ country: "US", precision: "town" });
  });
});

describe("recognition of names with 'of'", () => {
  const gazetteer = buildGazetteer([{ path: "g.tsv", source: "test" }], () =>
    [
      row("r1", "Horn of Africa", "", 10, 42, "L", "RGN", "", "", 0),
      row("c1", "Africa", "", 7, 21, "L", "CONT", "", "", 0),
      row("p1", "Deir ez-Zor", "", 35.3, 40.1, "P", "PPLA", "SY", "07", 200000),
    ].join("\n"),
  );
  const surfaces = (text: string) => recogniseNames(text, gazetteer).map((n) => n.surface);

  it("joins words through 'of' when the whole is a gazetteer name", () => {
    expect(surfaces("Drought struck the Horn of Africa this year.")).toEqual(["Horn of Africa"]);
  });

  it("keeps two names apart when the joined words name nothing", () => {
    expect(surfaces("The Bedouin of Deir ez-Zor fled.")).toEqual(["Deir ez-Zor"]);
  });
});
