import { expect, test, type Page } from "@playwright/test";
import type { SearchResponse } from "../lib/layers/features";
import { EMPTY, getJson, settle, waitForMap } from "./helpers";

/** Waits until the map has flown close to a point and stopped. */
async function mapIsAt(page: Page, lon: number, lat: number): Promise<void> {
  await page.waitForFunction(
    ([x, y]) => {
      const map = window.__atlasMap!;
      const c = map.getCenter();
      return !map.isMoving() && Math.abs(c.lng - x!) < 0.01 && Math.abs(c.lat - y!) < 0.01 && map.getZoom() >= 10;
    },
    [lon, lat],
    { timeout: 30_000 },
  );
}

test.describe("search: every gazetteer place, in Latin or Arabic script", () => {
  test("an Arabic name and a village without incidents are found, and choosing one flies the map there", async ({ page, request }) => {
    // Halabko, a village of Jablah district no article of the sample corpus places an incident at.
    const village = await getJson<SearchResponse>(request, "/api/search?q=Halabko");
    expect(village.places[0]).toMatchObject({ id: "ocha:C3660", name: "Halabko", nameAr: "حلبكو", incidents: 0 });

    await page.goto("/");
    await waitForMap(page, EMPTY);
    const box = page.getByRole("combobox", { name: "Search places and incidents" });
    const results = page.getByRole("listbox", { name: "Search results" });

    // Typed in Arabic, behind a conjunction: "and Jableh".
    await box.fill("وجبلة");
    const jablah = results.locator('[data-place-id="169304"]');
    await expect(jablah).toContainText("جبلة · Jablah");
    await expect(jablah).toContainText("Jablah district · Lattakia");
    await expect(results.getByRole("option").first()).toHaveAttribute("data-place-id", "169304");
    await settle(page);
    await page.screenshot({ path: "test-results/search-arabic.png" });
    await jablah.getByRole("button").first().click();
    await mapIsAt(page, 35.92759, 35.36211);

    await box.fill("Halabko");
    const option = results.locator('[data-place-id="ocha:C3660"]');
    await expect(option).toContainText("حلبكو · Halabko");
    await expect(option).toContainText("Beit Yashout sub-district · Jablah district · Lattakia · 0 incidents");
    await page.screenshot({ path: "test-results/search-village.png" });
    await option.getByRole("button").first().click();
    await mapIsAt(page, village.places[0]!.lon, village.places[0]!.lat);
  });
});
