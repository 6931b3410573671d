import { describe, expect, it } from "vitest";
import { metresPerPixel, niceLength, scaleBar } from "./scale-bar";

describe("niceLength", () => {
  it.each([
    [1, 1],
    [1.9, 1],
    [2, 2],
    [4.99, 2],
    [7, 5],
    [73_400, 50_000],
    [0.3, 0.2],
  ])("%d -> %d", (max, nice) => expect(niceLength(max)).toBeCloseTo(nice, 10));

  it("refuses a non-positive length", () => expect(() => niceLength(0)).toThrow());
});

describe("scaleBar", () => {
  it("uses Web Mercator scale: 78 km per pixel at zoom 0 on the equator, half that at 60°", () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
    expect(metresPerPixel(60, 0)).toBeCloseTo(78_271.5 / 2, 0);
  });

  it("draws a round length at the length the map's scale gives it", () => {
    const bar = scaleBar(35, 7, 1, 200);
    const perPixel = metresPerPixel(35, 7);
    expect(bar.pixels).toBeLessThanOrEqual(200);
    expect(bar.pixels).toBeGreaterThan(200 / 2.5);
    expect(bar.pixels * perPixel).toBeCloseTo(bar.metres, 6);
    expect(bar.label).toBe(`${bar.metres / 1000} km`);
  });

  it("counts image pixels when the map is drawn at twice the detail", () => {
    const single = scaleBar(35, 7, 1, 200);
    const double = scaleBar(35, 7, 2, 400);
    expect(double.metres).toBe(single.metres);
    expect(double.pixels).toBeCloseTo(2 * single.pixels, 6);
  });

  it("labels short lengths in metres", () => expect(scaleBar(35, 16, 1, 150).label).toMatch(/^\d+ m$/));
});
