import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPaths } from "../../lib/store/corpus";

const ATLAS = join(__dirname, "..", "atlas.mjs");
const FIXTURE = join(__dirname, "..", "..", "lib", "geoparse", "fixtures", "SY-sample.txt");

describe("atlas gazetteer import", () => {
  it("imports a GeoNames file into the directory the pipeline reads", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-imp-"));
    const env = { ...process.env, ATLAS_GAZETTEER_DIR: dir };
    const imported = spawnSync(process.execPath, [ATLAS, "gazetteer", "import", FIXTURE], { env, encoding: "utf8", timeout: 120_000 });
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ kind: "geonames", rows: 3, written: join(dir, "SY-sample.tsv") });
    // The next run's gazetteer sources include it (the index is rebuilt because the sources changed).
    const previous = process.env.ATLAS_GAZETTEER_DIR;
    process.env.ATLAS_GAZETTEER_DIR = dir;
    try {
      expect(defaultPaths(join(__dirname, "..", "..")).gazetteer.map((f) => f.path)).toContain(join(dir, "SY-sample.tsv"));
    } finally {
      if (previous === undefined) delete process.env.ATLAS_GAZETTEER_DIR;
      else process.env.ATLAS_GAZETTEER_DIR = previous;
    }
  });

  it("rejects a missing file and a bad option with a message", () => {
    const run = (args: string[]) => spawnSync(process.execPath, [ATLAS, ...args], { encoding: "utf8", timeout: 60_000 });
    expect(run(["gazetteer", "import"]).status).toBe(2);
    expect(run(["gazetteer", "import", FIXTURE, "--classes", "XYZ1"]).status).toBe(2);
    const missing = run(["gazetteer", "import", "/nonexistent/SY.txt"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such file/i);
  });
});
