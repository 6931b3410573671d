import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW,
  apiUrl,
  isCalendarDate,
  isFiltered,
  isSourceSelected,
  parseViewState,
  serializeViewState,
  toggleSource,
  withFilters,
  withLayer,
  withNear,
  type ViewState,
} from "./url-state";

describe("parseViewState", () => {
  it("reads the default view from an empty query", () => {
    const { state, problems } = parseViewState("");
    expect(state).toEqual(DEFAULT_VIEW);
    expect(problems).toEqual([]);
  });

  it("reads every filter, repeated parameters included", () => {
    const { state, problems } = parseViewState(
      "?from=2025-03-01&to=2025-03-31&source=Reuters&source=unknown&region=SY-LA&region=SY-TA&layers=incidents,regions",
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      query: { from: "2025-03-01", to: "2025-03-31", source: ["Reuters", "unknown"], region: ["SY-LA", "SY-TA"] },
      layers: ["incidents", "regions"],
      selected: null,
      camera: null,
      place: null,
    });
  });

  it("accepts URLSearchParams and repeated layers parameters, in canonical order", () => {
    const { state } = parseViewState(new URLSearchParams("layers=regions&layers=mentions"));
    expect(state.layers).toEqual(["mentions", "regions"]);
  });

  it("drops a malformed or impossible date and says so", () => {
    const { state, problems } = parseViewState("from=2025-3-1&to=2025-02-30");
    expect(state.query.from).toBeUndefined();
    expect(state.query.to).toBeUndefined();
    expect(problems).toHaveLength(2);
  });

  it("drops a range that ends before it starts (LayerQuerySchema's refinement)", () => {
    const { state, problems } = parseViewState("from=2025-04-01&to=2025-03-01&region=SY-LA");
    expect(state.query).toEqual({ source: [], region: ["SY-LA"] });
    expect(problems[0]).toMatch(/ends before it starts/);
  });

  it("ignores empty and duplicate values", () => {
    const { state } = parseViewState("source=&source=Reuters&source=Reuters&region=");
    expect(state.query.source).toEqual(["Reuters"]);
    expect(state.query.region).toEqual([]);
  });

  it("reports unknown layers and understands layers=none", () => {
    expect(parseViewState("layers=none").state.layers).toEqual([]);
    const { state, problems } = parseViewState("layers=incidents,hexbins");
    expect(state.layers).toEqual(["incidents"]);
    expect(problems).toEqual(['Unknown layer "hexbins" ignored.']);
  });
});

describe("spatial filters, selection and map view in the URL", () => {
  it("round-trips the district filters, and a link without them reads as before", () => {
    const { state, problems } = parseViewState("?v=1&region=SY-LA&admin2=SY0602&admin2=SY0602&admin2=&admin3=SY060201");
    expect(problems).toEqual([]);
    expect(state.query).toEqual({ source: [], region: ["SY-LA"], admin2: ["SY0602"], admin3: ["SY060201"] });
    expect(serializeViewState(state)).toBe("v=1&region=SY-LA&admin2=SY0602&admin3=SY060201");
    expect(isFiltered({ source: [], region: [], admin2: ["SY0602"] })).toBe(true);
    expect(parseViewState("?region=SY-LA").state.query).toEqual({ source: [], region: ["SY-LA"] });
    expect(withFilters(state, { admin2: undefined }).query).toEqual({ source: [], region: ["SY-LA"], admin3: ["SY060201"] });
  });

  it("round-trips a drawn area, a radius with its place name, the selection and the camera", () => {
    const view: ViewState = {
      query: { source: [], region: [], attributed: ["SOHR"], polygon: [[35, 34], [36, 34], [36, 35]], near: [35.79, 35.53], km: 10 },
      layers: ["incidents", "heat"],
      selected: "inc:1",
      camera: { zoom: 7, lat: 35, lon: 36 },
      place: "Latakia",
    };
    const search = serializeViewState(view);
    expect(search).toMatch(/^v=1&/);
    expect(parseViewState(search)).toEqual({ state: view, problems: [] });
  });

  it("drops a bad radius with its reason and keeps the rest", () => {
    const { state, problems } = parseViewState("v=1&region=SY-LA&near=35,35&km=-1&map=abc");
    expect(state.query).toEqual({ source: [], region: ["SY-LA"], near: [35, 35] });
    expect(problems).toHaveLength(2);
  });

  it("says when a link comes from another version", () => {
    expect(parseViewState("v=9").problems[0]).toMatch(/another version/);
  });

  it("clears the place name with the point", () => {
    const near = withNear(DEFAULT_VIEW, { lon: 35, lat: 35, name: "X" }, 5);
    expect(near.query).toMatchObject({ near: [35, 35], km: 5 });
    expect(withNear(near, null, 5)).toMatchObject({ place: null, query: { source: [], region: [] } });
    expect(withNear(near, null, 5).query.near).toBeUndefined();
  });
});

