/**
 * The dashboard against the real app and the real sample corpus (data/articles/).
 * Nothing is mocked: expectations come from the API's own answers for the same filters.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { IncidentProperties, SourceCount, SummaryResponse } from "../lib/layers/features";
import type { LayerQuery } from "../lib/layers/query";
import { apiUrl } from "../app/ui/url-state";

interface ApiIncident {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: IncidentProperties;
}
interface RenderedIncident {
  id: string;
  name: string;
  source: string | null;
  x: number;
  y: number;
}

const INCIDENT_LAYERS = ["incidents-point", "incidents-area"];
const EMPTY: LayerQuery = { source: [], region: [] };

/** Lower case, no diacritics or apostrophes, words separated by single spaces. */
function normalise(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘ʿʾ`]/g, "")
    .replace(/[^a-z]+/g, " ")
    .trim();
}

/** Places the sample corpus reports incidents at, with the spellings a gazetteer may use for them. */
const EXPECTED_PLACES: Record<string, string[]> = {
  Latakia: ["latakia", "lattakia", "ladhiqiyah", "ladhiqiya", "lathqiyah", "ladhqiyah"],
  Tartus: ["tartus", "tartous", "tartouss", "tartoss", "tortosa"],
  Baniyas: ["baniyas", "banias", "banyas", "baniyas"],
  Suwayda: ["suwayda", "sweida", "suwaida", "suweida", "swaida", "sueida"],
  Jaramana: ["jaramana", "jaramanah", "jaramanaa"],
  Aleppo: ["aleppo", "halab"],
  "al-Hol": ["hol", "hawl"],
};

function matchesPlace(name: string, aliases: string[]): boolean {
  const words = ` ${normalise(name)} `;
  return aliases.some((alias) => words.includes(` ${alias} `));
}

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.ok(), `${url} -> HTTP ${response.status()}`).toBeTruthy();
  return (await response.json()) as T;
}

async function apiIncidents(request: APIRequestContext, query: LayerQuery): Promise<ApiIncident[]> {
  const body = await getJson<{ features: ApiIncident[] }>(request, apiUrl("/api/layers/incidents", query));
  return body.features;
}

/** Waits until the map has drawn the answer to exactly these filters. */
async function waitForMap(page: Page, query: LayerQuery): Promise<void> {
  const expectedUrl = apiUrl("/api/layers/incidents", query);
  const count = page.getByTestId("incident-count");
  await expect(count).toHaveAttribute("data-for", expectedUrl);
  await expect(count).toHaveAttribute("data-loading", "false");
  await expect(page.getByTestId("map")).toHaveAttribute("data-incidents-for", expectedUrl);
  await page.waitForFunction(() => {
    const map = window.__atlasMap;
    return Boolean(map && map.loaded() && map.areTilesLoaded() && !map.isMoving());
  });
}

/** Incidents the map draws in its current view, one entry per incident, with their pixel position. */
async function renderedIncidents(page: Page): Promise<RenderedIncident[]> {
  return page.evaluate((layers) => {
    const map = window.__atlasMap;
    if (!map) throw new Error("no map");
    const seen = new Map<string, RenderedIncident>();
    for (const f of map.queryRenderedFeatures({ layers })) {
      const p = f.properties as { id: string; name: string; source?: string | null };
      if (seen.has(p.id) || f.geometry.type !== "Point") continue;
      const px = map.project(f.geometry.coordinates as [number, number]);
      seen.set(p.id, { id: p.id, name: p.name, source: p.source ?? null, x: px.x, y: px.y });
    }
    return [...seen.values()];
  }, INCIDENT_LAYERS);
}

/** The API's incidents that fall inside the map's current view (those the map can be asked about). */
async function inView(page: Page, incidents: ApiIncident[]): Promise<ApiIncident[]> {
  const [w, s, e, n] = await page.evaluate(() => {
    const b = window.__atlasMap!.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  });
  return incidents.filter(({ geometry: { coordinates: [x, y] } }) => x > w && x < e && y > s && y < n);
}

function ids(items: { id: string }[] | ApiIncident[]): string[] {
  return items.map((i) => ("properties" in i ? i.properties.id : i.id)).sort();
}

/** Asserts the map shows exactly the API's answer (all of it in view, nothing else). */
async function expectMapShows(page: Page, expected: ApiIncident[]): Promise<void> {
  await expect(page.getByTestId("incident-count")).toHaveAttribute("data-count", String(expected.length));
  await expect(page.getByTestId("incident-list").locator("li")).toHaveCount(expected.length);
  const rendered = await renderedIncidents(page);
  expect(ids(rendered)).toEqual(ids(await inView(page, expected)));
}

test.describe("dashboard", () => {
  test("draws incidents at the places the sample corpus reports", async ({ page, request }) => {
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const all = await apiIncidents(request, EMPTY);
    await expectMapShows(page, all);

    const names = (await renderedIncidents(page)).map((r) => r.name);
    for (const [place, aliases] of Object.entries(EXPECTED_PLACES)) {
      expect(
        names.some((n) => matchesPlace(n, aliases)),
        `an incident at ${place} among: ${[...new Set(names)].join(", ")}`,
      ).toBe(true);
    }
    await expect(page.getByText(/incidents? shown/)).toBeVisible();
  });

  test("narrowing the date range keeps exactly the API's incidents for that range", async ({ page, request }) => {
    const all = await apiIncidents(request, EMPTY);
    const days = [...new Set(all.map((f) => f.properties.dateStart).filter((d): d is string => d !== null))].sort();
    expect(days.length, "the corpus has incidents on several days").toBeGreaterThan(2);
    const from = days[0]!;
    const to = days[Math.floor(days.length / 2) - 1] ?? days[0]!;
    const query: LayerQuery = { from, to, source: [], region: [] };
    const expected = await apiIncidents(request, query);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);

    await page.goto("/");
    await waitForMap(page, EMPTY);
    await page.getByLabel("From", { exact: true }).fill(from);
    await page.getByLabel("To", { exact: true }).fill(to);
    await waitForMap(page, query);
    await expectMapShows(page, expected);

    const shown = new Set(ids(await renderedIncidents(page)));
    const outside = all.filter((f) => !expected.some((e) => e.properties.id === f.properties.id));
    expect(outside.length).toBeGreaterThan(0);
    for (const f of outside) expect(shown.has(f.properties.id), `${f.properties.name} (${f.properties.dateStart}) hidden`).toBe(false);
    expect(new URL(page.url()).searchParams.get("from")).toBe(from);
    expect(new URL(page.url()).searchParams.get("to")).toBe(to);

    // Back undoes the last filter change.
    await page.goBack();
    await waitForMap(page, { from, source: [], region: [] });
  });

  test("unticking a publisher removes exactly that publisher's incidents", async ({ page, request }) => {
    const { sources } = await getJson<{ sources: SourceCount[] }>(request, "/api/sources");
    const withIncidents = sources.filter((s) => s.incidents > 0).sort((a, b) => a.incidents - b.incidents);
    expect(withIncidents.length, "at least two publishers with incidents").toBeGreaterThan(1);
    const dropped = withIncidents[0]!;
    const all = await apiIncidents(request, EMPTY);
    const expected = all.filter((f) => f.properties.source !== dropped.source);
    expect(all.length - expected.length).toBe(dropped.incidents);

    await page.goto("/");
    await waitForMap(page, EMPTY);
    const box = page.locator(`input[name="source"][value="${dropped.value.replace(/"/g, '\\"')}"]`);
    await expect(box).toBeChecked();
    // The box is controlled by the URL state, so it flips after the URL updates: click, then wait for the new state.
    await box.click();
    await expect(box).not.toBeChecked();
    const remaining = sources.map((s) => s.value).filter((v) => v !== dropped.value);
    await waitForMap(page, { source: remaining, region: [] });
    await expectMapShows(page, expected);
    // The API agrees with the subtraction.
    expect(ids(await apiIncidents(request, { source: remaining, region: [] }))).toEqual(ids(expected));
  });

  test("a link with filters reopens the same view", async ({ page, request }) => {
    const all = await apiIncidents(request, EMPTY);
    const pick = all.find((f) => f.properties.dateStart && f.properties.admin1 && f.properties.source);
    expect(pick, "a dated incident with a governorate and a publisher").toBeTruthy();
    const p = pick!.properties;
    const query: LayerQuery = {
      from: p.dateStart!,
      to: p.dateEnd ?? p.dateStart!,
      source: [p.source!],
      region: [p.admin1!],
    };
    const expected = await apiIncidents(request, query);
    expect(ids(expected)).toContain(p.id);

    const params = new URLSearchParams();
    params.set("from", query.from!);
    params.set("to", query.to!);
    params.append("source", p.source!);
    params.append("region", p.admin1!);
    params.set("layers", "incidents,regions");
    await page.goto(`/?${params.toString()}`);
    await waitForMap(page, query);

    await expect(page.getByLabel("From", { exact: true })).toHaveValue(query.from!);
    await expect(page.getByLabel("To", { exact: true })).toHaveValue(query.to!);
    await expect(page.getByLabel("Governorate", { exact: true })).toHaveValue(p.admin1!);
    const boxes = page.locator('input[name="source"]');
    await expect(boxes.first()).toBeVisible();
    for (const box of await boxes.all()) {
      const value = await box.getAttribute("value");
      if (value === p.source) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
    await expect(page.locator('input[name="layers"][value="incidents"]')).toBeChecked();
    await expect(page.locator('input[name="layers"][value="regions"]')).toBeChecked();
    await expect(page.locator('input[name="layers"][value="mentions"]')).not.toBeChecked();
    await expectMapShows(page, expected);
  });

  test("clicking an incident opens its details with the evidence sentence", async ({ page, request }) => {
    const all = await apiIncidents(request, EMPTY);
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const canvas = page.locator(".map-canvas canvas");
    const frame = (await canvas.boundingBox())!;

    // A point not covered by the legend or a map control.
    const rendered = await renderedIncidents(page);
    let target: RenderedIncident | undefined;
    for (const r of rendered) {
      const x = frame.x + r.x;
      const y = frame.y + r.y;
      const onCanvas = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName === "CANVAS", [x, y]);
      if (onCanvas) {
        target = r;
        break;
      }
    }
    expect(target, "an incident the mouse can reach").toBeTruthy();
    await page.mouse.click(frame.x + target!.x, frame.y + target!.y);

    const detail = page.getByTestId("incident-detail");
    await expect(detail).toBeVisible();
    const shownId = await detail.getAttribute("data-incident-id");
    const incident = all.find((f) => f.properties.id === shownId);
    expect(incident, "the panel shows an incident the API knows").toBeTruthy();
    const p = incident!.properties;
    // Several incidents can share a point: the one shown must be drawn where we clicked.
    const hereIds = await page.evaluate(
      ([x, y, layers]) => window.__atlasMap!.queryRenderedFeatures([x as number, y as number], { layers: layers as string[] }).map((f) => f.properties.id as string),
      [target!.x, target!.y, INCIDENT_LAYERS] as const,
    );
    expect(hereIds).toContain(p.id);

    await expect(detail.getByTestId("evidence")).toHaveText(p.evidence);
    await expect(detail.getByRole("heading", { name: p.name })).toBeVisible();
    await expect(detail).toContainText(`“${p.surface}”`);
    if (p.dateStart === null) await expect(detail.getByTestId("event-date")).toContainText("Date unknown");
    if (p.url && /^https?:/.test(p.url)) {
      const link = detail.getByRole("link", { name: /original article/ });
      await expect(link).toHaveAttribute("href", new URL(p.url).toString());
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
      await expect(link).toHaveAttribute("target", "_blank");
    }

    await detail.getByRole("button", { name: "Close incident details" }).click();
    await expect(detail).toBeHidden();
  });

  test("names the places it could not put on the map", async ({ page, request }) => {
    const summary = await getJson<SummaryResponse>(request, "/api/summary");
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const notice = page.getByTestId("unresolved-notice");
    if (summary.unresolved.length === 0) {
      await expect(notice).toHaveCount(0);
      return;
    }
    for (const u of summary.unresolved.slice(0, 5)) await expect(notice).toContainText(u.surface);
  });

  test("screenshot", async ({ page }) => {
    await page.goto("/?layers=incidents,regions");
    await waitForMap(page, EMPTY);
    // Open the busiest point, as an analyst would, so the screenshot shows the detail panel too.
    const canvas = (await page.locator(".map-canvas canvas").boundingBox())!;
    const rendered = await renderedIncidents(page);
    const stacks = new Map<string, RenderedIncident[]>();
    for (const r of rendered) {
      const key = `${Math.round(r.x)},${Math.round(r.y)}`;
      stacks.set(key, [...(stacks.get(key) ?? []), r]);
    }
    const busiest = [...stacks.values()].sort((a, b) => b.length - a.length)[0];
    if (busiest?.[0]) {
      await page.mouse.click(canvas.x + busiest[0].x, canvas.y + busiest[0].y);
      await expect(page.getByTestId("incident-detail")).toBeVisible();
    }
    await page.waitForFunction(() => {
      const map = window.__atlasMap!;
      return map.loaded() && !map.isMoving();
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: "test-results/dashboard.png", fullPage: true });
    await mkdir("docs", { recursive: true });
    await copyFile("test-results/dashboard.png", "docs/screenshot-dashboard.png");
  });
});
