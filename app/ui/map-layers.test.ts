import { describe, expect, it } from "vitest";
import { choroplethColor, focusCollection, sourceSpec, SOURCE_IDS } from "./map-layers";

describe("choroplethColor", () => {
  it("is a plain colour when the top count is 1 or less, a ramp otherwise", () => {
    expect(typeof choroplethColor(0)).toBe("string");
    expect(choroplethColor(12)).toEqual(["interpolate", ["linear"], ["get", "count"], 1, "#fde7d6", 12, "#a63603"]);
  });
});

describe("focusCollection", () => {
  it("tags each present feature with its role and skips missing ones", () => {
    const f = { geometry: { coordinates: [35, 36] }, properties: { id: "a" } };
    const c = focusCollection([
      { role: "hover", feature: f },
      { role: "selected", feature: undefined },
    ]);
    expect(c.features).toEqual([{ type: "Feature", geometry: { type: "Point", coordinates: [35, 36] }, properties: { id: "a", role: "hover" } }]);
  });
});

describe("sourceSpec", () => {
  it("clusters incidents up to the map's last zoom, and nothing else", () => {
    expect(sourceSpec(SOURCE_IDS.incidents, 14)).toMatchObject({ cluster: true, clusterMaxZoom: 14 });
    expect(sourceSpec(SOURCE_IDS.heat, 14)).not.toHaveProperty("cluster");
  });
});
