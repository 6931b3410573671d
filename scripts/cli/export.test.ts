import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GeoJsonExportSchema } from "../../lib/export/geojson";
import { exportArguments } from "./commands/export";
import { UsageError } from "./command";

const ATLAS = join(__dirname, "..", "atlas.mjs");

describe("atlas export arguments", () => {
  it("turns options into the API's filters", () => {
    const r = exportArguments(["--format", "csv", "--region", "SY-LA", "--source=Reuters", "--source", "unknown", "--from", "2025-03-01", "--out", "x.csv"]);
    expect(r.format).toBe("csv");
    expect(r.out).toBe("x.csv");
    expect(r.params.toString()).toBe("region=SY-LA&source=Reuters&source=unknown&from=2025-03-01");
  });

  it.each([[["--region", "SY-LA"]], [["--format", "csv", "--colour", "red"]], [["--format"]], [["csv"]]])("refuses %j with a usage error", (args) => {
    expect(() => exportArguments(args)).toThrow(UsageError);
  });
});

describe("atlas export", () => {
  it("prints the stored incidents under the filters as GeoJSON that validates, and names a bad filter", () => {
    const env = { ...process.env, ATLAS_DB: join(mkdtempSync(join(tmpdir(), "atlas-export-")), "atlas.sqlite") };
    const all = spawnSync(process.execPath, [ATLAS, "export", "--format", "geojson"], { encoding: "utf8", env, timeout: 240_000 });
    expect(all.status, all.stderr).toBe(0);
    const everything = GeoJsonExportSchema.parse(JSON.parse(all.stdout));
    const region = everything.features.find((f) => f.properties.admin1_code)!.properties.admin1_code!;
    const one = spawnSync(process.execPath, [ATLAS, "export", "--format", "geojson", "--region", region], { encoding: "utf8", env, timeout: 240_000 });
    const some = GeoJsonExportSchema.parse(JSON.parse(one.stdout));
    expect(some.features.map((f) => f.id).sort()).toEqual(everything.features.filter((f) => f.properties.admin1_code === region).map((f) => f.id).sort());
    const bad = spawnSync(process.execPath, [ATLAS, "export", "--format", "csv", "--from", "2025-13-01"], { encoding: "utf8", env, timeout: 60_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--from/);
  }, 300_000);
});
