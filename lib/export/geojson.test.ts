import { describe, expect, it } from "vitest";
import { GeoJsonExportSchema, incidentsToGeoJson } from "./geojson";
import { incidentFixture, REGION_NAMES } from "./test-fixture";

describe("incidentsToGeoJson", () => {
  const incidents = [
    incidentFixture("inc:a", { source: "Reuters", url: "https://example.test/a", published: "2025-03-07" }, { source: null, published: "2025-03-08" }),
    incidentFixture("inc:b", { place: { surface: "Jableh", name: "Jableh", lat: 35.3609123456, lon: 35.9256789, country: "SY", admin1: "SY-LA", precision: "town", confidence: 0.95 } }),
  ];
  const out = incidentsToGeoJson(incidents, REGION_NAMES);

  it("validates against its schema as RFC 7946 GeoJSON, without a crs member", () => {
    const parsed = GeoJsonExportSchema.safeParse(JSON.parse(JSON.stringify(out)));
    expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe(true);
    expect(out).not.toHaveProperty("crs");
  });

  it("orders coordinates longitude, latitude, rounded to five decimals", () => {
    expect(out.features[1]!.geometry.coordinates).toEqual([35.92568, 35.36091]);
  });

  it("keeps every publisher and report of an incident, earliest first", () => {
    const a = out.features[0]!.properties;
    expect(a.report_count).toBe(2);
    expect(a.sources).toEqual(["Reuters", "unknown"]);
    expect(a.source_urls).toEqual(["https://example.test/a"]);
  });

  it("keeps one feature per incident, in order, with its id", () => {
    expect(out.features.map((f) => f.id)).toEqual(["inc:a", "inc:b"]);
  });

  it("carries the country, its numeric ISO code and the OCHA admin path as properties", () => {
    const admin = { admin1: { pcode: "SY06", name: "Lattakia", nameAr: "" }, admin2: { pcode: "SY0602", name: "Jablah", nameAr: "" }, admin3: { pcode: "SY060200", name: "Jablah", nameAr: "" }, pcode: "C3585" };
    const jableh = incidentFixture("inc:j", { place: { surface: "Jableh", name: "Jableh", lat: 35.36, lon: 35.93, country: "SY", admin1: "SY-LA", admin, precision: "town", confidence: 0.95 } });
    const [f] = incidentsToGeoJson([jableh], REGION_NAMES).features;
    expect(f!.properties).toMatchObject({ country: "Syria", iso: 760, admin1: "Latakia", admin1_code: "SY-LA", admin1_pcode: "SY06", admin2: "Jablah", admin2_pcode: "SY0602", admin3: "Jablah", admin3_pcode: "SY060200", pcode: "C3585" });
    expect(out.features[0]!.properties).toMatchObject({ country: "Syria", iso: 760, admin2: null, admin3: null, pcode: null });
    expect(GeoJsonExportSchema.safeParse(JSON.parse(JSON.stringify({ type: "FeatureCollection", features: [f] }))).success).toBe(true);
  });

  it("rejects latitude-first coordinates", () => {
    const swapped = { ...out, features: [{ ...out.features[0]!, geometry: { type: "Point", coordinates: [35.5, 135.9] } }] };
    expect(GeoJsonExportSchema.safeParse(swapped).success).toBe(false);
  });
});
