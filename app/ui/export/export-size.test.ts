import { describe, expect, it } from "vitest";
import { exportPixelRatio, parseExportSize } from "./export-size";

describe("parseExportSize", () => {
  it("accepts whole pixel sizes in range", () => expect(parseExportSize("1600", " 900 ")).toEqual({ ok: true, size: { width: 1600, height: 900 } }));
  it.each([
    ["", "900", /Width/],
    ["abc", "900", /Width must be a number/],
    ["1600.5", "900", /whole number/],
    ["1600", "100", /Height must be at least/],
    ["9000", "900", /Width must be at most 4096/],
  ])("refuses %s × %s", (w, h, message) => {
    const r = parseExportSize(w, h);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe("exportPixelRatio", () => {
  it("doubles the detail at 4K and only there", () => {
    expect(exportPixelRatio({ width: 3840, height: 2160 })).toBe(2);
    expect(exportPixelRatio({ width: 1920, height: 1080 })).toBe(1);
    expect(exportPixelRatio({ width: 3841, height: 2160 })).toBe(1);
  });
});
