import { z } from "zod";
import { cookieValue, EditorNameSchema, editorSecret, readSession, SESSION_COOKIE, secretMatches } from "./session";

/** Every write from the dashboard carries this header: a plain cross-site form or image cannot set it. */
export const WRITE_HEADER = "x-atlas-write";

export type EditorCheck = { ok: true; editor: string } | { ok: false; response: Response };

const refuse = (status: number, error: string, extra: Record<string, unknown> = {}): EditorCheck => ({
  ok: false,
  response: Response.json({ error, ...extra }, { status, headers: { "cache-control": "no-store" } }),
});

export const READ_ONLY_MESSAGE =
  "This atlas is read-only: no editor password is set. Start the server with ATLAS_EDITOR_TOKEN (or ATLAS_EDITOR_PASSWORD) to allow changes.";

/**
 * Whether the request comes from a page of this site: its Origin names this
 * host (or, without Origin, the browser says same-origin) and it carries the
 * write header.
 */
export function isSameOriginWrite(request: Request): boolean {
  if (request.headers.get(WRITE_HEADER) !== "1") return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  const origin = request.headers.get("origin");
  if (origin) {
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return request.headers.get("sec-fetch-site") === "same-origin";
}

/**
 * Who may write: an editor with a session cookie on a same-origin request, or
 * a script presenting the editor token as a Bearer token (cookies play no part,
 * so no cross-site risk). Anyone else gets 401/403 with a message saying why.
 */
export function requireEditor(request: Request, env: Record<string, string | undefined> = process.env): EditorCheck {
  const secret = editorSecret(env);
  if (!secret) return refuse(403, READ_ONLY_MESSAGE, { readOnly: true });
  const auth = request.headers.get("authorization");
  if (auth !== null) {
    const token = /^Bearer (.+)$/.exec(auth)?.[1];
    if (!token || !secretMatches(token, secret)) return refuse(401, "The editor token is not valid.");
    const named = EditorNameSchema.safeParse(request.headers.get("x-atlas-editor") ?? "token");
    return named.success ? { ok: true, editor: named.data } : refuse(400, `x-atlas-editor: ${named.error.issues[0]?.message}`);
  }
  const session = readSession(cookieValue(request, SESSION_COOKIE), secret);
  if (!session) return refuse(401, "Sign in as an editor to make changes.");
  if (!isSameOriginWrite(request)) return refuse(403, "Refused: the request did not come from this site's dashboard.");
  return { ok: true, editor: session.editor };
}

/** Runs a write handler for an editor only; its known failures become JSON errors with a human message. */
export async function asEditor(request: Request, handler: (editor: string) => Promise<Response> | Response): Promise<Response> {
  const check = requireEditor(request);
  if (!check.ok) return check.response;
  return handler(check.editor);
}

/** A JSON request body checked against its schema, or a 400 saying what is wrong. */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, response: Response.json({ error: "The request body is not JSON." }, { status: 400 }) };
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : undefined;
  return { ok: false, response: Response.json({ error: `${where ? `${where}: ` : ""}${issue?.message ?? "invalid request"}`, ...(where ? { parameter: where } : {}) }, { status: 400 }) };
}
