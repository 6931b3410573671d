/**
 * Editing against the real app: anonymous writes are refused, an editor signs
 * in, adds articles (pasted and uploaded, good and bad files), corrects an
 * incident and moves it on the map; the page runs under its Content-Security-Policy
 * and article text never runs as HTML.
 */
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Each test signs in, adds articles and waits for the map: generous on a loaded machine.
test.describe.configure({ timeout: 150_000 });

const STAMP = Date.now().toString(36);
const ARTICLE = (title: string) =>
  `${title}\n\nBy Jane Doe | March 20, 2025\n\nOn March 6, 2025, clashes erupted in Jableh, and at least 30 people were killed in Jableh, a monitor said. ` +
  "Residents said the fighting went on through the night and that many families left the town for the countryside.\n";

type IncidentFeature = { properties: { id: string; title: string | null; name: string; type: string; fatalities: number | null }; geometry: { coordinates: number[] } };

/**
 * The incidents one of whose reports is the article with this title. Not only
 * those it leads: the test articles (all of Jableh on one day) are grouped with
 * each other and with the corpus's own report of that day, and the lead is the
 * earliest report, which need not be the one just added.
 */
async function incidentsTitled(page: Page, title: string) {
  const r = await page.request.get("/api/layers/incidents");
  const fc = (await r.json()) as { features: IncidentFeature[] };
  const found: IncidentFeature[] = [];
  for (const f of fc.features) {
    if (f.properties.title !== title && !/jabl/i.test(f.properties.name)) continue;
    const detail = (await (await page.request.get(`/api/incidents/${encodeURIComponent(f.properties.id)}`)).json()) as { reports: Array<{ report: { title: string | null } }> };
    if (detail.reports.some((e) => e.report.title === title)) found.push(f);
  }
  return found;
}

test("every write endpoint refuses an anonymous request", async ({ request }) => {
  const writes: Array<[string, string]> = [
    ["POST", "/api/articles"],
    ["DELETE", "/api/articles?id=x"],
    ["POST", "/api/corrections"],
    ["POST", "/api/gazetteer"],
    ["POST", "/api/views"],
    ["PUT", "/api/views"],
    ["DELETE", "/api/views?id=x"],
    ["PUT", "/api/views/order"],
    ["POST", "/api/briefings"],
    ["PUT", "/api/briefings"],
    ["DELETE", "/api/briefings?id=x"],
  ];
  for (const [method, url] of writes) {
    const r = await request.fetch(url, { method, data: { documents: [{ name: "x", text: "Five killed in Jableh." }] }, headers: { "x-atlas-write": "1" } });
    expect(r.status(), `${method} ${url}`).toBe(401);
  }
});

