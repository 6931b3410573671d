import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as articles from "./articles/route";
import * as briefings from "./briefings/route";
import * as corrections from "./corrections/route";
import * as gazetteer from "./gazetteer/route";
import * as session from "./session/route";
import * as views from "./views/route";
import * as viewOrder from "./views/order/route";

/**
 * Every write endpoint refuses a request without an editor session: anonymous,
 * cross-site with a stolen-looking cookie, or on a read-only server. The store is
 * never opened for a refused request.
 */
const ORIGIN = "http://atlas.test";
type Handler = (request: Request) => Response | Promise<Response>;
const WRITES: Array<[string, string, Handler]> = [
  ["POST", "/api/articles", articles.POST],
  ["DELETE", "/api/articles?id=x", articles.DELETE],
  ["POST", "/api/corrections", corrections.POST],
  ["POST", "/api/gazetteer", gazetteer.POST],
  ["POST", "/api/views", views.POST],
  ["PUT", "/api/views", views.PUT],
  ["DELETE", "/api/views?id=x", views.DELETE],
  ["PUT", "/api/views/order", viewOrder.PUT],
  ["POST", "/api/briefings", briefings.POST],
  ["PUT", "/api/briefings", briefings.PUT],
  ["DELETE", "/api/briefings?id=x", briefings.DELETE],
];

const request = (method: string, path: string, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${path}`, {
    method,
    headers: { host: "atlas.test", "content-type": "application/json", ...headers },
    body: method === "DELETE" ? undefined : JSON.stringify({ documents: [{ name: "a.txt", text: "Five killed in Latakia." }] }),
  });

beforeEach(() => {
  vi.stubEnv("ATLAS_EDITOR_TOKEN", "a-test-secret-of-some-length");
  // A refused request must never reach the store: point it somewhere that cannot be opened.
  vi.stubEnv("ATLAS_DB", "/nonexistent/dir/that/cannot/be/created/\u0000/atlas.sqlite");
});
afterEach(() => vi.unstubAllEnvs());

describe("write endpoints", () => {
  it.each(WRITES)("%s %s refuses an anonymous request with 401", async (method, path, handler) => {
    const r = await handler(request(method, path, { origin: ORIGIN, "x-atlas-write": "1" }));
    expect(r.status).toBe(401);
    expect((await r.json()).error).toMatch(/Sign in/);
  });

  it.each(WRITES)("%s %s refuses a cross-site request even with a valid session", async (method, path, handler) => {
    const login = await session.POST(
      new Request(`${ORIGIN}/api/session`, {
        method: "POST",
        headers: { host: "atlas.test", origin: ORIGIN, "x-atlas-write": "1", "content-type": "application/json" },
        body: JSON.stringify({ editor: "alice", password: "a-test-secret-of-some-length" }),
      }),
    );
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const r = await handler(request(method, path, { cookie, origin: "http://evil.test", "x-atlas-write": "1" }));
    expect(r.status).toBe(403);
  });

  it.each(WRITES)("%s %s refuses every request on a read-only server", async (method, path, handler) => {
    vi.stubEnv("ATLAS_EDITOR_TOKEN", "");
    vi.stubEnv("ATLAS_EDITOR_PASSWORD", "");
    const r = await handler(request(method, path, { authorization: "Bearer anything", origin: ORIGIN, "x-atlas-write": "1" }));
    expect(r.status).toBe(403);
    expect(await r.json()).toMatchObject({ readOnly: true });
  });
});

describe("session", () => {
  const login = (password: string, origin = ORIGIN) =>
    session.POST(
      new Request(`${ORIGIN}/api/session`, {
        method: "POST",
        headers: { host: "atlas.test", origin, "x-atlas-write": "1", "content-type": "application/json" },
        body: JSON.stringify({ editor: "alice", password }),
      }),
    );

  it("signs in with the editor password and sets an HttpOnly SameSite=Strict cookie", async () => {
    const r = await login("a-test-secret-of-some-length");
    expect(r.status).toBe(200);
    const cookie = r.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const status = await session.GET(new Request(`${ORIGIN}/api/session`, { headers: { cookie: cookie.split(";")[0]! } })).json();
    expect(status).toEqual({ editingEnabled: true, editor: "alice" });
  });

  it("refuses a wrong password, and a sign-in from another site", async () => {
    expect((await login("wrong")).status).toBe(401);
    expect((await login("a-test-secret-of-some-length", "http://evil.test")).status).toBe(403);
  });

  it("says the atlas is read-only when no editor secret is set", async () => {
    vi.stubEnv("ATLAS_EDITOR_TOKEN", "");
    const status = await session.GET(new Request(`${ORIGIN}/api/session`)).json();
    expect(status).toMatchObject({ editingEnabled: false, editor: null });
    expect(status.message).toMatch(/read-only/);
  });
});
