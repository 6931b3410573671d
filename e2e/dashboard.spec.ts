/**
 * The dashboard against the real app and the real sample corpus (data/articles/).
 * Nothing is mocked: expectations come from the API's own answers for the same filters.
 */
import { expect, test } from "@playwright/test";
import type { SourceCount, SummaryResponse } from "../lib/layers/features";
import type { LayerQuery } from "../lib/layers/query";
import { EMPTY, apiIncidents, expectMapShows, getJson, ids, screenshot, shownIds, waitForMap } from "./helpers";

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

test.describe("dashboard", () => {
  // Software WebGL on a shared machine: each test may wait a while for the map (see MAP_TIMEOUT).
  test.describe.configure({ timeout: 240_000 });

  test("draws incidents at the places the sample corpus reports", async ({ page, request }) => {
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const all = await apiIncidents(request, EMPTY);
    await expectMapShows(page, all);

    const shown = new Set(await shownIds(page));
    const names = all.filter((f) => shown.has(f.properties.id)).map((f) => f.properties.name);
    for (const [place, aliases] of Object.entries(EXPECTED_PLACES)) {
      expect(names.some((n) => matchesPlace(n, aliases)), `an incident at ${place} among: ${[...new Set(names)].join(", ")}`).toBe(true);
    }
    await expect(page.getByText(/incidents? shown/)).toBeVisible();
    await screenshot(page, "screenshot-all-incidents");
    // The README's headline picture: the whole corpus at a glance.
    await screenshot(page, "screenshot-dashboard");
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
    const expected = all.filter((f) => !f.properties.sources.every((s) => s === dropped.source));
    const remaining = sources.map((s) => s.value).filter((v) => v !== dropped.value);
    expect(ids(await apiIncidents(request, { source: remaining, region: [] }))).toEqual(ids(expected));

    await page.goto("/");
    await waitForMap(page, EMPTY);
    const box = page.locator(`input[name="source"][value="${dropped.value.replace(/"/g, '\\"')}"]`);
    await expect(box).toBeChecked();
    // The box is controlled by the URL state, so it flips after the URL updates: click, then wait for the new state.
    await box.click();
    await expect(box).not.toBeChecked();
    await waitForMap(page, { source: remaining, region: [] });
    await expectMapShows(page, expected);
  });

  test("one publisher only: 'None' then tick one", async ({ page, request }) => {
    const { sources } = await getJson<{ sources: SourceCount[] }>(request, "/api/sources");
    const top = [...sources].sort((a, b) => b.incidents - a.incidents)[0]!;
    const query: LayerQuery = { source: [top.value], region: [] };
    const expected = await apiIncidents(request, query);

    await page.goto("/");
    await waitForMap(page, EMPTY);
    const facet = page.getByTestId("source-filter");
    await facet.getByRole("button", { name: "None" }).click();
    for (const box of await facet.locator('input[name="source"]').all()) await expect(box).not.toBeChecked();
    await facet.locator(`input[name="source"][value="${top.value}"]`).click();
    await waitForMap(page, query);
    await expectMapShows(page, expected);
    await screenshot(page, "screenshot-one-publisher");
    await facet.getByRole("button", { name: "All" }).click();
    await waitForMap(page, EMPTY);
  });

  test("a link with filters reopens the same view, and reloading restores it", async ({ page, request }) => {
    const all = await apiIncidents(request, EMPTY);
    const pick = all.find((f) => f.properties.dateStart && f.properties.admin1?.startsWith("SY-") && f.properties.source);
    expect(pick, "a dated incident with a governorate and a publisher").toBeTruthy();
    const p = pick!.properties;
    const query: LayerQuery = { from: p.dateStart!, to: p.dateEnd ?? p.dateStart!, source: [p.source!], region: [p.admin1!] };
    const expected = await apiIncidents(request, query);
    expect(ids(expected)).toContain(p.id);

    const params = new URLSearchParams({ v: "1", from: query.from!, to: query.to! });
    params.append("source", p.source!);
    params.append("region", p.admin1!);
    params.set("layers", "incidents,regions");
    params.set("sel", p.id);
    params.set("map", "7.5/35.2/36.5");
    await page.goto(`/?${params.toString()}`);
    for (const attempt of ["first load", "reload"]) {
      await waitForMap(page, query);
      await expect(page.getByLabel("From", { exact: true }), attempt).toHaveValue(query.from!);
      await expect(page.getByLabel("To", { exact: true })).toHaveValue(query.to!);
      await expect(page.locator(`input[name="region"][value="${p.admin1}"]`)).toBeChecked();
      for (const box of await page.locator('input[name="source"]').all()) {
        const value = await box.getAttribute("value");
        if (value === p.source) await expect(box).toBeChecked();
        else await expect(box).not.toBeChecked();
      }
      await expect(page.locator('input[name="layers"][value="regions"]')).toBeChecked();
      await expect(page.locator('input[name="layers"][value="mentions"]')).not.toBeChecked();
      await expect(page.getByTestId("incident-detail")).toHaveAttribute("data-incident-id", p.id);
      const zoom = await page.evaluate(() => window.__atlasMap!.getZoom());
      expect(zoom).toBeCloseTo(7.5, 1);
      await expect(page.getByTestId("incident-count")).toHaveAttribute("data-count", String(expected.length));
      if (attempt === "first load") await page.reload();
    }
  });

  test("choosing an incident in the list opens every report with the evidence highlighted", async ({ page, request }) => {
    const all = await apiIncidents(request, EMPTY);
    // The incident with most reports, else one with a fatality figure: the richest detail.
    const p = [...all].sort((a, b) => b.properties.reportCount - a.properties.reportCount || (b.properties.fatalities ?? 0) - (a.properties.fatalities ?? 0))[0]!.properties;
    await page.goto("/");
    await waitForMap(page, EMPTY);
    const item = page.locator(`[data-testid="incident-list"] li[data-incident-id="${p.id}"] button`);
    await item.click();
    const detail = page.getByTestId("incident-detail");
    await expect(detail).toHaveAttribute("data-incident-id", p.id);
    await expect(detail.getByRole("heading", { name: p.name })).toBeVisible();
    await expect(detail.getByTestId("report")).toHaveCount(p.reportCount);
    const first = detail.getByTestId("report").first();
    // The place is marked inside the evidence, exactly as written in the article.
    await expect(first.locator("mark.hl-place").first()).toHaveText(p.surface);
    await expect(first.locator("mark.hl-evidence").first()).toBeVisible();
    const evidenceText = (await first.locator("mark.hl-evidence").allTextContents()).join("");
    expect(p.evidence.replace(/\s+/g, " ")).toContain(evidenceText.replace(/\s+/g, " ").trim().slice(0, 40));
    if (p.dateText) await expect(first.locator("mark.hl-date").first()).toHaveText(p.dateText);
    if (p.dateStart === null) await expect(detail.getByTestId("event-date")).toContainText("Date unknown");
    await expect(first).toContainText(p.source ?? "Unknown publisher");
    if (p.url && /^https?:/.test(p.url)) {
      const link = first.getByRole("link", { name: /original article/ });
      await expect(link).toHaveAttribute("href", new URL(p.url).toString());
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }
    // The geocoder's view: precision, confidence, and its runner-up candidates when it had any.
    await expect(detail.getByTestId("precision")).not.toBeEmpty();
    await first.locator("details.geocoder summary").click();
    await expect(first.locator("details.geocoder")).toContainText("%");
    expect(new URL(page.url()).searchParams.get("sel")).toBe(p.id);
    // The map flew to it and marks it.
    await page.waitForFunction((at) => {
      const m = window.__atlasMap!;
      return !m.isMoving() && m.getBounds().contains(at as [number, number]) && m.getZoom() >= 8;
    }, all.find((f) => f.properties.id === p.id)!.geometry.coordinates);
    await first.locator("details.geocoder summary").click();
    await page.locator(".side").evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, "screenshot-incident-detail");

    await detail.getByRole("button", { name: "Close incident details" }).click();
    await expect(detail).toBeHidden();
    await expect(page.getByTestId("incident-list")).toBeVisible();
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
});
