import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findEventDates } from "./event-date";
import { dateFromUrl, findCompleteDate, parseDateHeader, parseDateLine } from "./page-date";

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

describe("findEventDates: every form of the issue, with its precision and evidence", () => {
  const one = (text: string, ref: string | null) => findEventDates(text, ref)[0] ?? null;

  it.each([
    ["between March 6 and 9, 2025, concentrated", "2026-01-24", "2025-03-06", "2025-03-09", "days", "between March 6 and 9, 2025"],
    ["Violent clashes erupted on December 22-23, 2025.", "2026-01-24", "2025-12-22", "2025-12-23", "days", "December 22-23, 2025"],
    ["beginning in late December 2025 and early January 2026.", "2026-01-24", "2025-12-21", "2026-01-10", "days", "late December 2025 and early January 2026"],
    ["began in April 2025 in Jaramana", "2026-01-24", "2025-04-01", "2025-04-30", "month", "April 2025"],
    ["On 7 March, security forces perpetrated the massacre", "2025-10-29", "2025-03-07", "2025-03-07", "day", "On 7 March"],
    ["On the morning of 7 March, convoys arrived", "2025-10-29", "2025-03-07", "2025-03-07", "day", "On the morning of 7 March"],
    ["on 4 and 5 March, members of the family distributed weapons", "2025-10-29", "2025-03-04", "2025-03-05", "days", "4 and 5 March"],
    ["Tokayev's visit to Russia on 12–13 November", "2025-11-14", "2025-11-12", "2025-11-13", "days", "12–13 November"],
    ["was debunked last week after the massacre", "2025-03-15", "2025-03-03", "2025-03-09", "week", "last week"],
    ["By the end of July, the death toll was estimated", "2025-10-29", "2025-07-01", "2025-07-31", "month", "By the end of July"],
    ["When Israel greenlit the massacre in Suwayda in July, the goal", "2025-10-29", "2025-07-01", "2025-07-31", "month", "July"],
    ["In 2014 it went on the offensive", null, "2014-01-01", "2014-12-31", "year", "2014"],
    ["an article I wrote on 19th January 2016", null, "2016-01-19", "2016-01-19", "day", "on 19th January 2016"],
  ])("%s", (text, ref, start, end, precision, evidence) => {
    const d = one(text, ref);
    expect(d).toMatchObject({ start, end, precision, text: evidence });
    expect(text.slice(d!.index, d!.index + d!.text.length)).toBe(evidence);
  });

  it("keeps two dates joined by 'and' apart when they are months apart", () => {
    expect(findEventDates("On 7 March and on 1 November", "2025-11-14").map((d) => d.start)).toEqual(["2025-03-07", "2025-11-01"]);
  });

  it("clips a range that runs past the publication date to it", () => {
    expect(one("clashes this week in the city", "2025-11-13")).toMatchObject({ start: "2025-11-10", end: "2025-11-13", precision: "week" });
  });
});

describe("page dates", () => {
  it.each([
    ["dimanche 16 novembre 2025"], ["Sonntag, 16. November 2025"], ["domingo, 16 de novembro de 2025"], ["domenica 16 novembre 2025"], ["zondag 16 november 2025"], ["Sunday, 16 November 2025"],
  ])("reads the day header %s", (header) => expect(parseDateHeader(header)?.date).toBe("2025-11-16"));

  it("reads dated by-lines and URL dates in their usual forms", () => {
    expect(parseDateLine("Published: 13 November 2025")?.date).toBe("2025-11-13");
    expect(parseDateLine("NOV 14, 2025")?.date).toBe("2025-11-14");
    expect(parseDateLine("Updated 14.11.2025")?.date).toBe("2025-11-14");
    expect(dateFromUrl("https://example.com/2025-03-07/story")).toBe("2025-03-07");
    expect(dateFromUrl("https://example.com/2025/13/07/story")).toBeNull();
  });

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

describe("findEventDates on any mix of date phrases", () => {
  const phrases = ["On 7 March", "on December 22-23, 2025", "between March 6 and 9", "late December", "early January 2026", "in April 2025", "last week", "yesterday", "by the end of July", "in 2014", "4 and 5 March", "on 31 December", "the following day", "in 2028", "next month", "on 1 November"];
  const sentence = fc.array(fc.constantFrom(...phrases), { minLength: 1, maxLength: 4 }).map((ps) => `Clashes erupted ${ps.join(" and then ")} in the town.`);
  const reference = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it("never dates anything after the reference, gives ordered ranges and evidence that is in the text", () => {
    fc.assert(
      fc.property(sentence, reference, (text, ref) => {
        for (const d of findEventDates(text, ref)) {
          expect(d.end <= ref).toBe(true);
          expect(d.start <= d.end).toBe(true);
          expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("without a reference, keeps only dates whose year is written", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        for (const d of findEventDates(text, null)) expect(d.text).toMatch(/\d{4}/);
      }),
      { numRuns: 200 },
    );
  });
});
