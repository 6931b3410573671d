import { describe, expect, it } from "vitest";
import { groupReports, sameEvent } from "./group";
import type { Report } from "./incident";
import { reportFixture } from "./test-fixture";

let n = 0;
const report = (over: Partial<Report> & { at?: [number, number]; placeName?: string; precision?: Report["place"]["precision"]; admin1?: string }): Report => {
  const { at = [35.18, 35.95], placeName = "Baniyas", precision = "town", admin1 = "SY-TA", ...rest } = over;
  n++;
  return reportFixture({
    id: `rep:${rest.articleId ?? "a:0"}@${n}`,
    mentionId: `m${n}`,
    place: { surface: placeName, name: placeName, lat: at[0], lon: at[1], country: "SY", admin1, precision, confidence: 0.9 },
    dateStart: "2025-03-07",
    dateEnd: "2025-03-07",
    dateEvidence: { start: 0, end: 10, text: "On 7 March" },
    type: "violence-against-civilians",
    subType: "massacre",
    source: "Outlet A",
    published: "2025-03-10",
    ...rest,
  });
};
const span = { start: 0, end: 1, text: "x" };

describe("groupReports", () => {
  it("puts two outlets' reports of one event into one incident, with every claim side by side", () => {
    const a = report({ articleId: "a:0", source: "Outlet A", fatalities: { low: 300, best: 300, high: null, span }, attributedTo: ["SOHR"] });
    const b = report({ articleId: "b:0", source: "Outlet B", at: [35.19, 35.96], dateStart: "2025-03-06", dateEnd: "2025-03-09", datePrecision: "days", type: "battles", subType: "armed clash", fatalities: { low: 600, best: 900, high: 2000, span } });
    const [incident, ...rest] = groupReports([a, b]);
    expect(rest).toEqual([]);
    expect(incident!.reports.map((r) => r.source).sort()).toEqual(["Outlet A", "Outlet B"]);
    expect(incident!.sources.sort()).toEqual(["Outlet A", "Outlet B"]);
    expect(incident!.fatalities).toEqual({ low: 300, best: 600, high: 2000 });
    expect(incident!).toMatchObject({ dateStart: "2025-03-07", dateEnd: "2025-03-07", attributedTo: ["SOHR"] });
  });

  it("never groups a 2017 story with a 2025 one, nor undated reports with anything", () => {
    const old = report({ articleId: "old:0", dateStart: "2017-10-01", dateEnd: "2017-10-31", datePrecision: "month" });
    const recent = report({ articleId: "new:0" });
    const undated = report({ articleId: "u:0", dateStart: null, dateEnd: null, datePrecision: "unknown", dateEvidence: null });
    const undated2 = report({ articleId: "u2:0", dateStart: null, dateEnd: null, datePrecision: "unknown", dateEvidence: null });
    expect(groupReports([old, recent, undated, undated2])).toHaveLength(4);
  });

  it("keeps apart reports at places more than 10 km apart, of incompatible types, or only dated to a year", () => {
    const here = report({ articleId: "a:0" });
    expect(sameEvent(here, report({ articleId: "b:0", at: [35.36, 35.92], placeName: "Jableh" }))).toBe(false);
    expect(sameEvent(here, report({ articleId: "b:0", type: "protests", subType: "protest" }))).toBe(false);
    expect(sameEvent(report({ dateStart: "2025-01-01", dateEnd: "2025-12-31", datePrecision: "year" }), report({ articleId: "b:0", dateStart: "2025-01-01", dateEnd: "2025-12-31", datePrecision: "year" }))).toBe(false);
    expect(sameEvent(here, report({ articleId: "b:0", dateStart: "2025-03-08", dateEnd: "2025-03-08" }))).toBe(true);
    expect(sameEvent(here, report({ articleId: "b:0", dateStart: "2025-03-10", dateEnd: "2025-03-10" }))).toBe(false);
  });

  it("groups a governorate-level report only with reports placed at that governorate", () => {
    const province = report({ articleId: "a:0", precision: "governorate", placeName: "Tartus" });
    expect(sameEvent(province, report({ articleId: "b:0" }))).toBe(false);
    expect(sameEvent(province, report({ articleId: "b:0", precision: "governorate", placeName: "Tartous" }))).toBe(true);
  });

  it("merges two reports of one article only when it tells the same event twice", () => {
    const killed = report({ articleId: "a:0", subType: "killing" });
    const again = report({ articleId: "a:0", subType: "killing" });
    const shelling = report({ articleId: "a:0", type: "explosions-remote-violence", subType: "shelling" });
    const groups = groupReports([killed, again, shelling]);
    expect(groups.map((g) => g.reports.length).sort()).toEqual([1, 2]);
    const otherWords = report({ articleId: "a:0", subType: "killing", dateEvidence: { start: 50, end: 60, text: "7 March" } });
    expect(groupReports([killed, otherWords])).toHaveLength(2);
  });

  it("does not chain two events of one article together through a third article's report", () => {
    const clash = report({ articleId: "a:0", type: "battles", subType: "armed clash" });
    const strike = report({ articleId: "a:0", type: "explosions-remote-violence", subType: "air strike" });
    const other = report({ articleId: "b:0", type: "battles", subType: "armed clash" });
    const groups = groupReports([clash, strike, other]);
    expect(groups).toHaveLength(2);
    expect(groups.find((g) => g.reports.length === 2)!.reports.map((r) => r.subType)).toEqual(["armed clash", "armed clash"]);
  });

  it("gives the same incidents and ids whatever the order of the reports", () => {
    const reports = [
      report({ articleId: "a:0" }),
      report({ articleId: "b:0", at: [35.185, 35.955] }),
      report({ articleId: "c:0", at: [35.36, 35.92], placeName: "Jableh" }),
      report({ articleId: "d:0", at: [35.361, 35.921], placeName: "Jableh", dateStart: "2025-03-06", dateEnd: "2025-03-06" }),
    ];
    const ids = (rs: Report[]) => groupReports(rs).map((g) => `${g.id}:${g.reports.map((r) => r.id).sort().join(",")}`);
    expect(ids([...reports].reverse())).toEqual(ids(reports));
    expect(ids(reports)).toHaveLength(2);
    for (const g of groupReports(reports)) expect(g.id).toBe(`inc:${g.reports.map((r) => r.id).sort()[0]}`);
  });
});
