import { describe, expect, it } from "vitest";
import { WARM_UP_PATHS, warmUp } from "./warm-up";

describe("warmUp", () => {
  it("asks for each path once on the given origin, and counts the answers that succeeded", async () => {
    const asked: string[] = [];
    const fetcher = (async (url: URL) => {
      asked.push(url.toString());
      if (url.pathname === "/b") throw new Error("connection refused");
      return new Response("x", { status: url.pathname === "/c" ? 500 : 200 });
    }) as unknown as typeof fetch;
    expect(await warmUp("http://127.0.0.1:3000", ["/a?x=1", "/b", "/c", "/d"], fetcher)).toBe(2);
    expect(asked.sort()).toEqual(["http://127.0.0.1:3000/a?x=1", "http://127.0.0.1:3000/b", "http://127.0.0.1:3000/c", "http://127.0.0.1:3000/d"]);
  });

  it("warms the page, MapLibre's module and the map's first tiles", () => {
    for (const path of ["/", "/maplibre-gl.mjs", "/api/tiles/basemap/5/19/12.pbf", "/api/tiles/incidents/5/19/12.pbf?rev=0"]) expect(WARM_UP_PATHS).toContain(path);
  });
});
