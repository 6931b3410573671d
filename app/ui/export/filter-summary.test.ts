import { describe, expect, it } from "vitest";
import { defaultTitle, filterSummary } from "./filter-summary";

const context = { regionNames: new Map([["SY-LA", "Latakia"], ["SY-TA", "Tartus"]]), publishersInView: ["Reuters", "unknown"], place: null };

describe("filterSummary", () => {
  it("says all dates and the publishers of what is shown when nothing is filtered", () => {
    const s = filterSummary({ source: [], region: [] }, context);
    expect(s).toEqual({ dates: "all dates, undated incidents included", publishers: "all (Reuters, unknown publisher)", regions: null, cited: null, area: null });
  });

  it("names picked governorates, publishers, cited sources and the date range", () => {
    const s = filterSummary({ from: "2025-03-06", to: "2025-03-09", source: ["Enab Baladi"], region: ["SY-LA"], attributed: ["SOHR"] }, context);
    expect(s).toMatchObject({ dates: "6 Mar 2025 – 9 Mar 2025", publishers: "Enab Baladi", regions: "Latakia", cited: "SOHR" });
  });

  it("names picked districts and sub-districts after the governorates", () => {
    const withDistricts = { ...context, districtNames: new Map([["SY0602", "Jablah"]]) };
    expect(filterSummary({ source: [], region: ["SY-LA"], admin2: ["SY0602"], admin3: ["SY060201"] }, withDistricts).regions).toBe("Latakia, Jablah district, sub-district SY060201");
    expect(defaultTitle({ source: [], region: [], admin2: ["SY0602", "SY9999"] }, withDistricts)).toBe("Incidents in Jablah district, SY9999 district");
  });

  it("describes a radius around a named place", () => {
    expect(filterSummary({ source: [], region: [], near: [35.78, 35.52], km: 10 }, { ...context, place: "Latakia" }).area).toBe("within 10 km of Latakia");
  });

  it("shortens long lists", () => {
    const many = ["a", "b", "c", "d", "e", "f", "g", "h"];
    expect(filterSummary({ source: many, region: [] }, context).publishers).toBe("a, b, c, d, e, f and 2 more");
  });
});

describe("defaultTitle", () => {
  it("uses the governorates and dates", () => {
    expect(defaultTitle({ source: [], region: ["SY-LA", "SY-TA"], from: "2025-03-01" }, context)).toBe("Incidents in Latakia, Tartus, from 1 Mar 2025");
    expect(defaultTitle({ source: [], region: [] }, context)).toBe("Incidents in Syria");
  });
});
