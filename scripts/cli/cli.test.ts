import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ATLAS = join(__dirname, "..", "atlas.mjs");
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [ATLAS, ...args], { input, encoding: "utf8", timeout: 120_000 });

describe("atlas CLI", () => {
  it("parse prints one FeatureCollection with incidents and mentions carrying the documented properties", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-"));
    const file = join(dir, "report.txt");
    writeFileSync(
      file,
      "Syria report\n\nby A. Writer | March 20, 2025\n\nhttps://example.org/2025/03/20/report/\n\nOn March 6, 2025, clashes erupted in Jableh and Baniyas, and at least 30 people were killed in Baniyas. Officials in Latakia met on Monday to talk about it in the city hall.\n",
    );
    const r = run(["parse", file]);
    expect(r.status).toBe(0);
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe("FeatureCollection");
    const incidents = fc.features.filter((f: { properties: { layer: string } }) => f.properties.layer === "incidents");
    const mentions = fc.features.filter((f: { properties: { layer: string } }) => f.properties.layer === "mentions");
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    expect(incidents.map((f: { properties: { surface: string } }) => f.properties.surface).sort()).toEqual(["Baniyas", "Jableh"]);
    // The toll is Baniyas's alone: the sentence gives it in a part that names only Baniyas.
    const toll = Object.fromEntries(incidents.map((f: { properties: { surface: string; fatalitiesLow: number | null } }) => [f.properties.surface, f.properties.fatalitiesLow]));
    expect(toll).toEqual({ Baniyas: 30, Jableh: null });
    for (const f of incidents) {
      expect(f.properties).toMatchObject({ source: "example.org", published: "2025-03-20", dateStart: "2025-03-06", dateEnd: "2025-03-06" });
      expect(f.properties.evidence).toMatch(/^On March 6, 2025, clashes erupted/);
      expect(f.properties.reports).toEqual([expect.objectContaining({ source: "example.org", dateStart: "2025-03-06", type: "battles" })]);
      expect(f.geometry.type).toBe("Point");
    }
    // Each incident, report and mention carries its OCHA admin path: flat properties, and as one line of text.
    const jableh = incidents.find((f: { properties: { surface: string } }) => f.properties.surface === "Jableh");
    expect(jableh.properties).toMatchObject({ admin1: "SY-LA", admin1Pcode: "SY06", admin2Pcode: "SY0602", admin3Pcode: expect.stringMatching(/^SY0602\d\d$/), pcode: expect.stringMatching(/^C\d+$/) });
    expect(jableh.properties.adminPath).toMatch(/^Jabl[ae]h\b.* · Latt?akia$/);
    expect(jableh.properties.reports[0].admin).toMatchObject({ admin1: { pcode: "SY06" }, admin2: { pcode: "SY0602" } });
    expect(jableh.properties.reports[0].adminPath).toBe(jableh.properties.adminPath);
    for (const m of mentions) expect(m.properties).toHaveProperty("adminPath", expect.any(String));
    expect(mentions.find((m: { properties: { surface: string } }) => m.properties.surface === "Baniyas").properties).toMatchObject({ admin2Pcode: "SY1002", adminPath: expect.stringContaining("district") });
  });

  it("parse fails with a message on stderr for a missing file and for non-UTF-8 input", () => {
    const missing = run(["parse", "/nonexistent/file.txt"]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no such file/);
    const dir = mkdtempSync(join(tmpdir(), "atlas-"));
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
    const r = run(["parse", bad]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/not valid UTF-8/);
  });

  it("geocode answers one JSON line per name, unresolved when it cannot place one", () => {
    const r = run(["geocode", "--country", "SY"], "Azaz\nJisr al-Shughur\nTadmur/Palmyra\nQwertyville\n");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ query: "Azaz", country: "SY" });
    expect(Math.abs(lines[0].lat - 36.586) + Math.abs(lines[0].lon - 37.046)).toBeLessThan(0.1);
    expect(lines[2]).toMatchObject({ query: "Tadmur/Palmyra", country: "SY" });
    expect(lines[3]).toMatchObject({ query: "Qwertyville", unresolved: true });
  });

  it("rejects an unknown command and a bad --country with a usage message", () => {
    expect(run(["frobnicate"]).status).toBe(2);
    const r = run(["geocode", "--country", "Syria"], "");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/two-letter/);
  });
});
