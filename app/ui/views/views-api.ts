/** The dashboard's side of the saved-views API (links to views: ./links.ts): lists checked against the shared schemas, and the writes. */
import useSWR from "swr";
import { z } from "zod";
import { BriefingSchema, SavedViewSchema } from "../../../lib/store/views";
import { getJson, write, type WriteAnswer } from "../editor/editor-api";

export const BriefingsAnswerSchema = z.object({ briefings: z.array(BriefingSchema) });
export const ViewsAnswerSchema = z.object({ views: z.array(SavedViewSchema) });
export const BriefingAnswerSchema = z.object({ briefing: BriefingSchema, views: z.array(SavedViewSchema) });

export function useBriefings() {
  return useSWR("/api/briefings", (u: string) => getJson(u, BriefingsAnswerSchema), { revalidateOnFocus: false });
}

export function useBriefingViews(briefingId: string) {
  return useSWR(`/api/views?briefing=${encodeURIComponent(briefingId)}`, (u: string) => getJson(u, ViewsAnswerSchema), { revalidateOnFocus: false, keepPreviousData: true });
}

export const viewsApi = {
  create: (body: { title: string; note: string; state: string; briefingId: string }) => write("/api/views", "POST", body),
  update: (body: { id: string; title?: string; note?: string; briefingId?: string }) => write("/api/views", "PUT", body),
  remove: (id: string) => write(`/api/views?id=${encodeURIComponent(id)}`, "DELETE"),
  order: (briefingId: string, ids: string[]) => write("/api/views/order", "PUT", { briefingId, ids }),
  createBriefing: (title: string) => write("/api/briefings", "POST", { title }),
  renameBriefing: (id: string, title: string) => write("/api/briefings", "PUT", { id, title }),
  removeBriefing: (id: string) => write(`/api/briefings?id=${encodeURIComponent(id)}`, "DELETE"),
} satisfies Record<string, (...args: never[]) => Promise<WriteAnswer>>;
