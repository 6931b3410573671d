/**
 * Saved views, sharing and presentation mode against the real app and the sample corpus: a saved view
 * survives a reload and opens from its link in a fresh browser; a copied link reproduces the screen; a
 * briefing of three views is stepped through with the keyboard, the map re-filtered and flown each time.
 */
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import type { RegionProperties } from "../lib/layers/features";
import type { LayerQuery } from "../lib/layers/query";
import { parseViewState, serializeViewState, type Camera, type ViewState } from "../app/ui/url-state";
import { E2E_EDITOR_TOKEN } from "../playwright.config";
import { EMPTY, apiIncidents, getJson, mapUrl, screenshot, settle, signIn, waitForMap } from "./helpers";

test.describe.configure({ timeout: 240_000 });

const STAMP = Date.now().toString(36);
const BEARER = { authorization: `Bearer ${E2E_EDITOR_TOKEN}`, "x-atlas-editor": "E2E" };

/** The governorate with the most incidents, and where they are. */
async function busiestRegion(request: APIRequestContext) {
  const regions = await getJson<{ features: Array<{ properties: RegionProperties }> }>(request, "/api/layers/regions");
  const top = regions.features.map((f) => f.properties).sort((a, b) => b.count - a.count)[0]!;
  const incidents = await apiIncidents(request, { ...EMPTY, region: [top.code] });
  expect(incidents.length, `incidents in ${top.name}`).toBeGreaterThan(0);
  const lon = incidents.reduce((s, f) => s + f.geometry.coordinates[0], 0) / incidents.length;
  const lat = incidents.reduce((s, f) => s + f.geometry.coordinates[1], 0) / incidents.length;
  return { code: top.code, name: top.name, incidents, center: { lon, lat } };
}

async function mapCamera(page: Page): Promise<Camera> {
  const camera = await page.evaluate(() => {
    const map = window.__atlasMap;
    if (!map) return null;
    const c = map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
  });
  expect(camera, "the map has started").not.toBeNull();
  return camera!;
}

function expectCameraNear(actual: Camera, expected: Camera) {
  expect(Math.abs(actual.lon - expected.lon), `lon ${actual.lon} ≈ ${expected.lon}`).toBeLessThan(0.01);
  expect(Math.abs(actual.lat - expected.lat), `lat ${actual.lat} ≈ ${expected.lat}`).toBeLessThan(0.01);
  expect(Math.abs(actual.zoom - expected.zoom), `zoom ${actual.zoom} ≈ ${expected.zoom}`).toBeLessThan(0.05);
}

