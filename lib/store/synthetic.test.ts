import { describe, expect, it } from "vitest";
import { IncidentSchema } from "../events/incident";
import { buildRegionIndex } from "../geoparse/regions";
import { governorateBox } from "../geoparse/test-fixture";
import { syntheticAtlas } from "./synthetic";

const regions = buildRegionIndex([governorateBox("SY-LA", "Latakia", 35, 35, 36), governorateBox("SY-TA", "Tartus", 35, 34, 35)]);

describe("syntheticAtlas", () => {
  it("makes exactly the number of valid incidents asked for, inside the governorates", () => {
    const atlas = syntheticAtlas(95, regions);
    expect(atlas.incidents).toHaveLength(95);
    for (const i of atlas.incidents) {
      expect(() => IncidentSchema.parse(i)).not.toThrow();
      expect(regions.codeAt(i.place.lon, i.place.lat)).toBe(i.place.admin1);
    }
  });

  it("is the same for the same seed", () => {
    expect(syntheticAtlas(20, regions, 7).incidents).toEqual(syntheticAtlas(20, regions, 7).incidents);
  });
});
