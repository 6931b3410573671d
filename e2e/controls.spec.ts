/** Each control of the dashboard, on the sample corpus, checked against the API's answers. */
import { expect, test } from "@playwright/test";
import type { AttributedCount, TimelineResponse } from "../lib/layers/features";
import type { LayerQuery } from "../lib/layers/query";
import { EMPTY, apiIncidents, expectMapShows, getJson, screenshot, settle, waitForMap } from "./helpers";

const visibility = (page: import("@playwright/test").Page, layer: string) =>
  page.evaluate((id) => window.__atlasMap!.getLayoutProperty(id, "visibility") ?? "visible", layer);

test.describe("controls", () => {
  // Software WebGL on a shared machine: each test may wait a while for the map (see MAP_TIMEOUT).
  test.describe.configure({ timeout: 240_000 });

  test("layers: each toggle shows its layer and its legend entry, and each layer endpoint obeys the filters", async ({ page, request }) => {
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const legend = page.getByTestId("legend");
    const cases = [
      { layer: "mentions", mapLayer: "mentions-dot", legendText: "Place named in an article" },
      { layer: "regions", mapLayer: "regions-fill", legendText: "Incidents per governorate" },
      { layer: "heat", mapLayer: "incidents-heat", legendText: "Heat: incident density" },
    ];
    for (const c of cases) {
      expect(await visibility(page, c.mapLayer)).toBe("none");
      await page.locator(`input[name="layers"][value="${c.layer}"]`).click();
      await expect(page.locator(`input[name="layers"][value="${c.layer}"]`)).toBeChecked();
      await expect.poll(() => visibility(page, c.mapLayer)).toBe("visible");
      await expect(legend).toContainText(c.legendText);
    }
    expect(new URL(page.url()).searchParams.get("layers")).toBe("incidents,mentions,regions,heat");
    await page.locator('input[name="layers"][value="incidents"]').click();
    await expect.poll(() => visibility(page, "incidents-cluster")).toBe("none");

    // Every layer endpoint answers to the same filters.
    const region = "SY-LA";
    const mentions = await getJson<{ features: Array<{ properties: { admin1: string | null } }> }>(request, `/api/layers/mentions?region=${region}`);
    expect(mentions.features.every((f) => f.properties.admin1 === region)).toBe(true);
    const regions = await getJson<{ features: Array<{ properties: { code: string; count: number; inFilter: boolean } }> }>(request, `/api/layers/regions?region=${region}`);
    const latakia = regions.features.find((f) => f.properties.code === region)!;
    expect(latakia.properties.inFilter).toBe(true);
    expect(latakia.properties.count).toBe((await apiIncidents(request, { source: [], region: [region] })).length);
    expect(regions.features.filter((f) => f.properties.inFilter)).toHaveLength(1);
    const bad = await request.get("/api/layers/mentions?bbox=1,2");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: "bbox" });
  });

  test("clicking a cluster lists its incidents", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const canvas = (await page.locator(".map-canvas canvas").boundingBox())!;
    const cluster = await page.evaluate(() => {
      const m = window.__atlasMap!;
      const cs = m.queryRenderedFeatures({ layers: ["incidents-cluster"] }).sort((a, b) => (b.properties.point_count as number) - (a.properties.point_count as number));
      for (const c of cs) {
        const at = m.project((c.geometry as GeoJSON.Point).coordinates as [number, number]);
        const r = m.getCanvas().getBoundingClientRect();
        if (document.elementFromPoint(r.left + at.x, r.top + at.y)?.tagName === "CANVAS") return { x: at.x, y: at.y, count: c.properties.point_count as number };
      }
      return null;
    });
    expect(cluster, "a cluster the mouse can reach").toBeTruthy();
    await page.mouse.click(canvas.x + cluster!.x, canvas.y + cluster!.y);
    await expect(page.getByRole("heading", { name: /Incidents in this cluster/ })).toBeVisible();
    await expect(page.getByTestId("incident-list").locator("li")).toHaveCount(cluster!.count);
    await page.getByRole("button", { name: "Back to all in view" }).click();
    await expect(page.getByRole("heading", { name: /Incidents in view/ })).toBeVisible();
  });

  test("timeline: drag selects a range, a handle moves by keyboard, play steps through time", async ({ page, request }) => {
    const timeline = await getJson<TimelineResponse>(request, "/api/timeline");
    expect(timeline.spans.length).toBeGreaterThan(0);
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const chart = page.locator(".timeline-chart");
    const box = (await chart.boundingBox())!;
    // Imprecise dates (month, year) are drawn spread over their span, hatched, not as a spike.
    if (timeline.spans.some((s) => s.precision === "month" || s.precision === "year")) {
      await expect(chart.locator('rect[fill="url(#spread-hatch)"]').first()).toBeAttached();
    }
    await page.mouse.move(box.x + box.width * 0.55, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + 40, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.98, box.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).not.toBeNull();
    const params = new URL(page.url()).searchParams;
    const query: LayerQuery = { from: params.get("from")!, to: params.get("to")!, source: [], region: [] };
    expect(query.from! < query.to!).toBe(true);
    await waitForMap(page, query);
    await expectMapShows(page, await apiIncidents(request, query));
    await expect(page.getByTestId("timeline-range")).not.toHaveText("All dates");

    // Keyboard: the start handle moves one day per arrow press.
    await page.getByTestId("handle-from").focus();
    await page.keyboard.press("ArrowRight");
    const next = new Date(Date.parse(`${query.from}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe(next);

    // Play from the start: the window steps forward.
    await page.getByRole("button", { name: "Clear" }).first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBeNull();
    await page.getByTestId("play").click();
    const firstFrom = await expect.poll(() => new URL(page.url()).searchParams.get("from")).not.toBeNull().then(() => new URL(page.url()).searchParams.get("from"));
    await expect.poll(() => new URL(page.url()).searchParams.get("from"), { timeout: 10_000 }).not.toBe(firstFrom);
    await page.getByTestId("play").click();
    await expect(page.getByTestId("play")).toHaveAttribute("aria-pressed", "false");
  });

  test("cited sources: the second facet filters by the organisation an article cites", async ({ page, request }) => {
    const { attributed } = await getJson<{ attributed: AttributedCount[] }>(request, "/api/sources");
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const facet = page.getByTestId("attributed-filter");
    await expect(facet).toBeVisible();
    if (attributed.length < 2) {
      // Only the facet's presence can be checked when the corpus cites fewer than two organisations.
      if (attributed.length === 0) await expect(facet).toContainText("No article in view cites");
      return;
    }
    const pick = attributed.find((a) => a.incidents > 0)!;
    const query: LayerQuery = { source: [], region: [], attributed: [pick.name] };
    await facet.getByRole("button", { name: "None" }).click();
    await facet.locator(`input[value="${pick.name}"]`).click();
    await waitForMap(page, query);
    await expectMapShows(page, await apiIncidents(request, query));
  });

  test("the map goes first: the panels ask only once the map has drawn, when the page opens and after a change", async ({ page }) => {
    // Every fetch of the page (the map's worker fetches its tiles itself) and every change of the filters the map shows.
    await page.addInitScript(() => {
      const w = window as unknown as { __asked: Array<{ url: string; at: number }>; __drawn: Array<{ for: string; at: number }> };
      w.__asked = [];
      w.__drawn = [];
      const fetch0 = window.fetch.bind(window);
      window.fetch = (input, init) => {
        w.__asked.push({ url: typeof input === "string" ? input : input instanceof URL ? input.href : input.url, at: performance.now() });
        return fetch0(input, init);
      };
      new MutationObserver(() => {
        const shown = document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.incidentsFor;
        if (shown && shown !== w.__drawn.at(-1)?.for) w.__drawn.push({ for: shown, at: performance.now() });
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-incidents-for"] });
    });
    const record = () =>
      page.evaluate(() => {
        const w = window as unknown as { __asked: Array<{ url: string; at: number }>; __drawn: Array<{ for: string; at: number }> };
        return { asked: w.__asked, drawn: w.__drawn };
      });
    const PANEL_PATHS = ["/api/summary", "/api/session", "/api/views", "/api/briefings", "/api/sources", "/api/timeline", "/api/layers/regions", "/api/layers/incidents"];
    const isPanel = (url: string) => PANEL_PATHS.some((path) => new URL(url, "http://x").pathname === path);

    await page.goto("/");
    await waitForMap(page, EMPTY);
    const opened = await record();
    const firstDrawn = opened.drawn[0]!;
    const panelsAtOpen = opened.asked.filter((a) => isPanel(a.url));
    expect(panelsAtOpen.length, "the panels asked for their data").toBeGreaterThanOrEqual(PANEL_PATHS.length);
    for (const a of panelsAtOpen) expect(a.at, `${a.url} asked after the map drew`).toBeGreaterThanOrEqual(firstDrawn.at);

    const facet = page.getByTestId("source-filter");
    await facet.locator('input[type="checkbox"]').first().click();
    const source = new URL(page.url()).searchParams.getAll("source");
    expect(source.length, "a publisher unticked").toBeGreaterThan(0);
    await waitForMap(page, { source, region: [] });
    const changed = await record();
    const redrawn = changed.drawn.at(-1)!;
    expect(redrawn.for).not.toBe(firstDrawn.for);
    const panelsAfterChange = changed.asked.filter((a) => isPanel(a.url) && new URL(a.url, "http://x").searchParams.getAll("source").length > 0);
    expect(panelsAfterChange.length, "the panels asked for the new filters").toBeGreaterThanOrEqual(4);
    for (const a of panelsAfterChange) expect(a.at, `${a.url} asked after the map drew the change`).toBeGreaterThanOrEqual(redrawn.at);
  });

  test("regions: several governorates, outlined on the map", async ({ page, request }) => {
    const all = await apiIncidents(request, EMPTY);
    const counts = new Map<string, number>();
    for (const f of all) if (f.properties.admin1?.startsWith("SY-")) counts.set(f.properties.admin1, (counts.get(f.properties.admin1) ?? 0) + 1);
    const [a, b] = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([code]) => code);
    expect(b, "two governorates with incidents").toBeTruthy();
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const filter = page.getByTestId("region-filter");
    await filter.locator("summary").first().click();
    await filter.locator(`input[name="region"][value="${a}"]`).click();
    await waitForMap(page, { source: [], region: [a!] });
    await screenshot(page, "screenshot-one-governorate");
    await filter.locator(`input[name="region"][value="${b}"]`).click();
    const query: LayerQuery = { source: [], region: [a!, b!].sort((x, y) => x.localeCompare(y)) };
    await expect.poll(() => new URL(page.url()).searchParams.getAll("region").sort()).toEqual(query.region);
    const ordered = new URL(page.url()).searchParams.getAll("region");
    await waitForMap(page, { source: [], region: ordered });
    await expectMapShows(page, await apiIncidents(request, query));
    const outlined = await page.evaluate(() => (window.__atlasMap!.getSource("active-area") as unknown as { _data: { geojson?: GeoJSON.FeatureCollection } } ) && window.__atlasMap!.querySourceFeatures("active-area").length);
    expect(outlined).toBeGreaterThan(0);
    await expect(page.getByTestId("legend")).toContainText("Active region filter");
  });

  test("regions: a rectangle drawn on the map filters to it", async ({ page, request }) => {
    await page.goto("/");
    await waitForMap(page, EMPTY);
    await page.getByRole("button", { name: /Rectangle/ }).click();
    const canvas = (await page.locator(".map-canvas canvas").boundingBox())!;
    await page.waitForTimeout(500);
    // Two opposite corners around the middle of the view.
    await page.mouse.click(canvas.x + canvas.width * 0.08, canvas.y + canvas.height * 0.15);
    await page.mouse.move(canvas.x + canvas.width * 0.45, canvas.y + canvas.height * 0.6, { steps: 4 });
    await page.mouse.click(canvas.x + canvas.width * 0.45, canvas.y + canvas.height * 0.6);
    await expect.poll(() => new URL(page.url()).searchParams.get("bbox")).not.toBeNull();
    const bbox = new URL(page.url()).searchParams.get("bbox")!.split(",").map(Number) as [number, number, number, number];
    const query: LayerQuery = { source: [], region: [], bbox };
    await waitForMap(page, query);
    const expected = await apiIncidents(request, query);
    for (const f of expected) {
      const [x, y] = f.geometry.coordinates;
      expect(x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3]).toBe(true);
    }
    await expectMapShows(page, expected);
    await page.getByRole("button", { name: /Clear a drawn rectangle/ }).click();
    await waitForMap(page, EMPTY);
  });

  test("regions: within N km of a place", async ({ page, request }) => {
    await page.goto("/");
    await waitForMap(page, EMPTY);
    await page.getByLabel("Within km").fill("30");
    await page.getByLabel("of place").fill("Latakia");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("near")).not.toBeNull();
    const params = new URL(page.url()).searchParams;
    expect(params.get("km")).toBe("30");
    expect(params.get("place")).toMatch(/Latakia/i);
    const near = params.get("near")!.split(",").map(Number) as [number, number];
    const query: LayerQuery = { source: [], region: [], near, km: 30 };
    await waitForMap(page, query);
    await expect(page.getByText(/Within 30 km of Latakia/i)).toBeVisible();
    const expected = await apiIncidents(request, query);
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.getByTestId("incident-count").getAttribute("data-count")).toBe(String(expected.length));
    // An unknown place says so.
    await page.getByLabel("of place").fill("Nowhereville");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Nowhereville" })).toBeVisible();
  });

  test("list: hovering highlights the point on the map, choosing flies to it", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const item = page.getByTestId("incident-list").locator("li").first();
    const id = await item.getAttribute("data-incident-id");
    await item.locator("button").hover();
    await expect
      .poll(() => page.evaluate(() => window.__atlasMap!.querySourceFeatures("incidents-focus").map((f) => `${f.properties.role}:${f.properties.id}`)))
      .toContain(`hover:${id}`);
    await expect(item.locator("button")).toHaveClass(/hovered/);
    const before = await page.evaluate(() => window.__atlasMap!.getZoom());
    await item.locator("button").click();
    await expect(page.getByTestId("incident-detail")).toHaveAttribute("data-incident-id", id!);
    await page.waitForFunction((z) => !window.__atlasMap!.isMoving() && window.__atlasMap!.getZoom() > z, before);
  });

  test("search: a place offers a governorate filter, a word finds incidents", async ({ page, request }) => {
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const box = page.getByRole("combobox", { name: "Search places and incidents" });
    await box.fill("Latak");
    const results = page.getByRole("listbox", { name: "Search results" });
    await expect(results).toContainText("Latakia");
    await results.getByRole("option").filter({ hasText: "governorate" }).first().getByRole("button", { name: "Filter" }).click();
    await waitForMap(page, { source: [], region: ["SY-LA"] });
    await expectMapShows(page, await apiIncidents(request, { source: [], region: ["SY-LA"] }));

    const all = await apiIncidents(request, { source: [], region: ["SY-LA"] });
    const word = all[0]!.properties.evidence.split(/\s+/).find((w) => /^[A-Za-z]{6,}$/.test(w))!;
    await box.fill(word);
    await expect(results.getByRole("option").first()).toBeVisible();
    await results.getByRole("option").filter({ hasText: word }).last().getByRole("button").first().click();
    await expect(page.getByTestId("incident-detail")).toBeVisible();
  });

  test("state: back and forward step through filter changes", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page, EMPTY);
    await page.locator('input[name="layers"][value="regions"]').click();
    await expect(page.locator('input[name="layers"][value="regions"]')).toBeChecked();
    await page.getByTestId("region-filter").locator("summary").first().click();
    await page.locator('input[name="region"][value="SY-LA"]').click();
    await waitForMap(page, { source: [], region: ["SY-LA"] });
    await page.goBack();
    await waitForMap(page, EMPTY);
    await expect(page.locator('input[name="region"][value="SY-LA"]')).not.toBeChecked();
    await expect(page.locator('input[name="layers"][value="regions"]')).toBeChecked();
    await page.goForward();
    await waitForMap(page, { source: [], region: ["SY-LA"] });
  });

  test("quality: keyboard focus is visible, errors and empty results say what happened", async ({ page }) => {
    await page.goto("/");
    await waitForMap(page, EMPTY);
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toBeVisible();
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");

    // A bad link is explained, and the rest of it still works.
    await page.goto("/?region=SY-LA&km=-5&from=2025-99-01");
    await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toBeVisible();
    await waitForMap(page, { source: [], region: ["SY-LA"] });

    // Nothing matches: the map says so and offers the way back.
    await page.goto("/?from=1990-01-01&to=1990-01-02");
    await expect(page.getByTestId("empty-state")).toContainText("No incidents match");

    // The server failing is reported, not hidden.
    await page.route("**/api/layers/incidents**", (route) => route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: "the store is unavailable" }) }));
    await page.goto("/");
    await expect(page.getByRole("alert").filter({ hasText: "the store is unavailable" })).toBeVisible();
  });

  test("readable on a tablet", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto("/?layers=incidents,regions");
    await waitForMap(page, EMPTY);
    await expect(page.getByTestId("incident-list")).toBeVisible();
    await expect(page.getByTestId("timeline")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await settle(page);
    await page.screenshot({ path: "test-results/tablet.png" });
  });
});
