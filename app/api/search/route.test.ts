import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { SearchResponseSchema } from "@/lib/layers/features";
import { GET } from "./route";

const ask = (query: string) => GET(new Request(`http://atlas.test/api/search${query}`));
const dir = mkdtempSync(join(tmpdir(), "atlas-search-"));
afterEach(() => vi.unstubAllEnvs());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("GET /api/search", () => {
  it.each([
    ["", /Missing "q"/],
    ["?q=", /empty/],
    ["?q=%20%20", /empty/],
    [`?q=${"x".repeat(101)}`, /at most 100/],
  ])("answers %s with a JSON 400 naming q, before opening the store", async (query, message) => {
    vi.stubEnv("ATLAS_DB", "/nonexistent/dir/that/cannot/be/created/\u0000/atlas.sqlite");
    const r = await ask(query);
    expect(r.status).toBe(400);
    expect(r.headers.get("content-type")).toMatch(/application\/json/);
    const body = await r.json();
    expect(body).toMatchObject({ parameter: "q" });
    expect(body.error).toMatch(message);
  });

  it("finds a gazetteer place typed in Arabic or Latin in an atlas without incidents, and names a bad filter", async () => {
    vi.stubEnv("ATLAS_DB", join(dir, "atlas.sqlite"));
    vi.stubEnv("ATLAS_ARTICLES_DIR", dir);
    vi.stubEnv("ATLAS_ROOT", join(__dirname, "../../.."));
    for (const q of ["وجبلة", "Jableh"]) {
      const r = await ask(`?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      const body = SearchResponseSchema.parse(await r.json());
      expect(body.places[0], q).toMatchObject({ id: "169304", name: "Jablah", nameAr: "جبلة", incidents: 0 });
    }
    const bad = await ask("?q=Jableh&region=Narnia");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: "region" });
  });
});
