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

describe("findEventDates: spans as the text ties them", () => {
  const dates = (text: string, ref: string | null) => findEventDates(text, ref).map((d) => ({ start: d.start, end: d.end, precision: d.precision, text: d.text }));
  const evidenceIsInText = (text: string, ref: string | null) => {
    for (const d of findEventDates(text, ref)) expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
  };

  it.each([
    ["A three-day terror campaign that began on 6 March emptied the hill villages.", "2025-10-29", "2025-03-06", "2025-03-08", "A three-day terror campaign that began on 6 March"],
    ["After 6 March, a three-day campaign of raids swept the valley.", "2025-10-29", "2025-03-06", "2025-03-08", "After 6 March, a three-day"],
    ["Gunmen raided the farms over three days from 6 March.", "2025-10-29", "2025-03-06", "2025-03-08", "three days from 6 March"],
    ["A week-long offensive starting on 2 May pushed the front north.", "2025-10-29", "2025-05-02", "2025-05-08", "A week-long offensive starting on 2 May"],
    ["For two days, 6 and 7 March, the market was shelled.", "2025-10-29", "2025-03-06", "2025-03-07", "6 and 7 March"],
    ["A month-long siege that began on 2 May cut the town off.", "2025-10-29", "2025-05-02", "2025-06-01", "A month-long siege that began on 2 May"],
    ["Shelling that began on the 6th of March lasted a week.", "2025-10-29", "2025-03-06", "2025-03-12", "on the 6th of March lasted a week"],
    ["On 6 March, a three-day offensive began in the hills.", "2025-10-29", "2025-03-06", "2025-03-08", "On 6 March, a three-day"],
  ])("a duration tied to its first day: %s", (text, ref, start, end, evidence) => {
    expect(dates(text, ref)).toEqual([{ start, end, precision: "days", text: evidence }]);
    evidenceIsInText(text, ref);
  });

  it("adds nothing for a duration the text does not tie to a day", () => {
    expect(findEventDates("A three-day campaign left hundreds dead.", "2025-10-29")).toEqual([]);
    expect(dates("A three-day campaign left hundreds dead on 6 March.", "2025-10-29")).toEqual([{ start: "2025-03-06", end: "2025-03-06", precision: "day", text: "on 6 March" }]);
    expect(dates("On 6 March, a two-day-old infant was among the dead.", "2025-10-29")).toEqual([{ start: "2025-03-06", end: "2025-03-06", precision: "day", text: "On 6 March" }]);
    expect(dates("On 6 March, a three-day ceasefire was agreed.", "2025-10-29")[0]).toMatchObject({ start: "2025-03-06", end: "2025-03-06", precision: "day" });
    expect(dates("The unit, formed on 2 May, fought for three days.", "2025-10-29")[0]).toMatchObject({ start: "2025-05-02", end: "2025-05-02", precision: "day" });
  });

  it("cuts a span at the publication date", () => {
    expect(dates("A week-long offensive that began on 10 March is still going on.", "2025-03-12")[0]).toMatchObject({ start: "2025-03-10", end: "2025-03-12", precision: "days" });
    expect(dates("Raids went on between 6 and 20 March.", "2025-03-16")[0]).toMatchObject({ start: "2025-03-06", end: "2025-03-16", precision: "days" });
  });

  it.each([
    ["Shelling went on between 6 and 9 March in the north.", "2025-10-29", "2025-03-06", "2025-03-09", "between 6 and 9 March"],
    ["Shelling went on from 6 to 9 March in the north.", "2025-10-29", "2025-03-06", "2025-03-09", "from 6 to 9 March"],
    ["Shelling went on 6–9 March in the north.", "2025-10-29", "2025-03-06", "2025-03-09", "6–9 March"],
    ["Shelling went on March 6-9 in the north.", "2025-10-29", "2025-03-06", "2025-03-09", "March 6-9"],
    ["Shelling went on between 28 February and 2 March in the north.", "2025-10-29", "2025-02-28", "2025-03-02", "between 28 February and 2 March"],
    ["Shelling went on between 28 February and 2 March 2019 in the north.", "2025-10-29", "2019-02-28", "2019-03-02", "between 28 February and 2 March 2019"],
    ["Shelling went on from 28 December to 2 January in the north.", "2025-01-10", "2024-12-28", "2025-01-02", "from 28 December to 2 January"],
    ["Shelling went on from March 28 to April 2 in the north.", "2025-10-29", "2025-03-28", "2025-04-02", "from March 28 to April 2"],
    ["Shelling went on from 6 to 9 March in the north.", "2025-03-08", "2025-03-06", "2025-03-08", "from 6 to 9 March"],
    ["Shelling went on on the 6th and 7th of March.", "2025-10-29", "2025-03-06", "2025-03-07", "6th and 7th of March"],
  ])("an explicit range: %s (published %s)", (text, ref, start, end, evidence) => {
    expect(dates(text, ref)).toEqual([{ start, end, precision: "days", text: evidence }]);
    evidenceIsInText(text, ref);
  });

  it("keeps days joined by 'and' apart when months separate them, unless the text says 'between'", () => {
    expect(dates("Raids on 7 March and 1 November left the village empty.", "2025-11-14").map((d) => d.start)).toEqual(["2025-03-07", "2025-11-01"]);
    expect(dates("Raids between 7 March and 1 November left the village empty.", "2025-11-14")).toEqual([{ start: "2025-03-07", end: "2025-11-01", precision: "days", text: "between 7 March and 1 November" }]);
  });
});

