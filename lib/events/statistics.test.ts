import { describe, expect, it } from "vitest";
import { ArticleStatisticSchema, articleStatistics, findStatistics } from "./statistics";
import { findFatalities } from "./fatalities";

describe("findStatistics", () => {
  it.each([
    ["At least 35 deaths have been recorded in the province since the beginning of the year.", 35, null, "deaths", "since the beginning of the year"],
    ["More than 500,000 people have been killed since 2011.", 500_000, null, "killed", "since 2011"],
    ["Twelve civilians were killed this month in the governorate.", 12, 12, "killed", "this month"],
    ["So far this year, 140 people have died in landmine explosions.", 140, 140, "deaths", "So far this year"],
    ["Over the past week, 60 fighters were killed in clashes across the region.", 60, 60, "killed", "Over the past week"],
    ["The death toll of the war has reached more than 600,000.", 600_000, null, "deaths", "death toll of the war"],
    ["The war has killed more than 500,000 people.", 500_000, null, "killed", "war has killed"],
    ["In total since the fall of the regime, 1,400 people were killed in the province.", 1400, 1400, "killed", "since the fall of the regime"],
  ])("%s", (sentence, low, high, what, period) => {
    const [s, ...more] = findStatistics(sentence);
    expect(more).toEqual([]);
    expect(s).toMatchObject({ low, high, what, period: { text: period } });
    expect(sentence.slice(s!.span.start, s!.span.end)).toBe(s!.span.text);
    expect(sentence.slice(s!.period.start, s!.period.end)).toBe(period);
    expect(ArticleStatisticSchema.parse(s)).toEqual(s);
  });

  it("reads a running total apart from the incident's own toll", () => {
    const sentence = "On Monday a strike killed 4 fighters, bringing the total to 312.";
    expect(findStatistics(sentence)).toMatchObject([{ best: 312, span: { text: "312" }, period: { text: "bringing the total" } }]);
    expect(findFatalities(sentence)).toMatchObject({ best: 4 });
  });

  it("keeps the bound as written", () => {
    expect(findStatistics("Since 2011, some 3,000 people have been killed in the district.")).toMatchObject([{ low: 3000, high: 3000, approximate: true }]);
    expect(findStatistics("Thousands have been killed since the start of the war.")).toMatchObject([{ low: 2000, high: null, vague: "thousands" }]);
  });

  it("finds none in an incident's report", () => {
    expect(findStatistics("Gunmen killed 12 civilians in the village on Monday.")).toEqual([]);
    expect(findStatistics("The deadliest attack since 2011 killed 45 people.")).toEqual([]);
    expect(findStatistics("A wounded man died in hospital, bringing the death toll from Monday's bombing to 12.")).toEqual([]);
  });
});

describe("articleStatistics", () => {
  it("gathers an article's period counts with offsets into its text, and leaves the incident's toll alone", () => {
    const text = "Monitor report\n\nOn 10 March, shelling killed four civilians in a village. At least 35 people have been killed in the area since the beginning of the year.";
    const stats = articleStatistics({ text, bodyStart: text.indexOf("On 10") });
    expect(stats).toHaveLength(1);
    expect(stats[0]).toMatchObject({ low: 35, high: null });
    expect(text.slice(stats[0]!.span.start, stats[0]!.span.end)).toBe(stats[0]!.span.text);
    expect(text.slice(stats[0]!.sentence.start, stats[0]!.sentence.end)).toContain("since the beginning of the year");
  });
});
