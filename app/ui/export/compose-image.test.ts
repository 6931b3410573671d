import { describe, expect, it } from "vitest";
import { imageLayout, mapPadding } from "./compose-image";

describe("mapPadding", () => {
  it.each([
    [1920, 1080, 1],
    [3840, 2160, 2],
    [1001, 701, 1],
  ])("keeps the map's view clear of the title band, legend and footer at %d × %d", (width, height, pixelRatio) => {
    const l = imageLayout(width, height);
    const p = mapPadding(width, height, pixelRatio);
    expect(p.top * pixelRatio).toBeGreaterThanOrEqual(l.header);
    expect(p.bottom * pixelRatio).toBeGreaterThanOrEqual(l.footer);
    expect(p.right * pixelRatio).toBeGreaterThanOrEqual(l.legendWidth);
    // And leaves the map most of the picture.
    expect((p.left + p.right) * pixelRatio).toBeLessThan(width / 2);
    expect((p.top + p.bottom) * pixelRatio).toBeLessThan(height / 2);
  });

  it("draws captions at the same share of the picture at 4K as at Full HD", () => {
    expect(imageLayout(3840, 2160).header / 2160).toBeCloseTo(imageLayout(1920, 1080).header / 1080, 3);
  });
});
