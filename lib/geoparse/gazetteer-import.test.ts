import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { detectDumpKind, importedGazetteerFiles, importGeoNamesDump } from "./gazetteer-import";

const FIXTURES = join(__dirname, "fixtures");
const tmp = () => mkdtempSync(join(tmpdir(), "atlas-gaz-"));

describe("importGeoNamesDump", () => {
  it("imports a GeoNames country file so the gazetteer finds its places", async () => {
    const dir = tmp();
    const r = await importGeoNamesDump(join(FIXTURES, "SY-sample.txt"), dir);
    expect(r).toMatchObject({ kind: "geonames", rows: 3, skipped: 0 });
    expect(r.written).toBe(join(dir, "SY-sample.tsv"));
    const files = importedGazetteerFiles(dir);
    expect(files).toEqual([{ path: r.written, source: "geonames:import SY-sample.tsv" }]);
    const g = buildGazetteer(files);
    expect(g.lookup("Beit Yashout")[0]?.place).toMatchObject({ id: "9900001", country: "SY", source: "geonames:import SY-sample.tsv" });
  });

  it("reads the data file out of a GeoNames .zip and keeps only the feature classes asked for", async () => {
    const dir = tmp();
    const zip = join(dir, "SY.zip");
    writeFileSync(zip, zipSync({ "SY.txt": readFileSync(join(FIXTURES, "SY-sample.txt")), "readme.txt": new TextEncoder().encode("about") }));
    const out = tmp();
    const r = await importGeoNamesDump(zip, out, { classes: "P" });
    expect(r).toMatchObject({ kind: "geonames", rows: 2, skipped: 1, written: join(out, "SY.tsv") });
  });

  it("adds alternate names to known places only, skipping links and non-Latin names", async () => {
    const dir = tmp();
    await importGeoNamesDump(join(FIXTURES, "SY-sample.txt"), dir);
    const r = await importGeoNamesDump(join(FIXTURES, "alternateNamesV2-sample.txt"), dir, { knownIds: new Set(["9900001", "9900003"]) });
    expect(r).toMatchObject({ kind: "alternate-names", rows: 1, skipped: 3 });
    const files = importedGazetteerFiles(dir);
    // Alternate names come after the rows they add to, whatever the file names.
    expect(files.map((f) => f.kind ?? "geonames")).toEqual(["geonames", "alternate-names"]);
    expect(buildGazetteer(files).lookup("Beit Yachout")[0]?.place.id).toBe("9900001");
  });

  it("rejects a file that is not a GeoNames dump, naming the line", async () => {
    const dir = tmp();
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, "# comment\nname,lat,lon\n");
    await expect(importGeoNamesDump(bad, dir)).rejects.toThrow(/bad.txt: line 2/);
  });

  it("tells GeoNames rows from alternate-name rows", () => {
    expect(detectDumpKind(readFileSync(join(FIXTURES, "SY-sample.txt"), "utf8").split("\n")[3]!)).toBe("geonames");
    expect(detectDumpKind("1\t9900001\ten\tBeit Yachout\t1\t\t\t\t\t")).toBe("alternate-names");
    expect(detectDumpKind("hello")).toBeNull();
  });
});

describe("an imported GeoNames dump over the project's admin-1 rows", () => {
  const row = (id: string, name: string, lat: number, lon: number, code: string, source: string) =>
    [id, name, name, "", lat, lon, "A", code, "CA", "", "01", "", "", "", 0, "", "", "", "", source].join("\t");
  const files = [
    { path: "admin1.tsv", source: "naturalearth:admin1" },
    { path: "supplement.tsv", source: "supplement" },
    { path: "CA.tsv", source: "geonames:import CA.tsv" },
  ];
  const text: Record<string, string> = {
    "admin1.tsv": [row("5883102", "Alberta", 55.28, -115, "ADM1", "naturalearth:admin1 CA-AB"), row("sup:x", "Some Camp", 50, -110, "CMP", "naturalearth:test")].join("\n"),
    "supplement.tsv": "",
    "CA.tsv": [row("5883102", "Alberta", 52.28333, -117.469, "ADM1", ""), row("sup:x", "Some Camp", 51, -111, "CMP", "")].join("\n"),
  };
  const g = buildGazetteer(files, (p) => text[p]!);

  it("gives a first-level division GeoNames' point instead of Natural Earth's label point", () => {
    expect(g.lookup("Alberta")[0]?.place).toMatchObject({ id: "5883102", lat: 52.28333, lon: -117.469 });
    expect(g.lookup("Alberta")[0]?.place.source).toMatch(/naturalearth:admin1 CA-AB; point: geonames:import CA.tsv/);
  });

  it("leaves every other row's point as the project has it", () => {
    expect(g.lookup("Some Camp")[0]?.place).toMatchObject({ lat: 50, lon: -110 });
  });
});
