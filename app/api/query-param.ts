import type { z } from "zod";
import { json } from "./write-respond";

export type ParamResult<T> = { ok: true; value: T | undefined } | { ok: false; response: Response };

/** One optional query parameter checked against its schema: its value, undefined when absent, or a 400 answer saying why. */
export function queryParam<T>(request: Request, name: string, schema: z.ZodType<T>): ParamResult<T> {
  const raw = new URL(request.url).searchParams.get(name);
  if (raw === null) return { ok: true, value: undefined };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, response: json({ error: `${name}: ${parsed.error.issues[0]?.message ?? "not valid"}`, parameter: name }, 400) };
}
