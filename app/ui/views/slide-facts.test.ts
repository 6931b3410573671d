import { describe, expect, it } from "vitest";
import type { TimelineResponse } from "../../../lib/layers/features";
import { describeArea, describeDates, describePublishers } from "./slide-facts";

const TIMELINE: TimelineResponse = {
  spans: [
    { start: "2025-03-06", end: "2025-03-06", precision: "day", count: 4 },
    { start: "2025-03-01", end: "2025-03-31", precision: "month", count: 2 },
    { start: "2025-03-03", end: "2025-03-09", precision: "week", count: 1 },
    { start: "2024-01-01", end: "2024-12-31", precision: "year", count: 3 },
  ],
  undated: 5,
};

describe("describeDates", () => {
  it("names the range and counts the coarsely dated incidents it keeps by overlap, and the undated it leaves out", () => {
    expect(describeDates({ from: "2025-03-05", to: "2025-03-10" }, TIMELINE)).toEqual({
      range: "5 Mar 2025 – 10 Mar 2025",
      caveats: ["3 incidents dated only to a week, month or year, counted because the period overlaps", "5 undated incidents left out"],
    });
  });

  it("without a date filter gives the extent of the dated incidents and says the undated ones are in", () => {
    expect(describeDates({}, TIMELINE)).toEqual({
      range: "All dates (1 Jan 2024 – 31 Mar 2025)",
      caveats: ["6 incidents dated only to a week, month or year", "5 incidents of unknown date included"],
    });
  });

  it("says one bound as such and leaves caveats out when there is nothing to caveat", () => {
    expect(describeDates({ from: "2025-03-20" }, { spans: [{ start: "2025-03-21", end: "2025-03-21", precision: "day", count: 1 }], undated: 0 })).toEqual({
      range: "From 20 Mar 2025",
      caveats: [],
    });
    expect(describeDates({ to: "2025-03-20" }, undefined)).toEqual({ range: "Until 20 Mar 2025", caveats: [] });
  });
});

describe("describePublishers", () => {
  const sources = [
    { source: "Reuters", value: "Reuters", incidents: 3, articles: 2 },
    { source: null, value: "unknown", incidents: 1, articles: 1 },
    { source: "AP", value: "AP", incidents: 0, articles: 1 },
  ];
  it("lists the picked publishers, or every one with incidents", () => {
    expect(describePublishers({ source: ["Reuters", "unknown"] }, sources)).toBe("Reuters, Unknown publisher");
    expect(describePublishers({ source: [] }, sources)).toBe("All publishers: Reuters, Unknown publisher");
    expect(describePublishers({ source: [], attributed: ["SOHR"] }, undefined)).toBe("All publishers; citing SOHR");
  });

  it("counts what it does not name", () => {
    const many = Array.from({ length: 9 }, (_, i) => `P${i}`);
    expect(describePublishers({ source: many }, undefined)).toBe("P0, P1, P2, P3, P4, P5 and 3 more");
  });
});

describe("describeArea", () => {
  it("names governorates, drawn areas and the radius", () => {
    const name = (code: string) => ({ "SY-LA": "Latakia" })[code] ?? code;
    expect(describeArea({ region: [] }, null, name)).toBe("Everywhere");
    expect(describeArea({ region: ["SY-LA"], near: [35.79, 35.52], km: 10 }, "Latakia city", name)).toBe("Latakia and within 10 km of Latakia city");
    expect(describeArea({ region: [], bbox: [35, 32, 36, 33] }, null, name)).toBe("a rectangle drawn on the map");
  });
});