describe("findEventDates: conflict-report notes", () => {
  const one = (text: string, ref: string | null) => findEventDates(text, ref)[0] ?? null;

  it("reads 'Around <day> (as reported)' as within a week of the day: the day ±3, precision 'week'", () => {
    expect(one("Around 4 July 2022 (as reported), a body was found by the river.", "2022-07-12")).toMatchObject({ start: "2022-07-01", end: "2022-07-07", precision: "week", text: "Around 4 July 2022 (as reported)" });
    expect(one("Around 4 July 2022, a body was found by the river.", "2022-07-12")).toMatchObject({ start: "2022-07-01", end: "2022-07-07", precision: "week", text: "Around 4 July 2022" });
    expect(one("On or about 4 July, a body was found by the river.", "2022-07-12")).toMatchObject({ start: "2022-07-01", end: "2022-07-07", precision: "week" });
    // Never after publication.
    expect(one("Around 4 July 2022 (as reported), a body was found by the river.", "2022-07-05")).toMatchObject({ start: "2022-07-01", end: "2022-07-05", precision: "week" });
  });

  it("reads '(week of) <day>' as the calendar week (Monday to Sunday) holding the day", () => {
    expect(one("(week of) 4 July 2022, two shops were burned.", "2022-07-20")).toMatchObject({ start: "2022-07-04", end: "2022-07-10", precision: "week", text: "(week of) 4 July 2022" });
    expect(one("Around 7 July 2022 (week of), two shops were burned.", "2022-07-20")).toMatchObject({ start: "2022-07-04", end: "2022-07-10", precision: "week", text: "Around 7 July 2022 (week of)" });
    expect(one("In the week of 7 July 2022 two shops were burned.", "2022-07-20")).toMatchObject({ start: "2022-07-04", end: "2022-07-10", precision: "week" });
  });

  it("reads days written with 'of' or a leading zero", () => {
    expect(one("On 6 of March 2019, a patrol was ambushed.", "2019-03-12")).toMatchObject({ start: "2019-03-06", end: "2019-03-06", precision: "day", text: "On 6 of March 2019" });
    expect(one("On 06 November 2019, a patrol was ambushed.", "2019-11-12")).toMatchObject({ start: "2019-11-06", end: "2019-11-06", precision: "day", text: "On 06 November 2019" });
  });
});

