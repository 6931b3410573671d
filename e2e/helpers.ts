/** Shared steps of the dashboard's browser tests: nothing mocked, expectations come from the API. */
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { IncidentProperties } from "../lib/layers/features";
import type { LayerQuery } from "../lib/layers/query";
import { apiUrl } from "../app/ui/url-state";
import { E2E_EDITOR_TOKEN } from "../playwright.config";

export interface ApiIncident {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: IncidentProperties;
}

export const EMPTY: LayerQuery = { source: [], region: [] };
export const POINT_LAYERS = ["incidents-point", "incidents-area"];

export async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.ok(), `${url} -> HTTP ${response.status()}`).toBeTruthy();
  return (await response.json()) as T;
}

export async function apiIncidents(request: APIRequestContext, query: LayerQuery): Promise<ApiIncident[]> {
  return (await getJson<{ features: ApiIncident[] }>(request, apiUrl("/api/layers/incidents", query))).features;
}

/** The URL the dashboard loads the map's incidents from for these filters. */
export function mapUrl(query: LayerQuery): string {
  return apiUrl("/api/layers/incidents", query, { extra: { compact: "1" } });
}

/**
 * How long the map may take to draw. WebGL runs in software (SwiftShader) on the test machines,
 * which can take several seconds a frame on a busy machine: generous, since this is not a speed test.
 */
export const MAP_TIMEOUT = 60_000;

/** Waits until the map has drawn the answer to exactly these filters and stopped moving. */
export async function waitForMap(page: Page, query: LayerQuery): Promise<void> {
  const expectedUrl = mapUrl(query);
  const count = page.getByTestId("incident-count");
  await expect(count).toHaveAttribute("data-for", expectedUrl, { timeout: MAP_TIMEOUT });
  await expect(count).toHaveAttribute("data-loading", "false", { timeout: MAP_TIMEOUT });
  await expect(page.getByTestId("map")).toHaveAttribute("data-incidents-for", expectedUrl, { timeout: MAP_TIMEOUT });
  await settle(page);
}

export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = window.__atlasMap;
      return Boolean(map && map.loaded() && map.areTilesLoaded() && !map.isMoving());
    },
    null,
    { timeout: MAP_TIMEOUT },
  );
}

/**
 * Ids of every incident the map shows in its view: single points, and the members of the
 * clusters on screen (a cluster stands for its incidents).
 */
export async function shownIds(page: Page): Promise<string[]> {
  return page.evaluate(async (layers) => {
    const map = window.__atlasMap!;
    const ids = new Set<string>();
    for (const f of map.queryRenderedFeatures({ layers })) ids.add(f.properties.id as string);
    // Clusters are made on the server: it lists a cluster's incidents for the filters the map shows.
    const shown = new URL(document.querySelector<HTMLElement>('[data-testid="map"]')!.dataset.incidentsFor!, location.origin);
    const leavesOf = async (cluster: number): Promise<GeoJSON.Feature[]> => {
      const params = new URLSearchParams(shown.search);
      params.delete("compact");
      params.set("cluster", String(cluster));
      params.set("limit", "10000");
      const response = await fetch(`/api/tiles/incidents/leaves?${params}`);
      if (!response.ok) throw new Error(`cluster ${cluster}: HTTP ${response.status}`);
      return ((await response.json()) as GeoJSON.FeatureCollection).features;
    };
    const clusters = map.queryRenderedFeatures({ layers: ["incidents-cluster"] });
    const seen = new Set<number>();
    for (const c of clusters) {
      const id = c.properties.cluster_id as number;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const leaf of await leavesOf(id)) ids.add(leaf.properties!.id as string);
    }
    return [...ids].sort();
  }, POINT_LAYERS);
}

/** The API's incidents inside the map's current view. */
export async function inView(page: Page, incidents: ApiIncident[]): Promise<ApiIncident[]> {
  const [w, s, e, n] = await page.evaluate(() => {
    const b = window.__atlasMap!.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  });
  return incidents.filter(({ geometry: { coordinates: [x, y] } }) => x >= w && x <= e && y >= s && y <= n);
}

export function ids(items: ApiIncident[]): string[] {
  return items.map((i) => i.properties.id).sort();
}

/**
 * Asserts the map shows exactly the API's answer: the count is the API's, the list holds the ones in view,
 * and the map draws (as points or inside clusters) every one in view and nothing else.
 */
export async function expectMapShows(page: Page, expected: ApiIncident[]): Promise<void> {
  await expect(page.getByTestId("incident-count")).toHaveAttribute("data-count", String(expected.length));
  const visible = await inView(page, expected);
  await expect(page.getByTestId("incident-list").locator("li")).toHaveCount(Math.min(visible.length, 300));
  const shown = await shownIds(page);
  const expectedIds = ids(visible);
  // Clusters near the edge of the view may hold members just outside it: every expected one is shown, nothing unexpected.
  for (const id of expectedIds) expect(shown, `incident ${id} is on the map`).toContain(id);
  const allowed = new Set(ids(expected));
  for (const id of shown) expect(allowed.has(id), `incident ${id} should not be on the map`).toBe(true);
}

/** Screenshot into test-results and, for the README, into docs/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const { copyFile, mkdir } = await import("node:fs/promises");
  await settle(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/${name}.png` });
  await mkdir("docs", { recursive: true });
  await copyFile(`test-results/${name}.png`, `docs/${name}.png`);
}

/** Signs in as an editor under this name with the test server's editor token. */
export async function signIn(page: Page, name: string): Promise<void> {
  await page.goto("/");
  await page.getByText("Sign in to edit").click();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Editor password").fill(E2E_EDITOR_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in")).toContainText(name);
}
