import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ATLAS = join(__dirname, "..", "atlas.mjs");
const FIXTURE = join(__dirname, "..", "..", "lib", "geoparse", "fixtures", "SY-sample.txt");

describe("atlas gazetteer import", () => {
  it("imports a GeoNames file that the next geocode run uses", () => {
    const env = { ...process.env, ATLAS_GAZETTEER_DIR: mkdtempSync(join(tmpdir(), "atlas-imp-")), ATLAS_CACHE_DIR: mkdtempSync(join(tmpdir(), "atlas-cache-")) };
    const run = (args: string[], input?: string) => spawnSync(process.execPath, [ATLAS, ...args], { input, env, encoding: "utf8", timeout: 240_000 });
    const imported = run(["gazetteer", "import", FIXTURE]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ kind: "geonames", rows: 3 });
    const geocoded = run(["geocode", "--country", "SY"], "Beit Yashout\n");
    expect(geocoded.status, geocoded.stderr).toBe(0);
    expect(JSON.parse(geocoded.stdout)).toMatchObject({ query: "Beit Yashout", geonameid: "9900001", lat: 35.31694, lon: 36.13028 });
  }, 300_000);

  it("rejects a missing file and a bad option with a message", () => {
    const run = (args: string[]) => spawnSync(process.execPath, [ATLAS, ...args], { encoding: "utf8", timeout: 60_000 });
    expect(run(["gazetteer", "import"]).status).toBe(2);
    expect(run(["gazetteer", "import", FIXTURE, "--classes", "XYZ1"]).status).toBe(2);
    const missing = run(["gazetteer", "import", "/nonexistent/SY.txt"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such file/i);
  });
});
