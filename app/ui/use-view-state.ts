"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseViewState, serializeViewState, type ParsedViewState, type ViewState } from "./url-state";

export type ViewUpdate = (change: (current: ViewState) => ViewState, options?: { replace?: boolean }) => void;

/**
 * The view lives in the URL and only there. Changes push a history entry
 * (Next.js feeds pushState into useSearchParams), so back/forward step
 * through earlier views and a copied link reopens the current one. Map moves
 * and play steps replace the entry instead, so back goes to the last real change.
 */
export function useViewState(): ParsedViewState & { update: ViewUpdate } {
  const searchParams = useSearchParams();
  const search = searchParams.toString();
  const parsed = useMemo(() => parseViewState(search), [search]);

  // Changes apply to the URL as it is now, never to a render's possibly stale copy.
  const update = useCallback<ViewUpdate>((change, options = {}) => {
    const next = change(parseViewState(window.location.search).state);
    const query = serializeViewState(next);
    const target = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (target === `${window.location.pathname}${window.location.search}`) return;
    if (options.replace) window.history.replaceState(null, "", target);
    else window.history.pushState(null, "", target);
  }, []);

  return { ...parsed, update };
}
