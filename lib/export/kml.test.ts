import { describe, expect, it } from "vitest";
import { fatalitiesText, incidentsToKml } from "./kml";
import { incidentFixture, REGION_NAMES } from "./test-fixture";

/** Checks that tags nest and close and that text holds no raw `<` or stray `&`: well-formed enough for KML. */
function expectWellFormed(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const opened: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:]*)([^>]*?)(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const text = body.slice(last, m.index);
    expect(text).not.toMatch(/<|&(?!(#x[0-9A-F]+|#\d+|amp|lt|gt|quot|apos);)/);
    last = tag.lastIndex;
    const [, close, name, , selfClose] = m;
    if (close) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClose) {
      stack.push(name!);
      opened.push(name!);
    }
  }
  expect(stack).toEqual([]);
  return opened;
}

describe("incidentsToKml", () => {
  const hostile = incidentFixture("inc:x", {
    evidence: { start: 0, end: 1, text: 'Gunmen </description><script>alert(1)</script> & "friends" struck' },
    source: "A & B <News>",
    fatalities: { low: 3, best: 4, high: 4, span: { start: 0, end: 1, text: "4" } },
    dateStart: "2025-03-06",
    dateEnd: "2025-03-09",
    datePrecision: "days",
  });
  const undated = incidentFixture("inc:u", { dateStart: null, dateEnd: null, datePrecision: "unknown" });
  const kml = incidentsToKml([hostile, undated], REGION_NAMES, "Latakia & Tartus");

  it("is well-formed KML 2.2 with one placemark per incident", () => {
    expect(kml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(kml).toContain('<kml xmlns="http://www.opengis.net/kml/2.2">');
    const tags = expectWellFormed(kml);
    expect(tags.filter((t) => t === "Placemark")).toHaveLength(2);
  });

  it("escapes article text instead of letting it become markup", () => {
    expect(kml).not.toContain("<script>");
    expect(kml).not.toMatch(/<\/description><script/);
    expect(kml).toContain("Latakia &amp; Tartus");
  });

  it("names each placemark by place and date and describes it in plain text", () => {
    expect(kml).toContain("<name>Bāniyās, 2025-03-06/2025-03-09</name>");
    expect(kml).toMatch(/<description>Date: 2025-03-06 to 2025-03-09 \(precision: days\)\nType: Battles\nFatalities: 3–4 \(low 3, best 4, high 4\)/);
    expect(kml).toContain("<name>Bāniyās, date unknown</name>");
  });

  it("carries the country, numeric ISO code and OCHA admin path as ExtendedData, and the path in the description", () => {
    const admin = { admin1: { pcode: "SY06", name: "Lattakia", nameAr: "" }, admin2: { pcode: "SY0602", name: "Jablah", nameAr: "" }, admin3: { pcode: "SY060201", name: "Ain Elsharqiyeh", nameAr: "" }, pcode: "C3593" };
    const daliyah = incidentFixture("inc:d", { place: { surface: "Daliyah", name: "Daliyah", lat: 35.29, lon: 36.02, country: "SY", admin1: "SY-LA", admin, precision: "town", confidence: 0.9 } });
    const out = incidentsToKml([daliyah], REGION_NAMES);
    const data = (name: string) => new RegExp(`<Data name="${name}"><value>([^<]*)</value></Data>`).exec(out)?.[1];
    expect([data("country"), data("iso"), data("admin1"), data("admin1_pcode"), data("admin2"), data("admin2_pcode"), data("admin3"), data("admin3_pcode"), data("pcode")]).toEqual([
      "Syria", "760", "Latakia", "SY06", "Jablah", "SY0602", "Ain Elsharqiyeh", "SY060201", "C3593",
    ]);
    expect(out).toContain("Place: Daliyah · Ain Elsharqiyeh sub-district · Jablah district · Latakia (as written: Daliyah; precision: town; P-code: C3593)");
    // Without an admin path (a place abroad, or one placed before paths were kept): the governorate as before, empty cells.
    expect(kml).toMatch(/Place: Bāniyās, Tartus \(as written/);
    expect(kml).toContain('<Data name="admin2"><value></value></Data>');
  });

  it("gives dated incidents a TimeSpan and undated ones none", () => {
    expect(kml.match(/<TimeSpan>/g)).toHaveLength(1);
    expect(kml).toContain("<TimeSpan><begin>2025-03-06</begin><end>2025-03-09</end></TimeSpan><ExtendedData>");
  });

  it("writes coordinates longitude first", () => {
    expect(kml).toContain("<coordinates>35.95,35.18</coordinates>");
  });
});

describe("fatalitiesText", () => {
  it("says when no figure is reported and when there is no upper bound", () => {
    expect(fatalitiesText({ fatalities_low: null, fatalities_best: null, fatalities_high: null })).toBe("not reported");
    expect(fatalitiesText({ fatalities_low: 300, fatalities_best: 300, fatalities_high: null })).toMatch(/no upper bound/);
  });

  it("writes the toll as the reports do, never a bound as an exact number", () => {
    expect(fatalitiesText({ fatalities_low: 300, fatalities_best: 300, fatalities_high: null })).toBe("≥300 (low 300, best 300, no upper bound)");
    expect(fatalitiesText({ fatalities_low: 300, fatalities_best: 300, fatalities_high: null, fatalities_text: ">300" })).toMatch(/^>300 /);
    expect(fatalitiesText({ fatalities_low: 12, fatalities_best: 12, fatalities_high: 12 })).toBe("12");
    expect(fatalitiesText({ fatalities_low: 0, fatalities_best: 0, fatalities_high: 0 })).toBe("0");
  });
});
