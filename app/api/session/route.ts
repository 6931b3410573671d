import { z } from "zod";
import { isSameOriginWrite, READ_ONLY_MESSAGE, readJsonBody } from "@/lib/auth/guard";
import { clearedSessionCookie, cookieValue, EditorNameSchema, editorSecret, readSession, SESSION_COOKIE, secretMatches, sessionCookie, signSession } from "@/lib/auth/session";
import { json } from "../write-respond";

export const dynamic = "force-dynamic";

/** Whether editing is possible on this server, and who is signed in. */
export function GET(request: Request): Response {
  const secret = editorSecret();
  const session = secret ? readSession(cookieValue(request, SESSION_COOKIE), secret) : null;
  return json({ editingEnabled: secret !== null, editor: session?.editor ?? null, ...(secret ? {} : { message: READ_ONLY_MESSAGE }) });
}

const LoginSchema = z.object({ editor: EditorNameSchema, password: z.string().min(1, "enter the editor password").max(1000) });

/** Signs an editor in with the editor password: sets an HttpOnly, SameSite=Strict session cookie. */
export async function POST(request: Request): Promise<Response> {
  const secret = editorSecret();
  if (!secret) return json({ error: READ_ONLY_MESSAGE, readOnly: true }, 403);
  if (!isSameOriginWrite(request)) return json({ error: "Refused: the request did not come from this site's dashboard." }, 403);
  const body = await readJsonBody(request, LoginSchema);
  if (!body.ok) return body.response;
  if (!secretMatches(body.data.password, secret)) {
    // Slows down guessing.
    await new Promise((r) => setTimeout(r, 400));
    return json({ error: "That is not the editor password." }, 401);
  }
  const response = json({ editingEnabled: true, editor: body.data.editor });
  response.headers.append("set-cookie", sessionCookie(request, signSession(body.data.editor, secret)));
  return response;
}

/** Signs out. */
export function DELETE(request: Request): Response {
  if (!isSameOriginWrite(request)) return json({ error: "Refused: the request did not come from this site's dashboard." }, 403);
  const response = json({ editor: null });
  response.headers.append("set-cookie", clearedSessionCookie(request));
  return response;
}
