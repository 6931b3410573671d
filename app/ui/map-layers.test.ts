import { describe, expect, it } from "vitest";
import { choroplethColor, stackCollection } from "./map-layers";

const at = (x: number, y: number) => ({ geometry: { coordinates: [x, y] } });

describe("stackCollection", () => {
  it("keeps one feature per shared point, with the count", () => {
    const stacks = stackCollection([at(35.79011, 35.53168), at(35.79011, 35.53168), at(36.1, 35.2), at(35.790111, 35.531681)]);
    expect(stacks.features).toHaveLength(1);
    expect(stacks.features[0]?.properties).toEqual({ count: 3 });
  });
  it("is empty when no two incidents coincide", () => {
    expect(stackCollection([at(1, 1), at(2, 2)]).features).toEqual([]);
  });
});

describe("choroplethColor", () => {
  it("is a plain colour when the top count is 1 or less, a ramp otherwise", () => {
    expect(typeof choroplethColor(0)).toBe("string");
    expect(choroplethColor(12)).toEqual(["interpolate", ["linear"], ["get", "count"], 1, "#fde7d6", 12, "#a63603"]);
  });
});
