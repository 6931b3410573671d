import { describe, expect, it } from "vitest";
import {
  excerptBounds,
  formatConfidence,
  highlightSegments,
  formatDay,
  formatEventDate,
  formatKilled,
  formatPublisher,
  isAreaPrecision,
  safeHttpUrl,
  splitEvidence,
} from "./format";

describe("formatEventDate", () => {
  it("says 'Date unknown' when there is no event date", () => {
    expect(formatEventDate(null, null, "unknown")).toBe("Date unknown");
  });
  it("formats days, spans, weeks, months and years", () => {
    expect(formatEventDate("2025-03-06", "2025-03-06", "day")).toBe("6 Mar 2025");
    expect(formatEventDate("2025-03-06", "2025-03-09", "days")).toBe("6 Mar 2025 – 9 Mar 2025");
    expect(formatEventDate("2025-03-03", "2025-03-09", "week")).toBe("Week of 3 Mar 2025 – 9 Mar 2025");
    expect(formatEventDate("2025-03-01", "2025-03-31", "month")).toBe("March 2025");
    expect(formatEventDate("2025-01-01", "2025-12-31", "year")).toBe("2025");
  });
  it("formats a single day without time-zone drift", () => {
    expect(formatDay("2025-01-01")).toBe("1 Jan 2025");
    expect(formatDay("not a date")).toBe("not a date");
  });
});

describe("small formatters", () => {
  it("confidence as a percentage", () => {
    expect(formatConfidence(0.734)).toBe("73%");
    expect(formatConfidence(1.2)).toBe("100%");
  });
  it("unknown publisher", () => {
    expect(formatPublisher(null)).toBe("Unknown publisher");
    expect(formatPublisher("SANA")).toBe("SANA");
  });
  it("area precisions", () => {
    expect(isAreaPrecision("governorate")).toBe(true);
    expect(isAreaPrecision("town")).toBe(false);
  });
});

describe("splitEvidence", () => {
  it("cuts the sentence around the place name", () => {
    const sentence = "Clashes erupted in Baniyas on Friday.";
    expect(splitEvidence(sentence, 100, 119, 126)).toEqual({
      before: "Clashes erupted in ",
      place: "Baniyas",
      after: " on Friday.",
    });
  });
  it("returns null when the offsets fall outside the sentence", () => {
    expect(splitEvidence("Short.", 100, 90, 95)).toBeNull();
    expect(splitEvidence("Short.", 100, 103, 120)).toBeNull();
  });
});

describe("safeHttpUrl", () => {
  it("links http(s) only", () => {
    expect(safeHttpUrl("https://example.org/a?b=c")).toBe("https://example.org/a?b=c");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

describe("highlightSegments", () => {
  const text = "On 6 March, clashes in Jableh killed five.";
  it("cuts the text at every boundary and stacks overlapping highlights", () => {
    const segs = highlightSegments(text, [
      { start: 12, end: 42, kind: "evidence" },
      { start: 23, end: 29, kind: "place" },
      { start: 3, end: 10, kind: "date" },
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.find((s) => s.text === "Jableh")?.kinds).toEqual(["evidence", "place"]);
    expect(segs.find((s) => s.text === "6 March")?.kinds).toEqual(["date"]);
    expect(segs[0]).toEqual({ text: "On ", kinds: [] });
  });
  it("clips spans outside the text and ignores empty ones", () => {
    expect(highlightSegments("abc", [{ start: 2, end: 99, kind: "place" }, { start: 1, end: 1, kind: "date" }])).toEqual([
      { text: "ab", kinds: [] },
      { text: "c", kinds: ["place"] },
    ]);
  });
});

describe("excerptBounds", () => {
  it("widens to whole lines around the passage", () => {
    const text = "first line\nsecond line with Jableh\nthird line";
    const at = text.indexOf("Jableh");
    expect(excerptBounds(text, at, at + 6, 0)).toEqual({ start: 11, end: 34 });
    expect(excerptBounds(text, at, at + 6, 8)).toEqual({ start: 11, end: text.length });
  });
});

describe("formatKilled", () => {
  it("says the toll as written, an explicit zero, or that no figure is given", () => {
    expect(formatKilled({ low: 300, best: 300, high: null, moreThan: true })).toBe(">300 killed");
    expect(formatKilled({ low: 35, best: 35, high: null })).toBe("≥35 killed");
    expect(formatKilled({ low: 24, best: 24, high: null, vague: "dozens" })).toBe("dozens killed");
    expect(formatKilled({ low: 0, best: 0, high: 0 })).toBe("0 killed");
    expect(formatKilled(null)).toBe("no fatality figure");
  });
});