test("the page is served with a Content-Security-Policy and still works under it", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/");
  const csp = response!.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  // The map starts its worker, loads the style, fonts and tiles: all under the policy.
  await expect(page.getByTestId("map")).toHaveAttribute("data-map-ready", "true", { timeout: 60_000 });
  await page.waitForFunction(() => Boolean(window.__atlasMap?.loaded()), null, { timeout: 30_000 });
  await expect(page.getByTestId("incident-list").locator("li").first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("an editor adds articles, each file answered on its own, and the new incident appears without a restart", async ({ page }) => {
  await signIn(page, "Tester");
  const title = `Editor test ${STAMP} paste`;
  await page.getByLabel("Name of the pasted article").fill("pasted.txt");
  await page.getByLabel("Article text").fill(ARTICLE(title));
  await page.getByRole("button", { name: "Add pasted text" }).click();
  await expect(page.getByTestId("ingest-results").locator("li[data-status=added]")).toContainText("pasted.txt");
  expect((await incidentsTitled(page, title)).length).toBeGreaterThan(0);
  await expect(page.locator(`[data-testid=incident-list] li[data-incident-id="${(await incidentsTitled(page, title))[0]!.properties.id}"]`)).toBeVisible();

  await page.getByLabel("Article files").setInputFiles([
    { name: "good.txt", mimeType: "text/plain", buffer: Buffer.from(ARTICLE(`Editor test ${STAMP} upload`)) },
    { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    { name: "image.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
    { name: "again.txt", mimeType: "text/plain", buffer: Buffer.from(ARTICLE(title)) },
  ]);
  await page.getByRole("button", { name: /Upload 4 file/ }).click();
  const results = page.getByTestId("ingest-results");
  await expect(results.locator("li")).toHaveCount(4);
  await expect(results.locator("li").nth(0)).toHaveAttribute("data-status", "added");
  await expect(results.locator("li").nth(1)).toContainText("the file is empty");
  await expect(results.locator("li").nth(2)).toContainText("binary file");
  await expect(results.locator("li").nth(3)).toHaveAttribute("data-status", "duplicate");
});

test("HTML with scripts is reduced to text and never runs", async ({ page }) => {
  await signIn(page, "Tester");
  const title = `Editor test ${STAMP} html`;
  await page.getByLabel("Name of the pasted article").fill("page.html");
  await page
    .getByLabel("Article text")
    .fill(`<html><body><script>window.__pwned = 1</script><h1>${title}</h1><p>By Jane Doe | March 20, 2025</p><p>On March 6, 2025, at least 3 people were killed in Jableh <img src=x onerror="window.__pwned=2">in shelling. Residents said the fighting went on through the night and that many families left the town.</p></body></html>`);
  await page.getByRole("button", { name: "Add pasted text" }).click();
  await expect(page.getByTestId("ingest-results")).toContainText("scripts or event handlers; they were removed");
  const [incident] = await incidentsTitled(page, title);
  expect(incident).toBeDefined();
  await page.locator(`[data-testid=incident-list] li[data-incident-id="${incident!.properties.id}"] button`).click();
  const report = page.getByTestId("incident-detail").getByTestId("report").filter({ hasText: title });
  await expect(report.locator("mark.hl-place").first()).toHaveText("Jableh");
  await expect(report).toContainText("at least 3 people were killed in Jableh in shelling");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("an editor corrects an incident's type and fatalities and moves it to a point clicked on the map; the panel says who", async ({ page }) => {
  await signIn(page, "Tester");
  const title = `Editor test ${STAMP} correct`;
  await page.getByLabel("Name of the pasted article").fill("correct.txt");
  await page.getByLabel("Article text").fill(ARTICLE(title));
  await page.getByRole("button", { name: "Add pasted text" }).click();
  await expect(page.getByTestId("ingest-results").locator("li[data-status=added]")).toBeVisible();
  const [before] = await incidentsTitled(page, title);
  await page.locator(`[data-testid=incident-list] li[data-incident-id="${before!.properties.id}"] button`).click();
  const detail = page.getByTestId("incident-detail");
  await detail.getByText("Correct this incident").click();
  await detail.getByRole("combobox", { name: "Type", exact: true }).selectOption("protests");
  await detail.getByRole("spinbutton", { name: "Fatalities" }).fill("7");
  await detail.getByRole("button", { name: "Save incident" }).click();
  await expect(detail.getByTestId("corrected-badge")).toContainText("Corrected by Tester");
  await expect.poll(async () => (await incidentsTitled(page, title))[0]?.properties).toMatchObject({ type: "protests", fatalities: 7 });

  // Move it to a point clicked on an empty part of the map.
  await detail.getByRole("button", { name: "Pick on map" }).click();
  const box = (await page.locator(".maplibregl-canvas").boundingBox())!;
  await page.mouse.click(box.x + 40, box.y + box.height - 40);
  await expect(detail.getByRole("textbox", { name: "Latitude" })).not.toHaveValue("");
  await detail.getByRole("button", { name: "Move here" }).click();
  await expect
    .poll(async () => {
      const [after] = await incidentsTitled(page, title);
      return after ? Math.abs(after.geometry.coordinates[0]! - before!.geometry.coordinates[0]!) > 0.01 : false;
    })
    .toBe(true);
});

test("in an incident joining several reports, an editor corrects the place of the report they choose and leaves the others", async ({ page }) => {
  await signIn(page, "Tester");
  const kept = `Editor test ${STAMP} kept`;
  const wrong = `Editor test ${STAMP} wrong`;
  for (const [name, title] of [["kept.txt", kept], ["wrong.txt", wrong]]) {
    await page.getByLabel("Name of the pasted article").fill(name!);
    await page.getByLabel("Article text").fill(ARTICLE(title!));
    await page.getByRole("button", { name: "Add pasted text" }).click();
    // This file's own result line: the previous paste's line is already on screen.
    await expect(page.getByTestId("ingest-results").locator("li[data-status=added]", { hasText: name! })).toBeVisible();
  }
  // Both articles tell of the same day in Jableh, so they are one incident.
  const [joined] = await incidentsTitled(page, wrong);
  expect((await incidentsTitled(page, kept)).map((f) => f.properties.id)).toContain(joined!.properties.id);
  await page.goto(`/?v=1&sel=${encodeURIComponent(joined!.properties.id)}`);
  const detail = page.getByTestId("incident-detail");
  await detail.getByText("Correct this incident").click();
  const chooser = detail.getByRole("combobox", { name: "Report whose place to correct" });
  const options = await chooser.locator("option").allTextContents();
  expect(options.length).toBeGreaterThan(1);
  const detailJson = (await (await page.request.get(`/api/incidents/${encodeURIComponent(joined!.properties.id)}`)).json()) as { reports: Array<{ report: { title: string | null }; mention: { id: string } | null }> };
  const target = detailJson.reports.find((r) => r.report.title === wrong)!;
  await chooser.selectOption(target.mention!.id);
  await detail.getByRole("button", { name: "Not a place" }).click();
  await expect.poll(async () => (await incidentsTitled(page, wrong)).length).toBe(0);
  expect((await incidentsTitled(page, kept)).length).toBe(1);
});

test("an editor places an unplaced name from the list in the local gazetteer, and removes a document", async ({ page }) => {
  await signIn(page, "Tester");
  await page.getByText("Place unplaced names").click();
  const list = page.getByRole("list", { name: "Unplaced names" });
  const first = list.locator("li").first();
  await expect(first).toBeVisible();
  const name = (await first.textContent())!.split(" ×")[0]!.trim();
  await first.getByRole("button", { name: "Place…" }).click();
  await first.getByRole("textbox", { name: "Latitude" }).fill("35.1");
  await first.getByRole("textbox", { name: "Longitude" }).fill("36.7");
  await first.getByRole("button", { name: /to the local gazetteer/ }).click();
  await expect(list.locator("li", { hasText: name })).toHaveCount(0);
  const mentions = (await (await page.request.get("/api/layers/mentions")).json()) as { features: Array<{ properties: { surface: string } }> };
  expect(mentions.features.some((f) => f.properties.surface === name)).toBe(true);

  const title = `Editor test ${STAMP} remove`;
  await page.getByLabel("Name of the pasted article").fill("to-remove.txt");
  await page.getByLabel("Article text").fill(ARTICLE(title));
  await page.getByRole("button", { name: "Add pasted text" }).click();
  await expect(page.getByTestId("ingest-results").locator("li[data-status=added]")).toBeVisible();
  expect((await incidentsTitled(page, title)).length).toBeGreaterThan(0);
  page.on("dialog", (d) => void d.accept());
  await page.getByText("Stored documents").click();
  await page.getByRole("button", { name: "Remove to-remove.txt" }).click();
  await expect.poll(async () => (await incidentsTitled(page, title)).length).toBe(0);
});
