import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

const installed = readFileSync(join(process.cwd(), "node_modules", "maplibre-gl", "dist", "maplibre-gl.mjs"));

describe("/maplibre-gl.mjs", () => {
  // Not compressed here: Next.js compresses every answer itself (it would gzip an already gzipped body again).
  it("serves the installed MapLibre module as JavaScript", async () => {
    const response = await GET();
    expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).equals(installed)).toBe(true);
  });
});
