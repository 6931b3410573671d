import type { Report } from "./incident";

/**
 * A report for unit tests: one battle at Baniyas on 6 March 2025 with no figures
 * or sources, and whatever the test overrides. Tests state the fields they rely on.
 */
export function reportFixture(over: Partial<Report> = {}): Report {
  return {
    id: "rep:1",
    articleId: "a:0",
    mentionId: "m1",
    place: { surface: "Baniyas", name: "Bāniyās", lat: 35.18, lon: 35.95, country: "SY", admin1: "SY-TA", precision: "town", confidence: 0.9 },
    dateStart: "2025-03-06",
    dateEnd: "2025-03-06",
    datePrecision: "day",
    dateEvidence: null,
    type: "battles",
    subType: null,
    fatalities: null,
    actors: [],
    attributedTo: [],
    source: null,
    published: null,
    url: null,
    title: null,
    evidence: { start: 0, end: 1, text: "x" },
    placeEvidence: { start: 0, end: 1, text: "x" },
    ...over,
  };
}
