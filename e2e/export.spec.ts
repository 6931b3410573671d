/**
 * Exports of a filtered view, against the real app and sample corpus: the PNG has the requested size and shows
 * the incidents where they are; the one-page brief PDF holds the map, the table and the filter summary; the CSV,
 * GeoJSON and KML hold exactly the incidents the map shows and validate against their schemas.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { PNG } from "pngjs";
import { CSV_COLUMNS, CsvRowSchema } from "../lib/export/csv";
import { GeoJsonExportSchema } from "../lib/export/geojson";
import type { LayerQuery } from "../lib/layers/query";
import { EVENT_TYPE_COLOR, formatEventDate } from "../app/ui/format";
import { CLUSTER_COLOR } from "../app/ui/map-layers";
import { BRIEF_ROWS } from "../app/brief/brief-layout";
import { apiUrl, serializeViewState, DEFAULT_VIEW, type Camera } from "../app/ui/url-state";
import { apiIncidents, ids, waitForMap, type ApiIncident } from "./helpers";

/**
 * A filtered view with something in it: the governorate and publisher with the most incidents together, over the
 * date span of those incidents (so the file names carry a range). Chosen from the API's answer, not from the corpus.
 */
async function filteredView(request: APIRequestContext): Promise<{ query: LayerQuery; expected: ApiIncident[] }> {
  const all = await apiIncidents(request, { source: [], region: [] });
  const pairs = new Map<string, ApiIncident[]>();
  for (const f of all) {
    if (!f.properties.admin1 || f.properties.dateStart === null) continue;
    for (const s of new Set(f.properties.sources)) {
      if (s === null) continue;
      const key = JSON.stringify([f.properties.admin1, s]);
      pairs.set(key, [...(pairs.get(key) ?? []), f]);
    }
  }
  const [key, members] = [...pairs.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
  const [region, source] = JSON.parse(key) as [string, string];
  const from = members.map((f) => f.properties.dateStart!).sort()[0]!;
  const to = members.map((f) => f.properties.dateEnd!).sort().at(-1)!;
  const query: LayerQuery = { source: [source], region: [region], from, to };
  const expected = await apiIncidents(request, query);
  expect(expected.length, "the chosen view holds several incidents").toBeGreaterThan(1);
  expect(expected.length, "and fewer than all").toBeLessThan(all.length);
  return { query, expected };
}

const viewUrl = (path: string, query: LayerQuery, camera: Camera | null = null) => `${path}?${serializeViewState({ ...DEFAULT_VIEW, query, camera })}`;

/** The view zoomed in on the incidents' middle, as an analyst preparing a slide would. */
function cameraOn(incidents: ApiIncident[]): Camera {
  const mid = (values: number[]) => (Math.min(...values) + Math.max(...values)) / 2;
  return { lon: mid(incidents.map((f) => f.geometry.coordinates[0])), lat: mid(incidents.map((f) => f.geometry.coordinates[1])), zoom: 9 };
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Web Mercator, as MapLibre draws it: world width 512 × 2^zoom CSS pixels. */
function project(lon: number, lat: number, camera: { lon: number; lat: number; zoom: number; width: number; height: number; pixelRatio: number }): [number, number] {
  const world = 512 * 2 ** camera.zoom;
  const mx = (x: number) => ((x + 180) / 360) * world;
  const my = (y: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2) * world;
  const x = mx(lon) - mx(camera.lon) + camera.width / camera.pixelRatio / 2;
  const y = my(lat) - my(camera.lat) + camera.height / camera.pixelRatio / 2;
  return [x * camera.pixelRatio, y * camera.pixelRatio];
}

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF), enough to read the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ""), i++;
    } else cell += c;
  }
  if (cell !== "" || row.length) rows.push([...row, cell]);
  return rows;
}

const NUMERIC = new Set(["iso", "latitude", "longitude", "fatalities_low", "fatalities_best", "fatalities_high", "report_count", "confidence"]);

