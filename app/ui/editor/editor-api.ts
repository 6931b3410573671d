/** The dashboard's side of the editor API: session state, writes with the same-origin write header, refreshing the map after a write. */
import useSWR, { useSWRConfig } from "swr";
import { z } from "zod";
import { CorrectionSchema } from "../../../lib/store/corrections";
import { IngestResultSchema } from "../../../lib/store/results";

export const SessionSchema = z.object({ editingEnabled: z.boolean(), editor: z.string().nullable(), message: z.string().optional() });
export type Session = z.infer<typeof SessionSchema>;

/** GET a JSON answer, checked against its schema; an error answer throws with the server's message. */
export async function getJson<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const r = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  const body: unknown = await r.json().catch(() => null);
  if (!r.ok) throw new Error((body as { error?: string } | null)?.error ?? `HTTP ${r.status}`);
  return schema.parse(body);
}

export function useSession() {
  return useSWR<Session, Error>("/api/session", (u: string) => getJson(u, SessionSchema));
}

export const CorrectionsSchema = z.object({ corrections: z.array(CorrectionSchema) });
export function useCorrections(incidentId: string) {
  return useSWR(`/api/corrections?incident=${encodeURIComponent(incidentId)}`, (u: string) => getJson(u, CorrectionsSchema));
}

export const UnresolvedSchema = z.object({ unresolved: z.array(z.object({ name: z.string(), key: z.string(), count: z.number() })) });
export function useUnresolvedNames(enabled: boolean) {
  return useSWR(enabled ? "/api/gazetteer" : null, (u: string) => getJson(u, UnresolvedSchema));
}

export const IngestAnswerSchema = z.object({ results: z.array(IngestResultSchema) });

export type WriteAnswer = { ok: true; body: unknown } | { ok: false; error: string };

/** A write from the dashboard: same-origin, with the write header the server requires. */
export async function write(url: string, method: string, body?: BodyInit | object): Promise<WriteAnswer> {
  const isForm = typeof FormData !== "undefined" && body instanceof FormData;
  const r = await fetch(url, {
    method,
    credentials: "same-origin",
    headers: { "x-atlas-write": "1", accept: "application/json", ...(body !== undefined && !isForm ? { "content-type": "application/json" } : {}) },
    body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
  }).catch((e: unknown) => e as Error);
  if (r instanceof Error) return { ok: false, error: `The server could not be reached (${r.message}).` };
  const parsed: unknown = await r.json().catch(() => null);
  if (!r.ok) return { ok: false, error: (parsed as { error?: string } | null)?.error ?? `The server answered HTTP ${r.status}.` };
  return { ok: true, body: parsed };
}

/**
 * A counter in SWR's cache, raised by every write: the map's incidents are
 * loaded by MapLibre's worker from a URL that a write does not change, so the
 * map reloads them when this changes.
 */
const DATA_REVISION_KEY = "atlas:data-revision";

/** How many writes this page has made; 0 before the first. */
export function useDataRevision(): number {
  return useSWR<number>(DATA_REVISION_KEY, null).data ?? 0;
}

/** After a write every layer, list and count is fetched again (and the map's incidents reloaded), so the change shows at once. */
export function useRefreshAtlas(): () => Promise<unknown> {
  const { mutate } = useSWRConfig();
  return () =>
    Promise.all([
      mutate(DATA_REVISION_KEY, (n: number | undefined) => (n ?? 0) + 1, { revalidate: false }),
      mutate((key) => typeof key === "string" && key.startsWith("/api/")),
    ]);
}

export const DocumentsSchema = z.object({
  documents: z.array(z.object({ id: z.string(), name: z.string(), format: z.string(), addedBy: z.string(), addedAt: z.string(), articles: z.number() })),
  maxDocumentBytes: z.number(),
});
export function useDocuments(enabled: boolean) {
  return useSWR(enabled ? "/api/articles" : null, (u: string) => getJson(u, DocumentsSchema));
}
