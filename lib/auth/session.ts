import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const SESSION_COOKIE = "atlas_editor";
export const SESSION_SECONDS = 12 * 60 * 60;

/** How an editor signs their corrections: a short name, plain text. */
export const EditorNameSchema = z
  .string()
  .trim()
  .min(1, "give your name: it is recorded with every change you make")
  .max(60)
  .regex(/^[^\u0000-\u001f<>]+$/, "the name has characters that are not allowed");

/** The editor password or token the server was started with; none means the atlas is read-only. */
export function editorSecret(env: Record<string, string | undefined> = process.env): string | null {
  const secret = env.ATLAS_EDITOR_TOKEN || env.ATLAS_EDITOR_PASSWORD || "";
  return secret.length > 0 ? secret : null;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Compares in constant time, whatever the lengths. */
export function secretMatches(given: string, secret: string): boolean {
  return timingSafeEqual(digest(given), digest(secret));
}

const signingKey = (secret: string) => createHash("sha256").update(`incident-atlas session v1\u0000${secret}`).digest();
const sign = (payload: string, secret: string) => createHmac("sha256", signingKey(secret)).update(payload).digest("base64url");

const PayloadSchema = z.object({ e: EditorNameSchema, exp: z.number() });

/** A session cookie value: the editor's name and expiry, signed with a key derived from the editor secret. */
export function signSession(editor: string, secret: string, nowMs = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ e: editor, exp: Math.floor(nowMs / 1000) + SESSION_SECONDS })).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

/** The editor a cookie value vouches for, or null when it is forged, altered or expired. */
export function readSession(value: string | null | undefined, secret: string, nowMs = Date.now()): { editor: string } | null {
  if (!value) return null;
  const [payload, mac, extra] = value.split(".");
  if (!payload || !mac || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = PayloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.exp * 1000 < nowMs) return null;
    return { editor: parsed.data.e };
  } catch {
    return null;
  }
}

export function cookieValue(request: Request, name: string): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

function secure(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/** Set-Cookie for a new session: HttpOnly (no script reads it), SameSite=Strict (no other site sends it). */
export function sessionCookie(request: Request, value: string): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}${secure(request) ? "; Secure" : ""}`;
}

export function clearedSessionCookie(request: Request): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure(request) ? "; Secure" : ""}`;
}