/** Waits until the map has stopped at the camera. */
async function waitForCamera(page: Page, expected: Camera) {
  await expect
    .poll(
      async () => {
        const ready = await page.evaluate(() => Boolean(window.__atlasMap && !window.__atlasMap.isMoving()));
        if (!ready) return false;
        const c = await mapCamera(page);
        return Math.abs(c.lon - expected.lon) < 0.01 && Math.abs(c.lat - expected.lat) < 0.01 && Math.abs(c.zoom - expected.zoom) < 0.05;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
}

/** The state a dashboard URL holds. */
function stateOf(url: string): ViewState {
  return parseViewState(new URL(url).search).state;
}

/** A browser page with no session: what someone the link was sent to sees. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  return context.newPage();
}

test("a saved view survives a reload and opens from its link in a fresh browser", async ({ page, request, browser }) => {
  const region = await busiestRegion(request);
  const selected = region.incidents[0]!.properties.id;
  const camera: Camera = { zoom: 8, lat: Number(region.center.lat.toFixed(4)), lon: Number(region.center.lon.toFixed(4)) };
  const view: ViewState = { query: { ...EMPTY, region: [region.code] }, layers: ["incidents", "regions"], selected, camera, place: null };
  const title = `${region.name} ${STAMP}`;

  await signIn(page, "Analyst");
  await page.goto(`/?${serializeViewState(view)}`);
  await waitForMap(page, view.query);
  const panel = page.getByTestId("saved-views");
  await panel.getByLabel("Title", { exact: true }).fill(title);
  await panel.getByLabel("Note (optional, plain text)").fill("Incidents in the busiest governorate.\n<b>not bold</b>");
  await panel.getByRole("button", { name: /Save this view/ }).click();
  const item = panel.getByTestId("saved-view").filter({ hasText: title });
  await expect(item).toBeVisible();
  // The note is text, never HTML.
  await expect(item).toContainText("<b>not bold</b>");

  await page.reload();
  await expect(page.getByTestId("saved-views").getByTestId("saved-view").filter({ hasText: title })).toBeVisible();
  const reloaded = page.getByTestId("saved-views").getByTestId("saved-view").filter({ hasText: title });
  const id = await reloaded.getAttribute("data-view-id");
  expect(id).toBeTruthy();

  await reloaded.getByRole("button", { name: "Copy link", exact: true }).click();
  const link = await reloaded.getByTestId("copy-view-link-url").inputValue();
  expect(new URL(link).pathname).toBe(`/views/${id}`);

  // Someone without a session opens the link: the same screen, and no editing.
  const other = await freshPage(browser);
  await other.goto(link);
  await expect(other).toHaveURL(/\/\?v=1&/);
  expect(stateOf(other.url())).toEqual(view);
  await waitForMap(other, view.query);
  await settle(other);
  expectCameraNear(await mapCamera(other), camera);
  await expect(other.getByTestId("incident-count")).toHaveAttribute("data-count", String(region.incidents.length));
  await expect(other.getByRole("complementary", { name: "Incident details" })).toBeVisible();
  await expect(other.getByTestId("views-read-only")).toBeVisible();
  await expect(other.getByTestId("saved-view").filter({ hasText: title }).getByRole("button", { name: /Delete|Edit/ })).toHaveCount(0);
  await other.context().close();

  // Opening the view from the list applies it too.
  await page.goto("/");
  await waitForMap(page, EMPTY);
  await page.getByTestId("saved-view").filter({ hasText: title }).getByTestId("open-view").click();
  await waitForMap(page, view.query);
  expect(stateOf(page.url())).toEqual(view);

  // A link to a view that does not exist says so.
  expect((await page.goto("/views/no-such-view"))!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This saved view does not exist" })).toBeVisible();
});

test("the copy-link button gives a link that reproduces the current view", async ({ page, request, browser }) => {
  const region = await busiestRegion(request);
  const query: LayerQuery = { ...EMPTY, region: [region.code] };
  await page.goto(`/?${serializeViewState({ query, layers: ["incidents", "heat"], selected: null, camera: null, place: null })}`);
  await waitForMap(page, query);
  // Move the map as an analyst would; the URL follows.
  await page.evaluate((c) => window.__atlasMap!.jumpTo({ center: [c.lon, c.lat], zoom: 7.5 }), region.center);
  await expect.poll(() => new URL(page.url()).searchParams.get("map")).toMatch(/^7\.5\//);
  const here = stateOf(page.url());

  await page.getByTestId("share-current").getByRole("button", { name: "Copy link to this view" }).click();
  const link = await page.getByTestId("share-current-url").inputValue();

  const other = await freshPage(browser);
  await other.goto(link);
  expect(stateOf(other.url())).toEqual(here);
  await waitForMap(other, query);
  await settle(other);
  expectCameraNear(await mapCamera(other), here.camera!);
  await expect(other.getByTestId("incident-count")).toHaveAttribute("data-count", String(region.incidents.length));
  await other.context().close();
});

test("presentation mode steps through a briefing's three views with the keyboard", async ({ page, request, baseURL }) => {
  const region = await busiestRegion(request);
  const all = await apiIncidents(request, EMPTY);
  const days = [...new Set(all.map((f) => f.properties.dateStart).filter((d): d is string => d !== null))].sort();
  const dated: LayerQuery = { ...EMPTY, from: days[0]!, to: days[Math.floor(days.length / 2)]! };
  const slides: Array<{ title: string; note: string; view: ViewState }> = [
    { title: "Every incident", note: "The whole corpus.", view: { query: EMPTY, layers: ["incidents"], selected: null, camera: { zoom: 6, lat: 35, lon: 38.5 }, place: null } },
    {
      title: `${region.name} only`,
      note: "One governorate, with the choropleth.",
      view: { query: { ...EMPTY, region: [region.code] }, layers: ["incidents", "regions"], selected: null, camera: { zoom: 8.5, lat: Number(region.center.lat.toFixed(4)), lon: Number(region.center.lon.toFixed(4)) }, place: null },
    },
    { title: "The first weeks", note: "", view: { query: dated, layers: ["incidents", "heat"], selected: null, camera: { zoom: 7, lat: 34.5, lon: 37 }, place: null } },
  ];
  const counts = await Promise.all(slides.map(async (s) => (await apiIncidents(request, s.view.query)).length));
  expect(counts[1], "the governorate shows fewer incidents than the whole corpus").toBeLessThan(counts[0]!);

  // An editor's script makes the briefing (the panel is tested above).
  const made = await request.post("/api/briefings", { headers: BEARER, data: { title: `Weekly ${STAMP}` } });
  expect(made.status()).toBe(201);
  const briefingId = ((await made.json()) as { briefing: { id: string } }).briefing.id;
  for (const s of slides) {
    const r = await request.post("/api/views", { headers: BEARER, data: { title: s.title, note: s.note, state: serializeViewState(s.view), briefingId } });
    expect(r.status(), await r.text()).toBe(201);
  }

  const expectSlide = async (n: number) => {
    const s = slides[n - 1]!;
    await expect(page.getByTestId("slide-title")).toHaveText(s.title);
    await expect(page.getByTestId("slide-number")).toHaveText(`${n} / 3`);
    await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}$`));
    await expect(page.getByTestId("slide-count")).toHaveAttribute("data-count", String(counts[n - 1]), { timeout: 60_000 });
    await expect(page.getByTestId("map")).toHaveAttribute("data-incidents-for", mapUrl(s.view.query), { timeout: 60_000 });
    await waitForCamera(page, s.view.camera!);
  };

  // Offline: presentation mode asks nothing of any other host (no remote tiles, fonts or scripts).
  const elsewhere: string[] = [];
  const site = new URL(baseURL!).host;
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.host !== site) elsewhere.push(r.url());
  });
  await page.goto(`/present/${briefingId}`);
  await expect(page.getByTestId("slide-title")).toHaveText(slides[0]!.title);
  await expect(page.getByTestId("slide-count")).toHaveAttribute("data-count", String(counts[0]), { timeout: 60_000 });
  await waitForCamera(page, slides[0]!.view.camera!);
  // No editing chrome in presentation mode.
  await expect(page.getByTestId("editor-panel")).toHaveCount(0);
  await expect(page.getByTestId("saved-views")).toHaveCount(0);

  await page.keyboard.press("ArrowRight");
  await expectSlide(2);
  await expect(page.getByTestId("slide-note")).toHaveText(slides[1]!.note);
  await settle(page);
  await screenshot(page, "screenshot-presentation");
  await page.keyboard.press("PageDown");
  await expectSlide(3);
  await expect(page.getByText(/undated incidents? left out/)).toBeVisible();
  await page.keyboard.press("ArrowRight"); // past the end: stays
  await expectSlide(3);
  await page.keyboard.press("PageUp");
  await expectSlide(2);
  await page.keyboard.press("Home");
  await expectSlide(1);
  await page.keyboard.press("End");
  await expectSlide(3);

  expect(elsewhere, "requests to other hosts").toEqual([]);

  // Reload keeps the place; Escape leaves for the dashboard on this slide's view.
  await page.reload();
  await expect(page.getByTestId("slide-title")).toHaveText(slides[2]!.title);
  // The title is in the server's HTML: the keys work once the page has hydrated and loaded its answer.
  await expect(page.getByTestId("slide-count")).toHaveAttribute("data-count", String(counts[2]), { timeout: 60_000 });
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/\?v=1&/);
  expect(stateOf(page.url())).toEqual(slides[2]!.view);
  await waitForMap(page, slides[2]!.view.query);

  // The briefing in the dashboard's panel, for the README.
  await signIn(page, "Analyst");
  await page.goto(`/?${serializeViewState(slides[1]!.view)}`);
  await waitForMap(page, slides[1]!.view.query);
  await page.getByTestId("briefing-select").selectOption(briefingId);
  await expect(page.getByTestId("saved-view")).toHaveCount(3);
  await page.getByTestId("saved-views").getByLabel("Title", { exact: true }).fill("Coast, 6–9 March");
  await page.getByTestId("saved-view").first().scrollIntoViewIfNeeded();
  await page.getByTestId("saved-views").scrollIntoViewIfNeeded();
  await screenshot(page, "screenshot-saved-views");

  // Reorder with the keyboard: the third view moves up, and presentation follows the new order.
  const third = page.getByTestId("saved-view").nth(2);
  await third.getByRole("button", { name: /Move .* up/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("saved-view").nth(1)).toContainText(slides[2]!.title);
  await expect(page.getByRole("button", { name: `Move “${slides[2]!.title}” up` })).toBeFocused();
  const order = await getJson<{ views: Array<{ title: string }> }>(request, `/api/views?briefing=${briefingId}`);
  expect(order.views.map((v) => v.title)).toEqual([slides[0]!.title, slides[2]!.title, slides[1]!.title]);

  // Edit: rename the first view and move it to the default briefing.
  const first = page.getByTestId("saved-view").first();
  await first.getByRole("button", { name: "Edit" }).click();
  await first.getByLabel("Title", { exact: true }).fill(`Overview ${STAMP}`);
  await first.getByLabel("Move to briefing").selectOption("default");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("saved-view")).toHaveCount(2);
  const moved = await getJson<{ views: Array<{ title: string }> }>(request, "/api/views?briefing=default");
  expect(moved.views.at(-1)!.title).toBe(`Overview ${STAMP}`);
});

test("the views API answers bad requests with a JSON error saying what is wrong", async ({ request }) => {
  const post = (data: unknown) => request.post("/api/views", { headers: BEARER, data });
  const noTitle = await post({ title: " ", state: "v=1" });
  expect(noTitle.status()).toBe(400);
  expect(await noTitle.json()).toMatchObject({ error: expect.stringMatching(/needs a title/), parameter: "title" });
  expect((await post({ title: "T", state: "v=1", briefingId: "no-such-briefing" })).status()).toBe(404);
  expect((await request.get("/api/views?briefing=a%20b")).status()).toBe(400);
  expect((await request.delete("/api/views?id=no-such-view", { headers: BEARER })).status()).toBe(404);

  const made = await post({ title: `Order ${STAMP}`, state: "v=1" });
  expect((await post({ title: `Order 2 ${STAMP}`, state: "v=1" })).status()).toBe(201);
  const view = ((await made.json()) as { view: { id: string } }).view;
  // An order that leaves a view out (made from a stale list) is refused, not half applied.
  const stale = await request.put("/api/views/order", { headers: BEARER, data: { briefingId: "default", ids: [view.id] } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatch(/leaves out/);
  expect((await request.delete("/api/briefings?id=default", { headers: BEARER })).status()).toBe(409);
  expect((await request.get("/present/no-such-briefing")).status()).toBe(404);
});
