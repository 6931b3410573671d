import { describe, expect, it } from "vitest";
import { histogram, nextWindow } from "./timeline-bins";

describe("histogram", () => {
  it("counts day-precision incidents in their bin and spreads a month over its days", () => {
    const h = histogram([
      { start: "2025-03-06", end: "2025-03-06", precision: "day", count: 2 },
      { start: "2025-03-01", end: "2025-03-31", precision: "month", count: 1 },
    ])!;
    expect(h.unit).toBe("day");
    expect(h.bins).toHaveLength(31);
    expect(h.bins[5]).toMatchObject({ exact: 2 });
    // The month is not a spike on the 1st: each day holds 1/31 of it.
    expect(h.bins[0]!.spread).toBeCloseTo(1 / 31);
    expect(h.bins.reduce((n, b) => n + b.spread, 0)).toBeCloseTo(1);
  });

  it("uses monthly bins over years, where a month-precision incident is exact", () => {
    const h = histogram([
      { start: "2012-01-01", end: "2012-01-31", precision: "month", count: 1 },
      { start: "2025-03-06", end: "2025-03-06", precision: "day", count: 1 },
    ])!;
    expect(h.unit).toBe("month");
    expect(h.bins[0]).toMatchObject({ exact: 1, spread: 0 });
    expect(h.bins.at(-1)).toMatchObject({ exact: 1 });
  });

  it("is null without dated incidents", () => {
    expect(histogram([])).toBeNull();
  });
});

describe("nextWindow", () => {
  it("moves a window forward by its own length and stops at the end", () => {
    expect(nextWindow("2025-03-01", "2025-03-10", "2025-12-31")).toEqual({ from: "2025-03-11", to: "2025-03-20" });
    expect(nextWindow("2025-12-01", "2025-12-31", "2025-12-31")).toBeNull();
  });
});
