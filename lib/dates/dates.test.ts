import { describe, expect, it } from "vitest";
import { findEventDates } from "./event-date";
import { dateFromUrl, findCompleteDate, parseDateHeader } from "./page-date";

describe("findEventDates", () => {
  const one = (text: string, ref: string | null) => findEventDates(text, ref)[0] ?? null;

  it("resolves a day without a year to the latest such day not after publication", () => {
    expect(one("On 7 March, security forces perpetrated the massacre", "2025-10-29")).toMatchObject({ start: "2025-03-07", end: "2025-03-07", precision: "day" });
    expect(one("On 20 December, clashes erupted", "2025-10-29")).toMatchObject({ start: "2024-12-20", precision: "day" });
  });

  it("reads ranges and partial dates with their precision", () => {
    expect(one("between March 6 and 9, 2025, concentrated", "2026-01-24")).toMatchObject({ start: "2025-03-06", end: "2025-03-09", precision: "days" });
    expect(one("Violent clashes erupted on December 22-23, 2025.", "2026-01-24")).toMatchObject({ start: "2025-12-22", end: "2025-12-23", precision: "days" });
    expect(one("beginning in late December 2025 and early January 2026.", "2026-01-24")).toMatchObject({ start: "2025-12-21", end: "2026-01-10" });
    expect(one("began in April 2025 in Jaramana", "2026-01-24")).toMatchObject({ start: "2025-04-01", end: "2025-04-30", precision: "month" });
    expect(one("In 2014 it went on the offensive", null)).toMatchObject({ start: "2014-01-01", end: "2014-12-31", precision: "year" });
  });

  it("gives no date when the year is not fixed and the publication date is unknown", () => {
    expect(findEventDates("On March 4, it was announced that two were killed", null)).toEqual([]);
    expect(findEventDates("was debunked last week after the massacre", null)).toEqual([]);
  });

  it("never returns a date after the publication date", () => {
    expect(findEventDates("The agreement expires in 2028, officials said.", "2025-11-13")).toEqual([]);
    for (const d of findEventDates("On 7 March and on 1 November", "2025-10-29")) expect(d.start <= "2025-10-29").toBe(true);
  });

  it("dates 'the following day' from the day established before it", () => {
    const previous = { start: "2025-03-04", end: "2025-03-04", precision: "day" as const, index: 0, text: "March 4" };
    expect(findEventDates("The following day, forces stormed the area", "2025-03-15", previous)[0]).toMatchObject({ start: "2025-03-05", precision: "day" });
  });
});

describe("page dates", () => {
  it("reads day headers in other languages", () => {
    expect(parseDateHeader("domingo, 16 de noviembre de 2025")?.date).toBe("2025-11-16");
    expect(parseDateHeader("Sunday, November 16, 2025")?.date).toBe("2025-11-16");
    expect(parseDateHeader("13 November 2025")).toBeNull();
    expect(parseDateHeader("Moral collapse")).toBeNull();
  });

  it("reads day-first numeric dates only when unambiguous", () => {
    expect(findCompleteDate("24/01/2026 strategic-culture.su 7min")?.date).toBe("2026-01-24");
    expect(findCompleteDate("03/04/2025")).toBeNull();
  });

  it("reads dates in URLs", () => {
    expect(dateFromUrl("https://news.antiwar.com/2025/11/13/israel-seeks/")).toBe("2025-11-13");
    expect(dateFromUrl("https://thecradle.co/articles/x")).toBeNull();
  });
});