test.describe("exports", () => {
  test.describe.configure({ timeout: 300_000 });

  test("the PNG export has the requested size and shows the incidents where they are", async ({ page, request }) => {
    const { query, expected } = await filteredView(request);
    await page.goto(viewUrl("/", query, cameraOn(expected)));
    await waitForMap(page, query);
    await page.getByTestId("export-menu").locator("summary").click();
    await expect(page.getByTestId("export-size")).toHaveValue("1920x1080");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 240_000 }), page.getByTestId("export-png").click()]);
    expect(download.suggestedFilename()).toBe(`incident-atlas_${query.from}_to_${query.to}_1920x1080.png`);
    await mkdir("test-results", { recursive: true });
    const file = "test-results/export-map.png";
    await download.saveAs(file);
    const png = PNG.sync.read(await readFile(file));
    expect([png.width, png.height]).toEqual([1920, 1080]);

    const status = page.getByTestId("export-status");
    await expect(status).toHaveAttribute("data-state", "done");
    const camera = JSON.parse((await status.getAttribute("data-export"))!) as { lon: number; lat: number; zoom: number; width: number; height: number; pixelRatio: number };
    // A mark's colour as drawn: its own, or laid at the layer's opacity (0.85–0.9) over the light basemap.
    const drawn = (hex: string) => {
      const c = rgb(hex);
      return [c, ...[0.85, 0.9].map((a) => c.map((v) => Math.round(a * v + (1 - a) * 250)) as [number, number, number])];
    };
    const near = (x: number, y: number, radius: number, colours: string[]) => {
      const marks = colours.flatMap(drawn);
      for (let dy = -radius; dy <= radius; dy++)
        for (let dx = -radius; dx <= radius; dx++) {
          const [px, py] = [Math.round(x + dx), Math.round(y + dy)];
          if (px < 0 || py < 0 || px >= png.width || py >= png.height || dx * dx + dy * dy > radius * radius) continue;
          const k = (py * png.width + px) * 4;
          const [r, g, b] = [png.data[k]!, png.data[k + 1]!, png.data[k + 2]!];
          if (marks.some(([mr, mg, mb]) => Math.abs(r - mr) + Math.abs(g - mg) + Math.abs(b - mb) < 45)) return true;
        }
      return false;
    };
    // Incidents in the picture's map area (below the title band, left of the legend): each has its type's colour
    // (or a cluster's, which sits at its members' centre) near where it projects.
    const mapArea = (x: number, y: number) => x > 40 && x < png.width - 420 && y > 140 && y < png.height - 120;
    const projected = expected.map((f) => ({ f, at: project(f.geometry.coordinates[0], f.geometry.coordinates[1], camera) }));
    const inside = projected.filter(({ at: [x, y] }) => mapArea(x, y));
    expect(inside.length, "incidents of the view fall inside the picture").toBeGreaterThan(0);
    for (const { f, at } of inside) expect(near(at[0], at[1], 40, [EVENT_TYPE_COLOR[f.properties.type], CLUSTER_COLOR]), `a mark near ${f.properties.name} at ${at.map(Math.round).join(",")}`).toBe(true);
    // And not everywhere: the spot of the map area farthest from every incident has no incident colour
    // (grey left out: antialiased label text passes through greys).
    let far = { x: 0, y: 0, d: 0 };
    for (let x = 60; x < png.width - 420; x += 40)
      for (let y = 160; y < png.height - 120; y += 40) {
        const d = Math.min(...projected.map(({ at }) => Math.hypot(at[0] - x, at[1] - y)));
        if (d > far.d) far = { x, y, d };
      }
    if (far.d > 100) expect(near(far.x, far.y, 8, Object.values(EVENT_TYPE_COLOR).filter((c) => c !== EVENT_TYPE_COLOR["strategic-developments"])), `no incident colour at ${far.x},${far.y}`).toBe(false);

    await mkdir("docs", { recursive: true });
    await copyFile(file, "docs/export-map.png");
  });

  test("a custom PNG size is checked before drawing and then met exactly", async ({ page, request }) => {
    const { query, expected } = await filteredView(request);
    await page.goto(viewUrl("/", query, cameraOn(expected)));
    await waitForMap(page, query);
    await page.getByTestId("export-menu").locator("summary").click();
    await page.getByTestId("export-size").selectOption("custom");
    await page.getByLabel("Width in pixels").fill("100");
    await expect(page.getByRole("alert").filter({ hasText: "Width must be at least 320 px" })).toBeVisible();
    await expect(page.getByTestId("export-png")).toBeDisabled();
    await page.getByLabel("Width in pixels").fill("1001");
    await page.getByLabel("Height in pixels").fill("701");
    await expect(page.getByTestId("export-png")).toBeEnabled();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 240_000 }), page.getByTestId("export-png").click()]);
    expect(download.suggestedFilename()).toMatch(/_1001x701\.png$/);
    const png = PNG.sync.read(await readFile(await download.path()));
    expect([png.width, png.height]).toEqual([1001, 701]);
  });

  test("the one-page PDF brief holds the map, the table and the filter summary", async ({ page, request }) => {
    const { query, expected } = await filteredView(request);
    await page.goto(viewUrl("/brief", query));
    await expect(page.getByTestId("brief")).toHaveAttribute("data-ready", "true", { timeout: 240_000 });
    await expect(page.getByTestId("brief-map")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await mkdir("test-results", { recursive: true });
    await writeFile("test-results/brief.pdf", pdf);

    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    expect(doc.numPages, "the brief fits one page").toBe(1);
    const first = await doc.getPage(1);
    const content = await first.getTextContent();
    // Compared without white space: the PDF breaks lines (and ligatures such as "fi") where the layout wraps them.
    const text = content.items.map((item) => ("str" in item ? item.str : "")).join("").replace(/\s+/g, "");
    const has = (words: string) => expect(text).toContain(words.replace(/\s+/g, ""));
    for (const header of ["Date", "Place", "Type", "Fatalities", "Sources"]) has(header);
    // The filter summary: the dates, the publisher and the governorate.
    has(`Publishers${query.source[0]!}`);
    has(`Governorates${expected[0]!.properties.admin1Name!}`);
    has(`Dates${formatEventDate(query.from!, query.from!, "day")} – ${formatEventDate(query.to!, query.to!, "day")}`);
    // The incidents: dates and places of every row printed (chronological, up to the page's rows).
    const rows = [...expected].sort((a, b) => (a.properties.dateStart! < b.properties.dateStart! ? -1 : a.properties.dateStart! > b.properties.dateStart! ? 1 : a.properties.name.localeCompare(b.properties.name))).slice(0, BRIEF_ROWS);
    for (const f of rows) {
      has(f.properties.name.slice(0, 10));
      has(formatEventDate(f.properties.dateStart, f.properties.dateEnd, f.properties.datePrecision));
    }
    if (expected.length > BRIEF_ROWS) has(`and ${expected.length - BRIEF_ROWS} more`);
    // The map is an image on the page.
    const ops = await first.getOperatorList();
    expect(ops.fnArray.filter((op) => op === pdfjs.OPS.paintImageXObject).length, "an image (the map) is painted").toBeGreaterThan(0);

    // The README's picture of the brief (poppler's pdftoppm; the check above does not need it).
    if (existsSync("/usr/bin/pdftoppm")) {
      await mkdir("docs", { recursive: true });
      execFileSync("pdftoppm", ["-png", "-r", "80", "-singlefile", "test-results/brief.pdf", "docs/brief-page1"]);
    }
  });

  test("CSV, GeoJSON and KML of a filtered view hold exactly its incidents and validate", async ({ page, request }) => {
    const { query, expected } = await filteredView(request);
    const expectedIds = ids(expected);
    const range = `${query.from}_to_${query.to}`;

    const geo = await request.get(apiUrl("/api/export/geojson", query));
    expect(geo.status()).toBe(200);
    expect(geo.headers()["content-type"]).toContain("application/geo+json");
    expect(geo.headers()["content-disposition"]).toBe(`attachment; filename="incident-atlas_${range}.geojson"`);
    const collection = GeoJsonExportSchema.parse(await geo.json());
    expect(collection.features.map((f) => f.id).sort()).toEqual(expectedIds);
    for (const f of collection.features) {
      const source = expected.find((e) => e.properties.id === f.id)!;
      expect(f.geometry.coordinates[0]).toBeCloseTo(source.geometry.coordinates[0], 4);
      expect(f.geometry.coordinates[1]).toBeCloseTo(source.geometry.coordinates[1], 4);
      expect(f.properties.sources).toContain(query.source[0]);
    }

    // The CSV through the dashboard's own export menu.
    await page.goto(viewUrl("/", query));
    await page.getByTestId("export-menu").locator("summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    expect(download.suggestedFilename()).toBe(`incident-atlas_${range}.csv`);
    const csv = await readFile(await download.path(), "utf8");
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    const records = rows.map((cells) =>
      CsvRowSchema.parse(Object.fromEntries(header!.map((h, k) => [h, cells[k] === "" ? null : NUMERIC.has(h) ? Number(cells[k]) : cells[k]]).map(([h, v]) => [h, v === null && ["actors", "source_url", "attributed_to", "notes", "source", "location", "place_as_written", "incident_id"].includes(h as string) ? "" : v]))),
    );
    expect(records.map((r) => r.incident_id).sort()).toEqual(expectedIds);
    for (const r of records) expect(r.admin1_code).toBe(query.region[0]);

    const kml = await request.get(apiUrl("/api/export/kml", query));
    expect(kml.status()).toBe(200);
    const kmlText = await kml.text();
    expect(kmlText.match(/<Placemark /g)?.length).toBe(expected.length);

    const bad = await request.get("/api/export/csv?from=2025-13-01");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: "from" });
    const unknown = await request.get("/api/export/xlsx");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error).toMatch(/csv, geojson, kml/);
  });
});
