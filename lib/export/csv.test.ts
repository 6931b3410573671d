import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, CsvRowSchema, incidentsToCsv, neutraliseFormula, recordToCsvRow } from "./csv";
import { incidentToRecord } from "./record";
import { incidentFixture, REGION_NAMES } from "./test-fixture";

const ACLED_COLUMNS = [
  "event_date", "date_precision", "event_type", "sub_event_type", "actors", "iso", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
  "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high", "source", "source_url", "notes",
];

/** Splits CSV whose cells hold no comma, quote or line break (the safe fixtures below). */
function splitSafe(csv: string): string[][] {
  return csv.split("\r\n").filter(Boolean).map((line) => line.split(","));
}

const fatal = { low: 10, best: 12, high: 20, victims: "civilians" as const, span: { start: 0, end: 1, text: "12" } };

describe("incidentsToCsv", () => {
  it("starts with ACLED's columns in ACLED's order, then the atlas's own", () => {
    const header = incidentsToCsv([], REGION_NAMES).split("\r\n")[0]!.split(",");
    expect(header.slice(0, ACLED_COLUMNS.length)).toEqual(ACLED_COLUMNS);
    expect(header).toEqual([...CSV_COLUMNS]);
    for (const extra of ["incident_id", "date_start", "date_end", "published", "attributed_to", "report_count", "place_as_written", "confidence", "admin1_pcode", "admin2_pcode", "admin3_pcode", "pcode"]) expect(header).toContain(extra);
  });

  it("writes one row per incident that reads back to the incident's values", () => {
    const a = incidentFixture("inc:a", { fatalities: fatal, source: "Reuters", url: "https://example.test/a", published: "2025-03-07", actors: ["General Security", "gunmen"], subType: "armed clash" });
    const b = incidentFixture("inc:b", { dateStart: "2025-03-06", dateEnd: "2025-03-09", datePrecision: "days", place: { surface: "Latakia", name: "Latakia", lat: 35.519997, lon: 35.780003, country: "SY", admin1: "SY-LA", precision: "governorate", confidence: 0.666 } });
    const rows = splitSafe(incidentsToCsv([a, b], REGION_NAMES));
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    const read = (row: string[]) => Object.fromEntries(header.map((h, n) => [h, row[n]]));
    const ra = read(rows[1]!);
    expect(ra).toMatchObject({ incident_id: "inc:a", event_date: "2025-03-06", event_type: "Battles", sub_event_type: "armed clash", actors: "General Security; gunmen", admin1: "Tartus", location: "Bāniyās", latitude: "35.18", longitude: "35.95", geo_precision: "town", fatalities_low: "10", fatalities_best: "12", fatalities_high: "20", source: "Reuters", source_url: "https://example.test/a", published: "2025-03-07", report_count: "1" });
    const rb = read(rows[2]!);
    expect(rb).toMatchObject({ incident_id: "inc:b", event_date: "2025-03-06/2025-03-09", date_start: "2025-03-06", date_end: "2025-03-09", date_precision: "days", admin1: "Latakia", latitude: "35.52", longitude: "35.78", geo_precision: "governorate", confidence: "0.67", source: "unknown" });
  });

  it("leaves unknown fatalities, dates and publishers' URLs empty, never zero", () => {
    const undated = incidentFixture("inc:u", { dateStart: null, dateEnd: null, datePrecision: "unknown" });
    const [header, row] = splitSafe(incidentsToCsv([undated], REGION_NAMES));
    const cell = (name: string) => row![header!.indexOf(name)];
    for (const c of ["event_date", "date_start", "fatalities_low", "fatalities_best", "fatalities_high", "source_url", "published"]) expect(cell(c), c).toBe("");
    expect(cell("date_precision")).toBe("unknown");
  });

  it("leaves the upper bound empty when a claim has none ('more than 300')", () => {
    const [header, row] = splitSafe(incidentsToCsv([incidentFixture("inc:m", { fatalities: { ...fatal, low: 300, best: 300, high: null } })], REGION_NAMES));
    expect(row!.slice(header!.indexOf("fatalities_low"), header!.indexOf("fatalities_high") + 1)).toEqual(["300", "300", ""]);
  });

  it("writes the toll as the reports write it beside the numbers, never a bound as an exact number", () => {
    const csv = incidentsToCsv(
      [
        incidentFixture("inc:m", { fatalities: { ...fatal, low: 300, best: 300, high: null, moreThan: true } }),
        incidentFixture("inc:r", { fatalities: fatal }),
        incidentFixture("inc:z", { fatalities: { ...fatal, low: 0, best: 0, high: 0 } }),
        incidentFixture("inc:n"),
      ],
      REGION_NAMES,
    );
    const [header, ...rows] = splitSafe(csv);
    const at = header!.indexOf("fatalities_text");
    expect(rows.map((r) => r[at])).toEqual([">300", "10–20", "0", ""]);
  });

  it("writes ACLED's country, numeric ISO code and admin names, with the OCHA P-codes and the most precise one", () => {
    const admin = {
      admin1: { pcode: "SY06", name: "Lattakia", nameAr: "اللاذقية" },
      admin2: { pcode: "SY0602", name: "Jablah", nameAr: "جبلة" },
      admin3: { pcode: "SY060201", name: "Ain Elsharqiyeh", nameAr: "عين الشرقية" },
      pcode: "C3593",
    };
    const daliyah = incidentFixture("inc:d", { place: { surface: "Daliyah", name: "Daliyah", lat: 35.29, lon: 36.02, country: "SY", admin1: "SY-LA", admin, precision: "town", confidence: 0.9 } });
    const town = incidentFixture("inc:s", { place: { surface: "Jableh", name: "Jableh", lat: 35.36, lon: 35.93, country: "SY", admin1: "SY-LA", admin: { ...admin, admin3: { pcode: "SY060200", name: "Jablah", nameAr: "" }, pcode: null }, precision: "town", confidence: 0.9 } });
    const abroad = incidentFixture("inc:b", { place: { surface: "Beirut", name: "Beirut", lat: 33.89, lon: 35.5, country: "LB", admin1: null, admin: null, precision: "town", confidence: 0.9 } });
    const [header, ...rows] = splitSafe(incidentsToCsv([daliyah, town, incidentFixture("inc:old"), abroad], REGION_NAMES));
    const read = (row: string[]) => Object.fromEntries(header!.map((h, n) => [h, row[n]]));
    expect(read(rows[0]!)).toMatchObject({ iso: "760", country: "Syria", admin1: "Latakia", admin2: "Jablah", admin3: "Ain Elsharqiyeh", location: "Daliyah", admin1_code: "SY-LA", admin1_pcode: "SY06", admin2_pcode: "SY0602", admin3_pcode: "SY060201", pcode: "C3593" });
    expect(read(rows[1]!)).toMatchObject({ admin3: "Jablah", admin3_pcode: "SY060200", pcode: "SY060200" });
    // A report made before places carried their admin path: the country alone.
    expect(read(rows[2]!)).toMatchObject({ iso: "760", country: "Syria", admin1: "Tartus", admin2: "", admin3: "", admin1_pcode: "", pcode: "" });
    expect(read(rows[3]!)).toMatchObject({ iso: "422", country: "Lebanon", admin1: "", admin2: "", admin3: "", pcode: "" });
    for (const r of [daliyah, town, abroad]) expect(CsvRowSchema.safeParse(recordToCsvRow(incidentToRecord(r, REGION_NAMES))).success).toBe(true);
  });

  it("escapes commas, quotes and line breaks as RFC 4180 says, and never quotes numbers", () => {
    const tricky = incidentFixture("inc:t", { evidence: { start: 0, end: 1, text: 'Shelling hit "the market", they said,\nand again' }, source: "Enab Baladi" });
    const csv = incidentsToCsv([tricky], REGION_NAMES);
    expect(csv).toContain(',"Shelling hit ""the market"", they said,\nand again",');
    expect(csv).toContain(",35.18,35.95,");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("disarms cells a spreadsheet would run as a formula", () => {
    expect(neutraliseFormula("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("Idlib")).toBe("Idlib");
    const csv = incidentsToCsv([incidentFixture("inc:f", { actors: ["=cmd|' /C calc'!A0"] })], REGION_NAMES);
    expect(csv).toContain(",'=cmd|' /C calc'!A0,");
  });

  it("writes rows that satisfy the row schema, and the schema refuses a made-up figure", () => {
    const incidents = [
      incidentFixture("inc:s1", { fatalities: fatal, actors: ["SDF", "HTS"], attributedTo: ["SOHR"], url: "https://example.test/s" }),
      incidentFixture("inc:s2", { dateStart: null, dateEnd: null, datePrecision: "unknown" }, { source: "Reuters", published: "2025-03-09" }),
    ];
    for (const i of incidents) {
      const row = recordToCsvRow(incidentToRecord(i, REGION_NAMES));
      const parsed = CsvRowSchema.safeParse(row);
      expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe(true);
      expect(CsvRowSchema.safeParse({ ...row, fatalities_best: -1 }).success).toBe(false);
      expect(CsvRowSchema.safeParse({ ...row, event_date: "6 March" }).success).toBe(false);
    }
  });
});
