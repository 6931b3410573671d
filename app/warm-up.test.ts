import { describe, expect, it } from "vitest";
import { WARM_UP_PATHS, warmUp } from "./warm-up";

describe("warmUp", () => {
  it("asks for each path once, in order, on the given origin, and counts the answers that succeeded", async () => {
    const asked: string[] = [];
    const fetcher = (async (url: URL) => {
      asked.push(url.toString());
      if (url.pathname === "/b") throw new Error("connection refused");
      return new Response("x", { status: url.pathname === "/c" ? 500 : 200 });
    }) as unknown as typeof fetch;
    expect(await warmUp("http://127.0.0.1:3000", ["/a?x=1", "/b", "/c", "/d"], fetcher)).toBe(2);
    expect(asked).toEqual(["http://127.0.0.1:3000/a?x=1", "http://127.0.0.1:3000/b", "http://127.0.0.1:3000/c", "http://127.0.0.1:3000/d"]);
  });

  it("warms the page and the map's first tiles before the panels", () => {
    expect(WARM_UP_PATHS[0]).toBe("/");
    expect(WARM_UP_PATHS.findIndex((p) => p.startsWith("/api/tiles/"))).toBeLessThan(WARM_UP_PATHS.findIndex((p) => p.startsWith("/api/layers/")));
  });
});
