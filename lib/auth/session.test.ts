import { describe, expect, it } from "vitest";
import { requireEditor, WRITE_HEADER } from "./guard";
import { readSession, SESSION_COOKIE, signSession } from "./session";

const SECRET = "correct horse battery staple";
const env = { ATLAS_EDITOR_TOKEN: SECRET };
const cookie = (editor = "alice") => `${SESSION_COOKIE}=${signSession(editor, SECRET)}`;
const req = (headers: Record<string, string>) => new Request("http://atlas.test/api/x", { method: "POST", headers: { host: "atlas.test", ...headers } });

describe("editor sessions", () => {
  it("reads back the editor of a signed session", () => {
    expect(readSession(signSession("alice", SECRET), SECRET)).toEqual({ editor: "alice" });
  });

  it("refuses an altered, foreign-key or expired session", () => {
    const v = signSession("alice", SECRET);
    const forged = `${Buffer.from(JSON.stringify({ e: "mallory", exp: 9e9 })).toString("base64url")}.${v.split(".")[1]}`;
    expect(readSession(forged, SECRET)).toBeNull();
    expect(readSession(v, "another secret")).toBeNull();
    expect(readSession(signSession("alice", SECRET, 0), SECRET)).toBeNull();
    expect(readSession("garbage", SECRET)).toBeNull();
  });
});

describe("requireEditor", () => {
  it("refuses every write when no editor secret is set, saying the atlas is read-only", async () => {
    const r = requireEditor(req({ cookie: cookie(), origin: "http://atlas.test", [WRITE_HEADER]: "1" }), {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(await r.response.json()).toMatchObject({ readOnly: true });
  });

  it("refuses an anonymous request", () => {
    const r = requireEditor(req({ origin: "http://atlas.test", [WRITE_HEADER]: "1" }), env);
    expect(r.ok || r.response.status).toBe(401);
  });

  it("accepts a session on a same-origin request with the write header", () => {
    expect(requireEditor(req({ cookie: cookie(), origin: "http://atlas.test", [WRITE_HEADER]: "1" }), env)).toEqual({ ok: true, editor: "alice" });
  });

  it("refuses a session on a cross-site request, or without the write header", () => {
    const cross = requireEditor(req({ cookie: cookie(), origin: "http://evil.test", [WRITE_HEADER]: "1" }), env);
    const bare = requireEditor(req({ cookie: cookie(), origin: "http://atlas.test" }), env);
    expect(cross.ok || cross.response.status).toBe(403);
    expect(bare.ok || bare.response.status).toBe(403);
  });

  it("accepts the token as a Bearer token, and refuses a wrong one", () => {
    expect(requireEditor(req({ authorization: `Bearer ${SECRET}`, "x-atlas-editor": "script" }), env)).toEqual({ ok: true, editor: "script" });
    const wrong = requireEditor(req({ authorization: "Bearer nope" }), env);
    expect(wrong.ok || wrong.response.status).toBe(401);
  });
});
