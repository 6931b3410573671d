"use client";

import useSWR, { type SWRConfiguration } from "swr";
import type { LayerQuery } from "../../lib/layers/query";
import {
  IncidentCollectionSchema,
  MentionCollectionSchema,
  RegionCollectionSchema,
  SourcesResponseSchema,
  SummaryResponseSchema,
  fetchChecked,
  type ApiRequestError,
  type Fetched,
} from "./api";
import { apiUrl } from "./url-state";
import type { z } from "zod";

// The corpus changes only when articles are re-ingested: no refetch on focus, keep
// the previous answer on screen while the next filter combination loads.
const options: SWRConfiguration = {
  revalidateOnFocus: false,
  keepPreviousData: true,
  shouldRetryOnError: false,
};

function useChecked<T>(url: string | null, schema: z.ZodType<T>) {
  return useSWR<Fetched<T>, ApiRequestError>(url, (u: string) => fetchChecked(u, schema), options);
}

export function useIncidents(query: LayerQuery) {
  return useChecked(apiUrl("/api/layers/incidents", query), IncidentCollectionSchema);
}

export function useMentions(query: LayerQuery, enabled: boolean) {
  return useChecked(enabled ? apiUrl("/api/layers/mentions", query) : null, MentionCollectionSchema);
}

export function useRegions(query: LayerQuery, enabled: boolean) {
  return useChecked(enabled ? apiUrl("/api/layers/regions", query) : null, RegionCollectionSchema);
}

/** Publishers with counts under the current filters, except the publisher filter itself. */
export function useSources(query: LayerQuery) {
  return useChecked(apiUrl("/api/sources", query, { omitSource: true }), SourcesResponseSchema);
}

export function useSummary() {
  return useChecked("/api/summary", SummaryResponseSchema);
}
