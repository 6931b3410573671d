/**
 * What an analyst sees of one article's account of an event: every sentence the article tells it in, highlighted in
 * one report, and the article's period statistics set apart from the incident's toll — against the real app.
 */
import { expect, test, type Page } from "@playwright/test";
import type { IncidentFeature } from "../app/ui/api";
import { settle, signIn } from "./helpers";

const STAMP = Date.now();
const TITLE = `Evidence test ${STAMP}: clashes in Ad Daliyah`;
const ARTICLE = [
  TITLE,
  "",
  "By Test Desk | 12 March 2025",
  "",
  "On 10 March, clashes broke out in Ad Daliyah, near Jableh, between government forces and gunmen.",
  "",
  "The clashes in Ad Daliyah continued into the evening. Two soldiers were killed in Ad Daliyah, a local monitor said. " +
    "At least 35 people have been killed in the Jableh countryside since the beginning of the year, the monitor added.",
  "",
].join("\n");

/** The incidents the pasted article reports, found through the API. */
async function incidentsOfArticle(page: Page): Promise<IncidentFeature[]> {
  const fc = (await (await page.request.get("/api/layers/incidents")).json()) as { features: IncidentFeature[] };
  const found: IncidentFeature[] = [];
  for (const f of fc.features) {
    if (!/dal/i.test(f.properties.name.normalize("NFKD").replace(/\p{M}/gu, ""))) continue;
    const detail = (await (await page.request.get(`/api/incidents/${encodeURIComponent(f.properties.id)}`)).json()) as { reports: Array<{ report: { title: string | null } }> };
    if (detail.reports.some((e) => e.report.title === TITLE)) found.push(f);
  }
  return found;
}

test("one article's several sentences about one clash are one report, and its year-to-date count is a statistic, not a toll", async ({ page }) => {
  await signIn(page, "Tester");
  await page.getByLabel("Name of the pasted article").fill("evidence.txt");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Add pasted text" }).click();
  await expect(page.getByTestId("ingest-results").locator("li[data-status=added]")).toContainText("evidence.txt");

  // One incident, not one per sentence; the period count is nowhere an incident's toll.
  const incidents = await incidentsOfArticle(page);
  expect(incidents).toHaveLength(1);
  const [incident] = incidents;
  expect(incident!.properties.fatalities).toBe(2);

  await page.locator(`[data-testid=incident-list] li[data-incident-id="${incident!.properties.id}"] button`).click();
  const detail = page.getByTestId("incident-detail");
  await expect(detail).toHaveAttribute("data-incident-id", incident!.properties.id);
  const report = detail.getByTestId("report").filter({ hasText: TITLE });
  await expect(report.getByTestId("evidence-count")).toContainText("3 sentences");
  // Every sentence about the clash is highlighted as evidence; the statistic's sentence is not.
  const evidence = report.locator("mark.hl-evidence");
  await expect(evidence.filter({ hasText: "clashes broke out" })).not.toHaveCount(0);
  await expect(evidence.filter({ hasText: "Two soldiers were killed" })).not.toHaveCount(0);
  const statistics = report.getByTestId("article-statistics");
  await expect(statistics).toContainText("≥35");
  await expect(statistics).toContainText("since the beginning of the year");
  await expect(report.locator(".report-claims")).toContainText("2 killed");

  await settle(page);
  await report.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshot-evidence.png" });
});
