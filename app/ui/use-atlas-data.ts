"use client";

import useSWR, { type SWRConfiguration } from "swr";
import type { LayerQuery } from "../../lib/layers/query";
import {
  IncidentDetailSchema,
  IncidentPageSchema,
  MentionCollectionSchema,
  RegionCollectionSchema,
  SearchResponseSchema,
  SourcesResponseSchema,
  SummaryResponseSchema,
  TimelineResponseSchema,
  fetchChecked,
  type ApiRequestError,
  type Fetched,
} from "./api";
import { apiUrl } from "./url-state";
import { CLUSTER_LEAVES_PATH, INCIDENT_TILE_PATH } from "../../lib/layers/incident-tile-spec";
import type { z } from "zod";

// The corpus changes only when articles are re-ingested: no refetch on focus, keep
// the previous answer on screen while the next filter combination loads.
const options: SWRConfiguration = {
  revalidateOnFocus: false,
  keepPreviousData: true,
  shouldRetryOnError: false,
};

function useChecked<T>(url: string | null, schema: z.ZodType<T>, keep = true) {
  return useSWR<Fetched<T>, ApiRequestError>(url, (u: string) => fetchChecked(u, schema), keep ? options : { ...options, keepPreviousData: false });
}

/** Where the map's own incidents come from: MapLibre's worker loads this URL itself, so the page never holds them all. */
export function incidentMapUrl(query: LayerQuery): string {
  return apiUrl("/api/layers/incidents", query, { extra: { compact: "1" } });
}

/**
 * The map's incident tiles for these filters: a URL template ({z}/{x}/{y}) MapLibre's worker fills in
 * for the tiles in view. `revision` (raised after every edit) makes a new URL, so the tiles load again.
 */
export function incidentTileUrl(query: LayerQuery, revision: number): string {
  return apiUrl(INCIDENT_TILE_PATH, query, { extra: { rev: String(revision) } });
}

/** The incidents inside cluster `clusterId` of the tiles for these filters. */
export function clusterLeavesUrl(query: LayerQuery, clusterId: number, limit: number): string {
  return apiUrl(CLUSTER_LEAVES_PATH, query, { extra: { cluster: String(clusterId), limit: String(limit) } });
}

/** The list beside the map: the latest `limit` incidents in the view, and the counts. */
export function useIncidentPage(query: LayerQuery | null, view: [number, number, number, number] | null, limit: number) {
  const extra: Record<string, string> = { compact: "1", limit: String(limit) };
  if (view) extra.view = view.map((n) => n.toFixed(4)).join(",");
  return useChecked(query && apiUrl("/api/layers/incidents", query, { extra }), IncidentPageSchema);
}

export function useMentions(query: LayerQuery, enabled: boolean) {
  return useChecked(enabled ? apiUrl("/api/layers/mentions", query) : null, MentionCollectionSchema);
}

/** Always loaded (14 polygons): the choropleth, the governorate picker's counts and the active region's outline. */
export function useRegions(query: LayerQuery | null) {
  return useChecked(query && apiUrl("/api/layers/regions", query), RegionCollectionSchema);
}

/** Both source facets, each counted under the other filters. */
export function useSources(query: LayerQuery | null) {
  return useChecked(query && apiUrl("/api/sources", query), SourcesResponseSchema);
}

/** The histogram's data: every filter but the dates. */
export function useTimeline(query: LayerQuery | null) {
  return useChecked(query && apiUrl("/api/timeline", query, { omit: ["from", "to"] }), TimelineResponseSchema);
}

/** The corpus in figures (date extent, unplaced names…); `enabled` false holds the request back. */
export function useSummary(enabled = true) {
  return useChecked(enabled ? "/api/summary" : null, SummaryResponseSchema);
}

export function useIncidentDetail(id: string | null) {
  return useChecked(id ? `/api/incidents/${encodeURIComponent(id)}` : null, IncidentDetailSchema, false);
}

export function useSearch(text: string, query: LayerQuery) {
  const q = text.trim();
  return useChecked(q.length >= 2 ? apiUrl("/api/search", query, { extra: { q } }) : null, SearchResponseSchema);
}
