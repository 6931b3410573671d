import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { recogniseNames } from "./recognize";
import { row } from "./test-fixture";

/** Two-letter abbreviations of first-level divisions after a town and a comma ("Frankfort, Ky."). */
const gazetteer = buildGazetteer([{ path: "g.tsv", source: "test" }], () =>
  [
    row("6254925", "Kentucky", "KY,Ky.", 37.4, -85.57, "A", "ADM1", "US", "KY", 0),
    row("5417618", "Colorado", "CO,Colo.", 39, -105.54, "A", "ADM1", "US", "CO", 0),
    row("4292188", "Frankfort", "", 38.2, -84.87, "P", "PPLA", "US", "KY", 28000),
    row("5000001", "Acme", "", 47.7, -122.2, "P", "PPL", "US", "WA", 900),
  ].join("\n"),
);
const surfaces = (text: string) => recogniseNames(text, gazetteer).map((n) => n.surface);

describe("abbreviated divisions", () => {
  it("reads 'Ky.' after a Kentucky town and a comma as Kentucky", () => {
    expect(surfaces("He lives in Frankfort, Ky. He left.")).toEqual(["Frankfort", "Ky"]);
  });

  it("does not read 'Co.' as Colorado after a name with no place in Colorado", () => {
    expect(surfaces("The deal with Acme, Co. was signed.")).not.toContain("Co");
  });

  it("does not read a two-letter word as a division without the town and comma", () => {
    expect(surfaces("Ky. officials said nothing.")).toEqual([]);
  });
});