describe("findEventDates: what is not a date, and relative days", () => {
  const dates = (text: string, ref: string | null) => findEventDates(text, ref).map((d) => ({ start: d.start, end: d.end, precision: d.precision, text: d.text }));

  it("leaves days and months used as names", () => {
    expect(dates("On 6 February, the 9 April Brigade attacked a checkpoint.", "2025-10-29")).toEqual([{ start: "2025-02-06", end: "2025-02-06", precision: "day", text: "On 6 February" }]);
    expect(findEventDates("A commander of the 21st June Battalion was shot dead.", "2025-10-29")).toEqual([]);
    expect(findEventDates("Fighting reached the Green and October neighbourhood of the city.", "2025-10-29")).toEqual([]);
    expect(findEventDates("Troops crossed the 6 October Bridge.", "2025-10-29")).toEqual([]);
    expect(findEventDates("Three shops in the July Square were burned.", "2025-10-29")).toEqual([]);
    expect(findEventDates("Officials said they may 2 more convoys.", "2025-10-29")).toEqual([]);
  });

  it("still reads a month after a word of time", () => {
    expect(dates("Clashes in the town in July killed four.", "2025-10-29")[0]).toMatchObject({ start: "2025-07-01", end: "2025-07-31", precision: "month" });
    expect(dates("Clashes have gone on since March.", "2025-10-29")[0]).toMatchObject({ start: "2025-03-01", precision: "month" });
    expect(dates("Clashes last March killed four.", "2025-03-16")[0]).toMatchObject({ start: "2024-03-01", end: "2024-03-31", precision: "month" });
  });

  it("resolves yesterday and weekdays against the publication date", () => {
    expect(dates("Yesterday, a car bomb exploded at the gate.", "2025-03-16")[0]).toMatchObject({ start: "2025-03-15", precision: "day" });
    expect(dates("Last Friday, a car bomb exploded at the gate.", "2025-03-16")[0]).toMatchObject({ start: "2025-03-14", precision: "day" });
    expect(dates("A car bomb exploded at the gate on Friday night.", "2025-03-16")[0]).toMatchObject({ start: "2025-03-14", precision: "day" });
  });

  it("counts 'two days later' and 'a day earlier' from the day the text set, never from the publication date", () => {
    expect(dates("On 4 March troops entered the town; two days later they left.", "2025-03-16")).toEqual([
      { start: "2025-03-04", end: "2025-03-04", precision: "day", text: "On 4 March" },
      { start: "2025-03-06", end: "2025-03-06", precision: "day", text: "two days later" },
    ]);
    expect(dates("On 4 March a man was shot; his brother was taken a day earlier.", "2025-03-16")[1]).toMatchObject({ start: "2025-03-03", text: "a day earlier" });
    expect(findEventDates("His brother was taken a day earlier.", "2025-03-16")).toEqual([]);
    const previous = { start: "2025-03-04", end: "2025-03-04", precision: "day" as const, index: 0, text: "4 March" };
    expect(findEventDates("Two days earlier, the road was closed.", "2025-03-16", previous)[0]).toMatchObject({ start: "2025-03-02", precision: "day" });
    expect(findEventDates("The day before, the road was closed.", "2025-03-16", previous)[0]).toMatchObject({ start: "2025-03-03", precision: "day" });
    // "the day before the vote" counts from the vote, not from the day set before.
    expect(findEventDates("The road was closed the day before the vote.", "2025-03-16", previous)).toEqual([]);
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
  const phrases = [
    "On 7 March", "on December 22-23, 2025", "between March 6 and 9", "late December", "early January 2026", "in April 2025", "last week", "yesterday", "by the end of July", "in 2014", "4 and 5 March",
    "on 31 December", "the following day", "in 2028", "next month", "on 1 November", "between 28 February and 2 March", "from 28 December to 2 January", "Around 4 July 2022 (as reported)",
    "(week of) 4 July", "a three-day campaign that began on 6 March", "over a week from 30 December", "two days later", "a day earlier", "last March", "the 9 April Brigade",
  ];
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
