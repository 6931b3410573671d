import { describe, expect, it } from "vitest";
import { combinedTollFlags, formatToll, formatTollOr } from "./toll-format";
import { incidentFromReports } from "./group";
import { reportFixture } from "./test-fixture";

describe("formatToll", () => {
  it.each([
    [{ low: 12, best: 12, high: 12 }, "12"],
    [{ low: 0, best: 0, high: 0 }, "0"],
    [{ low: 300, best: 300, high: null, moreThan: true }, ">300"],
    [{ low: 35, best: 35, high: null }, "≥35"],
    [{ low: 600, best: 600, high: 2000 }, "600–2,000"],
    [{ low: 20, best: 20, high: 20, approximate: true }, "~20"],
    [{ low: 45, best: 50, high: 50, approximate: true }, "~50"],
    [{ low: 0, best: 12, high: 12 }, "≤12"],
    [{ low: 24, best: 24, high: null, approximate: true, vague: "dozens" }, "dozens"],
    [{ low: 20, best: 25, high: 30, approximate: true }, "~20–30"],
    [{ low: 1500, best: 1500, high: 1500 }, "1,500"],
  ])("%j → %s", (f, shown) => {
    expect(formatToll(f)).toBe(shown);
  });

  it("never shows a bound as a bare number", () => {
    for (const f of [{ low: 300, best: 300, high: null }, { low: 0, best: 12, high: 12 }, { low: 20, best: 20, high: 20, approximate: true }])
      expect(formatToll(f)).not.toMatch(/^\d[\d,]*$/);
  });

  it("says a missing figure in the caller's words", () => {
    expect(formatTollOr(null, "—")).toBe("—");
    expect(formatTollOr({ low: 0, best: 0, high: 0 }, "—")).toBe("0");
  });
});

describe("an incident's toll from its reports' claims", () => {
  const span = { start: 0, end: 1, text: "x" };
  const incident = (...claims: Array<Parameters<typeof formatToll>[0]>) =>
    incidentFromReports(claims.map((c, k) => reportFixture({ id: `rep:${k}`, articleId: `a:${k}`, fatalities: { ...c, span } })));

  it("keeps how one report writes it", () => {
    expect(formatToll(incident({ low: 300, best: 300, high: null, moreThan: true }).fatalities!)).toBe(">300");
    expect(formatToll(incident({ low: 24, best: 24, high: null, approximate: true, vague: "dozens" }).fatalities!)).toBe("dozens");
    expect(formatToll(incident({ low: 20, best: 20, high: 20, approximate: true }).fatalities!)).toBe("~20");
  });

  it("shows differing reports as a range, never one report's words", () => {
    expect(formatToll(incident({ low: 24, best: 24, high: null, approximate: true, vague: "dozens" }, { low: 30, best: 30, high: 30 }).fatalities!)).toBe("24–30");
    expect(formatToll(incident({ low: 20, best: 20, high: 20, approximate: true }, { low: 22, best: 22, high: 22 }).fatalities!)).toBe("20–22");
    expect(formatToll(incident({ low: 300, best: 300, high: null, moreThan: true }, { low: 350, best: 350, high: null }).fatalities!)).toBe(">300");
    expect(formatToll(incident({ low: 300, best: 300, high: null }, { low: 300, best: 300, high: null, moreThan: true }).fatalities!)).toBe("≥300");
  });

  it("sets no flag from no claims", () => {
    expect(combinedTollFlags([], { low: 0, high: 0 })).toEqual({});
  });
});
