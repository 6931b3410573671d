import { describe, expect, it } from "vitest";
import { dateRangeLabel, exportFilename, writeExport } from "./formats";
import { GeoJsonExportSchema } from "./geojson";
import { incidentFixture, REGION_NAMES } from "./test-fixture";

describe("exportFilename", () => {
  it("names the date range the export covers", () => {
    expect(exportFilename({ from: "2025-03-01", to: "2025-03-31" }, "csv")).toBe("incident-atlas_2025-03-01_to_2025-03-31.csv");
    expect(dateRangeLabel({ from: "2025-03-06", to: "2025-03-06" })).toBe("2025-03-06");
    expect(dateRangeLabel({ from: "2025-03-06" })).toBe("from_2025-03-06");
    expect(dateRangeLabel({ to: "2025-03-06" })).toBe("until_2025-03-06");
    expect(exportFilename({}, "kml")).toBe("incident-atlas_all-dates.kml");
  });
});

describe("writeExport", () => {
  const incidents = [incidentFixture("inc:a"), incidentFixture("inc:b")];
  it("writes GeoJSON that parses and validates", () => {
    const parsed = GeoJsonExportSchema.parse(JSON.parse(writeExport("geojson", incidents, REGION_NAMES, "t")));
    expect(parsed.features.map((f) => f.id)).toEqual(["inc:a", "inc:b"]);
  });
  it("writes a CSV row and a KML placemark per incident", () => {
    expect(writeExport("csv", incidents, REGION_NAMES, "t").trim().split("\r\n")).toHaveLength(3);
    expect(writeExport("kml", incidents, REGION_NAMES, "t").match(/<Placemark/g)).toHaveLength(2);
  });
});
