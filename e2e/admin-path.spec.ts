/**
 * The OCHA admin hierarchy in the dashboard, against the real app and sample corpus: the district filter of the
 * "Where" panel narrows the map to the API's answer for `admin2=`, and the incident detail names the place's
 * sub-district, district and governorate with its P-code.
 */
import { expect, test } from "@playwright/test";
import { formatAdminPath, type AdminPath } from "../lib/geoparse/admin-path";
import type { SummaryResponse } from "../lib/layers/features";
import type { LayerQuery } from "../lib/layers/query";
import { EMPTY, apiIncidents, getJson, ids, settle, waitForMap } from "./helpers";

test.describe("admin hierarchy", () => {
  test("a district picked in the Where panel filters the map, and the detail shows the admin path", async ({ page, request }) => {
    const all = await apiIncidents(request, EMPTY);
    // The district with most incidents, and in it the incident placed most precisely (a community with its own P-code).
    const byDistrict = new Map<string, typeof all>();
    for (const f of all) if (f.properties.admin2Pcode) byDistrict.set(f.properties.admin2Pcode, [...(byDistrict.get(f.properties.admin2Pcode) ?? []), f]);
    const [district, members] = [...byDistrict.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(members.length, "a district with several incidents").toBeGreaterThan(1);
    const chosen = [...members].sort((a, b) => Number(b.properties.pcode !== null) - Number(a.properties.pcode !== null) || a.properties.name.localeCompare(b.properties.name))[0]!.properties;

    // The API: by P-code and by name alike, exactly the incidents whose place lies in the district; an unknown one is a 400.
    const query: LayerQuery = { ...EMPTY, admin2: [district] };
    const expected = await apiIncidents(request, query);
    expect(ids(expected)).toEqual(ids(members));
    expect(ids(await apiIncidents(request, { ...EMPTY, admin2: [chosen.admin2Name!] }))).toEqual(ids(members));
    const bad = await request.get("/api/layers/incidents?admin2=Narnia");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: "admin2", error: expect.stringMatching(/Unknown district "Narnia"/) });
    const summary = await getJson<SummaryResponse>(request, "/api/summary");
    expect(summary.districts.find((d) => d.pcode === district)).toMatchObject({ name: chosen.admin2Name, incidents: members.length });

    await page.goto("/");
    await waitForMap(page, EMPTY);
    const districts = page.getByTestId("district-filter");
    await districts.locator("summary").click();
    await districts.locator('select[name="admin2"]').selectOption(district);
    await waitForMap(page, query);
    expect(new URL(page.url()).searchParams.getAll("admin2")).toEqual([district]);
    await expect(page.getByTestId("incident-count")).toHaveAttribute("data-count", String(expected.length));
    await expect(districts.getByRole("list", { name: "Districts picked" })).toContainText(`${chosen.admin2Name} district`);

    await page.locator(`[data-testid="incident-list"] li[data-incident-id="${chosen.id}"] button`).click();
    const detail = page.getByTestId("incident-detail");
    await expect(detail).toHaveAttribute("data-incident-id", chosen.id);
    const { incident } = await getJson<{ incident: { place: { name: string; admin: AdminPath } } }>(request, `/api/incidents/${encodeURIComponent(chosen.id)}`);
    const path = formatAdminPath(incident.place.name, incident.place.admin);
    expect(path).toContain(`${chosen.admin2Name} district`);
    const line = detail.getByTestId("admin-path");
    await expect(line).toContainText(path);
    await expect(line.locator(".pcode")).toHaveText(chosen.pcode ?? chosen.admin3Pcode ?? district);
    await expect(line.locator(".pcode")).toHaveAttribute("title", new RegExp(`OCHA P-codes: ${incident.place.admin.admin1.pcode} `));

    await settle(page);
    await page.locator(".side").evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: "test-results/screenshot-admin-path.png" });

    // Removing the district's chip shows every incident again.
    await districts.getByRole("button", { name: `Remove ${chosen.admin2Name} district` }).click();
    await waitForMap(page, EMPTY);
    expect(new URL(page.url()).searchParams.getAll("admin2")).toEqual([]);
  });
});
