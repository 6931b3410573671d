"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { LayerQuery } from "../../lib/layers/query";
import type { SearchResponse } from "../../lib/layers/features";
import { EVENT_TYPE_COLOR, EVENT_TYPE_LABEL, formatEventDate } from "./format";
import { useSearch } from "./use-atlas-data";

type Place = SearchResponse["places"][number];
type Hit = SearchResponse["incidents"][number];

export interface SearchBoxProps {
  query: LayerQuery;
  onPlace: (place: Place) => void;
  onPlaceRegion: (code: string) => void;
  onPlaceNear: (place: Place) => void;
  onIncident: (hit: Hit) => void;
}

/**
 * Type a place (in Latin or Arabic script) or a word: every gazetteer place of that name, with where it lies and its
 * incidents (fly there, filter by it, or by 25 km around it), and matching incidents (open) are offered.
 */
export default function SearchBox({ query, onPlace, onPlaceRegion, onPlaceNear, onIncident }: SearchBoxProps) {
  const [text, setText] = useState("");
  const [debounced, setDebounced] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  useEffect(() => {
    const t = window.setTimeout(() => setDebounced(text), 180);
    return () => window.clearTimeout(t);
  }, [text]);
  const result = useSearch(debounced, query);
  const data = debounced.trim().length >= 2 ? result.data?.data : undefined;
  const options: Array<{ kind: "place"; place: Place } | { kind: "incident"; hit: Hit }> = [
    ...(data?.places ?? []).map((place) => ({ kind: "place" as const, place })),
    ...(data?.incidents ?? []).map((hit) => ({ kind: "incident" as const, hit })),
  ];

  const choose = (i: number) => {
    const o = options[i];
    if (!o) return;
    if (o.kind === "place") onPlace(o.place);
    else onIncident(o.hit);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(options.length - 1, a + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(active);
    } else if (e.key === "Escape") setOpen(false);
  };

  const showList = open && debounced.trim().length >= 2;
  return (
    <div className="search" data-testid="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search places and incidents
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && options[active] ? `${listId}-${active}` : undefined}
        placeholder="Search a place or a word… (English or العربية)"
        dir="auto"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      {showList ? (
        <div className="search-results" id={listId} role="listbox" aria-label="Search results">
          {result.isLoading && !data ? <p className="hint">Searching…</p> : null}
          {result.error ? <p className="error small">Search failed: {result.error.message}</p> : null}
          {data && options.length === 0 ? <p className="hint">Nothing matches “{debounced.trim()}”.</p> : null}
          {data?.places.length ? <p className="search-group">Places</p> : null}
          {options.map((o, i) =>
            o.kind === "place" ? (
              <div key={`p-${o.place.id ?? o.place.name}-${i}`} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? "search-option active" : "search-option"} data-place-id={o.place.id ?? undefined}>
                <button type="button" className="search-main" onMouseDown={(e) => e.preventDefault()} onClick={() => choose(i)}>
                  <span className="search-name">
                    {o.place.nameAr ? (
                      <>
                        <span className="search-arabic" lang="ar" dir="rtl">
                          {o.place.nameAr}
                        </span>
                        {" · "}
                      </>
                    ) : null}
                    {o.place.name}
                  </span>
                  <span className="muted">
                    {o.place.regionCode ? "governorate" : o.place.kind}
                    {o.place.context ? ` · ${o.place.context}` : ""} · {o.place.incidents} incident{o.place.incidents === 1 ? "" : "s"}
                  </span>
                </button>
                {o.place.regionCode ? (
                  <button type="button" className="chip-button small" onMouseDown={(e) => e.preventDefault()} onClick={() => (onPlaceRegion(o.place.regionCode!), setOpen(false))}>
                    Filter
                  </button>
                ) : null}
                <button type="button" className="chip-button small" onMouseDown={(e) => e.preventDefault()} onClick={() => (onPlaceNear(o.place), setOpen(false))}>
                  ≤ 25 km
                </button>
              </div>
            ) : (
              <div key={`i-${o.hit.id}`} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? "search-option active" : "search-option"}>
                {i === (data?.places.length ?? 0) ? <p className="search-group">Incidents</p> : null}
                <button type="button" className="search-main" onMouseDown={(e) => e.preventDefault()} onClick={() => choose(i)}>
                  <span className="search-name">
                    <span className="swatch" style={{ background: EVENT_TYPE_COLOR[o.hit.type] }} aria-hidden="true" /> {o.hit.name}
                    <span className="muted"> · {formatEventDate(o.hit.dateStart, o.hit.dateEnd, o.hit.datePrecision)} · {EVENT_TYPE_LABEL[o.hit.type]}</span>
                  </span>
                  <span className="search-snippet">{o.hit.snippet}</span>
                </button>
              </div>
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}
