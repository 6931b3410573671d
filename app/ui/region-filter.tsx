"use client";

import { useState, type FormEvent } from "react";
import type { LayerQuery } from "../../lib/layers/query";
import type { SummaryResponse } from "../../lib/layers/features";
import { fetchChecked, SearchResponseSchema, type RegionCollection } from "./api";
import { apiUrl } from "./url-state";

export type DrawMode = "rectangle" | "polygon";

export interface RegionFilterProps {
  regions: RegionCollection | undefined;
  /** Syria's districts (from /api/summary), for the district choice. */
  districts: SummaryResponse["districts"] | undefined;
  query: LayerQuery;
  /** What the `near` point is called. */
  place: string | null;
  drawing: DrawMode | null;
  onRegions: (codes: string[]) => void;
  /** The districts picked (OCHA admin2 P-codes; [] for all). */
  onDistricts: (pcodes: string[]) => void;
  onDraw: (mode: DrawMode | null) => void;
  onClearDrawn: () => void;
  onNear: (near: { lon: number; lat: number; name: string } | null, km: number) => void;
}

/**
 * Districts (OCHA admin2) to pick from, grouped by governorate: those of the governorates picked, or all of them.
 * A district already picked stays listed under its chip, not in the choice.
 */
function DistrictChoice({ districts, governorates, query, onDistricts }: { districts: SummaryResponse["districts"] | undefined; governorates: RegionCollection["features"]; query: LayerQuery; onDistricts: (pcodes: string[]) => void }) {
  const picked = query.admin2 ?? [];
  const byCode = new Map((districts ?? []).map((d) => [d.pcode, d]));
  const regionName = new Map(governorates.map((g) => [g.properties.code, g.properties.name]));
  const inRegions = query.region.length ? new Set(query.region) : null;
  const groups = new Map<string, SummaryResponse["districts"]>();
  for (const d of districts ?? []) {
    if (picked.includes(d.pcode) || (inRegions && (d.region === null || !inRegions.has(d.region)))) continue;
    const group = (d.region && regionName.get(d.region)) ?? d.admin1Pcode;
    groups.set(group, [...(groups.get(group) ?? []), d]);
  }
  const ordered = [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0], "en"));
  return (
    <details className="subcontrol" data-testid="district-filter" open={picked.length > 0 || undefined}>
      <summary>
        Districts <span className="muted">{picked.length ? `${picked.length} picked` : "all"}</span>
      </summary>
      <label className="district-pick">
        <span className="visually-hidden">Add a district</span>
        <select
          name="admin2"
          value=""
          disabled={!districts?.length}
          onChange={(e) => {
            const code = e.currentTarget.value;
            if (code && !picked.includes(code)) onDistricts([...picked, code]);
          }}
        >
          <option value="">{districts ? (districts.length ? (inRegions ? "Add a district of the governorates picked…" : "Add a district…") : "No district list loaded") : "Loading districts…"}</option>
          {ordered.map(([group, members]) => (
            <optgroup key={group} label={group}>
              {members.map((d) => (
                <option key={d.pcode} value={d.pcode}>
                  {d.name} ({d.incidents})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {picked.length ? (
        <ul className="district-chips" aria-label="Districts picked">
          {picked.map((code) => {
            const d = byCode.get(code);
            return (
              <li key={code}>
                <span title={code}>{d ? `${d.name} district` : code}</span>
                <button type="button" className="icon-button" aria-label={`Remove ${d?.name ?? code} district`} onClick={() => onDistricts(picked.filter((c) => c !== code))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {picked.length > 1 ? (
        <button type="button" className="link-button" onClick={() => onDistricts([])}>
          All districts
        </button>
      ) : null}
    </details>
  );
}

/** Where: governorates (several allowed), districts, a box or polygon drawn on the map, or "within N km of" a place. */
export default function RegionFilter({ regions, districts, query, place, drawing, onRegions, onDistricts, onDraw, onClearDrawn, onNear }: RegionFilterProps) {
  const [placeText, setPlaceText] = useState(place ?? "");
  const [km, setKm] = useState(String(query.km ?? 25));
  const [nearError, setNearError] = useState<string | null>(null);
  const selected = new Set(query.region);
  const governorates = [...(regions?.features ?? [])].sort((a, b) => a.properties.name.localeCompare(b.properties.name, "en"));

  const toggle = (code: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(code);
    else next.delete(code);
    onRegions(governorates.map((g) => g.properties.code).filter((c) => next.has(c)));
  };

  const applyNear = async (e: FormEvent) => {
    e.preventDefault();
    setNearError(null);
    const radius = Number(km);
    if (!Number.isFinite(radius) || radius <= 0 || radius > 1000) {
      setNearError("Give a distance between 1 and 1,000 km.");
      return;
    }
    if (placeText.trim().length < 2) {
      setNearError("Type a place name (two letters at least).");
      return;
    }
    try {
      const found = await fetchChecked(apiUrl("/api/search", { source: [], region: [] }, { extra: { q: placeText.trim() } }), SearchResponseSchema);
      const best = found.data.places[0];
      if (!best) {
        setNearError(`No place called “${placeText.trim()}” is known to the atlas.`);
        return;
      }
      setPlaceText(best.name);
      onNear({ lon: best.lon, lat: best.lat, name: best.name }, radius);
    } catch (error) {
      setNearError(error instanceof Error ? error.message : String(error));
    }
  };

  const drawn = query.bbox ? "a drawn rectangle" : query.polygon ? `a drawn polygon (${query.polygon.length} corners)` : null;

  return (
    <fieldset className="control" data-testid="region-filter">
      <legend>Where</legend>

      <details className="subcontrol" open={selected.size > 0 || undefined}>
        <summary>
          Governorates <span className="muted">{selected.size ? `${selected.size} picked` : "all"}</span>
        </summary>
        <ul className="check-list governorates" aria-label="Governorates">
          {governorates.map((g) => {
            const p = g.properties;
            return (
              <li key={p.code}>
                <label className="check">
                  <input type="checkbox" name="region" value={p.code} checked={selected.has(p.code)} onChange={(e) => toggle(p.code, e.currentTarget.checked)} />
                  <span className="source-name">
                    {p.name}
                    {p.nameAr ? (
                      <span className="arabic" lang="ar" dir="rtl">
                        {p.nameAr}
                      </span>
                    ) : null}
                  </span>
                  <span className={p.count === 0 ? "count zero" : "count"}>{p.count}</span>
                </label>
              </li>
            );
          })}
        </ul>
        {selected.size ? (
          <button type="button" className="link-button" onClick={() => onRegions([])}>
            All governorates
          </button>
        ) : null}
      </details>

      <DistrictChoice districts={districts} governorates={governorates} query={query} onDistricts={onDistricts} />

      <div className="draw-row" role="group" aria-label="Draw an area on the map">
        <button type="button" className="chip-button" aria-pressed={drawing === "rectangle"} onClick={() => onDraw(drawing === "rectangle" ? null : "rectangle")}>
          ▭ Rectangle
        </button>
        <button type="button" className="chip-button" aria-pressed={drawing === "polygon"} onClick={() => onDraw(drawing === "polygon" ? null : "polygon")}>
          ⬠ Polygon
        </button>
        {drawn ? (
          <button type="button" className="link-button" onClick={onClearDrawn}>
            Clear {drawn}
          </button>
        ) : null}
      </div>
      {drawing ? (
        <p className="hint" role="status">
          {drawing === "rectangle" ? "Click two opposite corners on the map." : "Click the corners on the map; click the first corner again to finish."} Esc cancels.
        </p>
      ) : null}

      <form className="near-row" onSubmit={applyNear} aria-label="Within a distance of a place">
        <label>
          <span>Within km</span>
          <input type="number" name="km" min={1} max={1000} step={1} value={km} onChange={(e) => setKm(e.currentTarget.value)} />
        </label>
        <label className="grow">
          <span>of place</span>
          <input type="text" name="near-place" value={placeText} placeholder="e.g. Latakia" onChange={(e) => setPlaceText(e.currentTarget.value)} />
        </label>
        <button type="submit" className="secondary-button">
          Apply
        </button>
      </form>
      {nearError ? (
        <p className="error small" role="alert">
          {nearError}
        </p>
      ) : null}
      {query.near ? (
        <p className="active-filter">
          Within {query.km ?? 25} km of {place ?? `${query.near[1].toFixed(3)}, ${query.near[0].toFixed(3)}`}{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setPlaceText("");
              onNear(null, Number(km) || 25);
            }}
          >
            Remove
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