describe("serializeViewState", () => {
  it("leaves the default view as an empty string", () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe("");
  });

  it("round-trips through parseViewState", () => {
    const views: ViewState[] = [
      { query: { from: "2025-03-06", source: [], region: [] }, layers: ["incidents"], selected: null, camera: null, place: null },
      { query: { to: "2025-12-31", source: ["Al Jazeera", "unknown"], region: ["SY-SU"] }, layers: ["mentions", "regions"], selected: null, camera: null, place: null },
      { query: { source: ["A&B = C?"], region: [] }, layers: [], selected: null, camera: null, place: null },
      {
        query: { from: "2025-01-01", to: "2025-01-01", source: [], region: ["SY-LA", "SY-TA"] },
        layers: ["incidents", "mentions", "regions"],
        selected: "inc:a b",
        camera: { zoom: 8.5, lat: 35.5, lon: 35.8 },
        place: null,
      },
    ];
    for (const view of views) {
      const search = serializeViewState(view);
      expect(parseViewState(search)).toEqual({ state: view, problems: [] });
    }
  });

  it("writes readable layer lists and repeats source/region", () => {
    expect(
      serializeViewState({ query: { source: ["x", "y"], region: ["SY-LA"] }, layers: ["regions", "incidents"], selected: null, camera: null, place: null }),
    ).toBe("v=1&source=x&source=y&region=SY-LA&layers=incidents,regions");
    expect(serializeViewState({ query: { source: [], region: [] }, layers: [], selected: null, camera: null, place: null })).toBe("v=1&layers=none");
  });
});

describe("apiUrl", () => {
  const query = { from: "2025-03-01", source: ["Reuters"], region: ["SY-LA"] };
  it("builds the API query from the filters", () => {
    expect(apiUrl("/api/layers/incidents", query)).toBe("/api/layers/incidents?from=2025-03-01&source=Reuters&region=SY-LA");
    expect(apiUrl("/api/summary", { source: [], region: [] })).toBe("/api/summary");
  });
  it("can leave the publisher filter out (for /api/sources)", () => {
    expect(apiUrl("/api/sources", query, { omitSource: true })).toBe("/api/sources?from=2025-03-01&region=SY-LA");
  });
});

describe("publisher selection", () => {
  const all = ["A", "B", "C", "unknown"];
  it("treats an empty selection as all ticked", () => {
    expect(isSourceSelected([], "B")).toBe(true);
    expect(isSourceSelected(["A"], "B")).toBe(false);
  });
  it("unticking one of all keeps the others", () => {
    expect(toggleSource([], all, "B", false)).toEqual(["A", "C", "unknown"]);
  });
  it("ticking the last missing one collapses to all", () => {
    expect(toggleSource(["A", "C", "unknown"], all, "B", true)).toEqual([]);
  });
  it("keeps the order of the list on offer", () => {
    expect(toggleSource(["unknown"], all, "A", true)).toEqual(["A", "unknown"]);
  });
  it("refuses to untick the last ticked publisher", () => {
    expect(toggleSource(["A"], all, "A", false)).toEqual(["A"]);
  });
});

describe("withFilters / withLayer", () => {
  it("clears empty dates", () => {
    const v = withFilters({ ...DEFAULT_VIEW, query: { from: "2025-01-01", source: [], region: [] } }, { from: "" });
    expect(v.query).toEqual({ source: [], region: [] });
  });
  it("moves the other bound when from passes to", () => {
    const base: ViewState = { ...DEFAULT_VIEW, query: { from: "2025-01-01", to: "2025-02-01", source: [], region: [] } };
    expect(withFilters(base, { from: "2025-03-01" }).query).toMatchObject({ from: "2025-03-01", to: "2025-03-01" });
    expect(withFilters(base, { to: "2024-12-01" }).query).toMatchObject({ from: "2024-12-01", to: "2024-12-01" });
  });
  it("toggles layers in canonical order", () => {
    expect(withLayer(DEFAULT_VIEW, "regions", true).layers).toEqual(["incidents", "regions"]);
    expect(withLayer(DEFAULT_VIEW, "incidents", false).layers).toEqual([]);
  });
});

describe("isCalendarDate", () => {
  it("knows real days", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2025-13-01")).toBe(false);
    expect(isCalendarDate("20250101")).toBe(false);
  });
});
