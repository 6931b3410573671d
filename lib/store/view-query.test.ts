import { describe, expect, it } from "vitest";
import { parseViewState, serializeViewState } from "../../app/ui/url-state";
import { queryVersion, upgradeViewQuery, VIEW_QUERY_VERSION } from "./view-query";

/** Queries as each version of the dashboard wrote them, for the same view. */
const FIXTURES = {
  /** Before `v=` existed. */
  v0: "region=SY-LA&from=2025-03-01&to=2025-03-31&layers=incidents,regions&sel=inc:abc&map=8.5/35.52/35.79",
  v1: "v=1&from=2025-03-01&to=2025-03-31&region=SY-LA&layers=incidents,regions&sel=inc:abc&map=8.5/35.52/35.79",
};

describe("queryVersion", () => {
  it("reads v=, 0 without it, null when it is not a number", () => {
    expect(queryVersion(FIXTURES.v1)).toBe(1);
    expect(queryVersion(FIXTURES.v0)).toBe(0);
    expect(queryVersion("?v=abc")).toBeNull();
  });
});

describe("upgradeViewQuery", () => {
  it("reads a v=1 link as the current format without problems", () => {
    const r = upgradeViewQuery(FIXTURES.v1);
    expect(r.from).toBe(1);
    expect(r.problems).toEqual([]);
    expect(queryVersion(r.query)).toBe(VIEW_QUERY_VERSION);
  });

  it("reads a link made before v= and marks it with the current version", () => {
    const r = upgradeViewQuery(FIXTURES.v0);
    expect(r).toMatchObject({ from: 0, problems: [] });
    expect(r.query.startsWith(`v=${VIEW_QUERY_VERSION}&`)).toBe(true);
  });

  it("keeps the default view empty", () => {
    expect(upgradeViewQuery("").query).toBe("");
  });

  it("says so when a link is newer than this app, or its version unreadable", () => {
    expect(upgradeViewQuery("v=99&region=SY-LA").problems[0]).toMatch(/another version.*v=99/);
    expect(upgradeViewQuery("v=x").problems[0]).toMatch(/unknown format version/);
  });

  it("opens the v0 and v1 fixtures as the same view, every part of it", () => {
    const a = parseViewState(FIXTURES.v0);
    const b = parseViewState(FIXTURES.v1);
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    expect(a.state).toEqual(b.state);
    expect(b.state).toMatchObject({
      query: { from: "2025-03-01", to: "2025-03-31", region: ["SY-LA"] },
      layers: ["incidents", "regions"],
      selected: "inc:abc",
      camera: { zoom: 8.5, lat: 35.52, lon: 35.79 },
    });
    // And writing it again gives a link that reopens it.
    expect(parseViewState(serializeViewState(b.state)).state).toEqual(b.state);
  });
});
