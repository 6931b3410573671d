"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseViewState, serializeViewState, type ParsedViewState, type ViewState } from "./url-state";

/**
 * The view lives in the URL and only there. Changes push a history entry
 * (Next.js feeds pushState into useSearchParams), so back/forward step
 * through earlier views and a copied link reopens the current one.
 */
export function useViewState(): ParsedViewState & { setView: (next: ViewState) => void } {
  const searchParams = useSearchParams();
  const search = searchParams.toString();
  const parsed = useMemo(() => parseViewState(search), [search]);

  const setView = useCallback((next: ViewState) => {
    const query = serializeViewState(next);
    const target = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (target === `${window.location.pathname}${window.location.search}`) return;
    window.history.pushState(null, "", target);
  }, []);

  return { ...parsed, setView };
}
