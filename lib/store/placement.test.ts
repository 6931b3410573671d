import { describe, expect, it } from "vitest";
import type { Mention } from "../geoparse/mention";
import { candidatePlacement, PointSchema, pointPlacement } from "./placement";
import { testPipeline } from "./test-pipeline";

const { regions } = testPipeline();
const mention: Mention = {
  id: "a:0@3",
  articleId: "a:0",
  surface: "Daliyah",
  start: 3,
  end: 10,
  status: "resolved",
  recognisedBy: "gazetteer",
  placeId: "174262",
  name: "Ad Dālīyah",
  lat: 35.3441,
  lon: 36.0458,
  country: "SY",
  admin1: "SY-LA",
  precision: "town",
  confidence: 0.6,
  alternatives: [{ placeId: "294000", name: "Daliyya", lat: 32.59, lon: 35.07, country: "IL", featureCode: "PPL", score: 0.3 }],
  parentId: null,
  reason: "",
};

describe("placements", () => {
  it("moves a mention to a runner-up candidate with its precision and governorate", () => {
    expect(candidatePlacement(mention, "294000", regions)).toMatchObject({ placeId: "294000", name: "Daliyya", country: "IL", admin1: null, precision: "town" });
  });

  it("refuses a place id that was not a candidate", () => {
    expect(candidatePlacement(mention, "999", regions)).toBeNull();
  });

  it("places a clicked point in the governorate it falls in", () => {
    expect(pointPlacement("Daliyah", PointSchema.parse({ lat: 35.5, lon: 35.9 }), regions)).toMatchObject({ admin1: "SY-LA", country: "SY", name: "Daliyah", precision: "town" });
  });

  it("keeps the mention's country for a point outside every governorate", () => {
    expect(pointPlacement("Daliyah", PointSchema.parse({ lat: 10, lon: 10 }), regions, "SY")).toMatchObject({ admin1: null, country: "SY" });
  });
});
