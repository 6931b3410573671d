"use client";

import { useCallback, useMemo, useState } from "react";
import { PanelHeader } from "./dashboard-fallback";
import DateRange from "./date-range";
import EditorPanel from "./editor/editor-panel"; // store: editing (issue 7)
import IncidentCount from "./incident-count";
import IncidentDetail from "./incident-detail";
import IncidentList from "./incident-list";
import LayerToggles from "./layer-toggles";
import Legend from "./legend";
import MapView from "./map-view";
import RegionSelect from "./region-select";
import SourceFilter from "./source-filter";
import UnresolvedNotice from "./unresolved-notice";
import { useIncidents, useMentions, useRegions, useSources, useSummary } from "./use-atlas-data";
import { useViewState } from "./use-view-state";
import { DEFAULT_VIEW, withFilters, withLayer } from "./url-state";
import type { ApiRequestError } from "./api";

interface Selection {
  ids: string[];
  index: number;
}

const FILTER_PARAMETERS = ["from", "to", "source", "region"] as const;
type FilterParameter = (typeof FILTER_PARAMETERS)[number];

function isFilterParameter(value: string | undefined): value is FilterParameter {
  return (FILTER_PARAMETERS as readonly (string | undefined)[]).includes(value);
}

function ErrorLine({
  error,
  what,
  onDropFilter,
}: {
  error: ApiRequestError | undefined;
  what: string;
  onDropFilter?: (parameter: FilterParameter) => void;
}) {
  if (!error) return null;
  const parameter = error.parameter;
  return (
    <div className="error" role="alert">
      Could not load {what}: {error.message}
      {parameter ? ` (parameter “${parameter}”)` : ""}
      {onDropFilter && isFilterParameter(parameter) ? (
        <button type="button" className="link-button block" onClick={() => onDropFilter(parameter)}>
          Remove the “{parameter}” filter
        </button>
      ) : null}
    </div>
  );
}

export default function Dashboard() {
  const { state, problems, setView } = useViewState();
  const { query, layers } = state;

  const summary = useSummary();
  const sources = useSources(query);
  const incidents = useIncidents(query);
  const mentions = useMentions(query, layers.includes("mentions"));
  const regions = useRegions(query, layers.includes("regions"));

  const [selection, setSelection] = useState<Selection | null>(null);

  const features = incidents.data?.data.features;
  const byId = useMemo(() => new Map((features ?? []).map((f) => [f.properties.id, f])), [features]);

  // Only incidents still on the map can stay selected.
  const liveIds = selection?.ids.filter((id) => byId.has(id)) ?? [];
  const index = Math.min(selection?.index ?? 0, Math.max(0, liveIds.length - 1));
  const selectedId = liveIds[index] ?? null;
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const selectedAt = selected ? (selected.geometry.coordinates.slice(0, 2) as [number, number]) : null;

  const onMapSelect = useCallback((ids: string[]) => setSelection({ ids, index: 0 }), []);
  const maxRegionCount = regions.data
    ? regions.data.data.features.reduce((top, f) => Math.max(top, f.properties.count), 0)
    : null;
  const filtered = query.from || query.to || query.source.length > 0 || query.region.length > 0;

  return (
    <div className="atlas">
      <aside className="panel" aria-label="Filters and layers">
        <PanelHeader />

        <IncidentCount
          count={features?.length}
          forUrl={incidents.data?.url}
          outsideSyria={(features ?? []).filter((f) => !f.properties.admin1?.startsWith("SY-")).length}
          loading={incidents.isValidating || incidents.isLoading}
          visible={layers.includes("incidents")}
        />
        <ErrorLine
          error={incidents.error}
          what="incidents"
          onDropFilter={(parameter) =>
            setView(withFilters(state, parameter === "source" || parameter === "region" ? { [parameter]: [] } : { [parameter]: undefined }))
          }
        />
        {problems.length > 0 ? (
          <div className="warning" role="alert">
            Part of this link could not be used:
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}

        <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
          <DateRange
            from={query.from}
            to={query.to}
            min={summary.data?.data.dateMin ?? null}
            max={summary.data?.data.dateMax ?? null}
            undated={summary.data?.data.undatedIncidents ?? null}
            onChange={(patch) => setView(withFilters(state, patch))}
          />
          <RegionSelect
            value={query.region}
            regions={summary.data?.data.regions ?? []}
            onChange={(region) => setView(withFilters(state, { region }))}
          />
          <SourceFilter
            selected={query.source}
            sources={sources.data?.data.sources}
            onChange={(source) => setView(withFilters(state, { source }))}
          />
          <ErrorLine error={sources.error} what="publishers" />
          <LayerToggles layers={layers} onChange={(layer, visible) => setView(withLayer(state, layer, visible))} />
          {filtered ? (
            <button type="button" className="secondary-button" onClick={() => setView({ ...DEFAULT_VIEW, layers })}>
              Reset filters
            </button>
          ) : null}
        </form>

        <UnresolvedNotice unresolved={summary.data?.data.unresolved} />
        <EditorPanel /> {/* store: sign-in, read-only notice, add articles (issue 7) */}
        <ErrorLine error={summary.error} what="the corpus summary" />
        <ErrorLine error={mentions.error} what="place mentions" />
        <ErrorLine error={regions.error} what="governorates" />

        <IncidentList
          incidents={features}
          selectedId={selectedId}
          onSelect={(id) => setSelection({ ids: [id], index: 0 })}
        />
      </aside>

      <main className={selected ? "map-area has-detail" : "map-area"}>
        <MapView
          incidents={incidents.data}
          mentions={mentions.data}
          regions={regions.data}
          layers={layers}
          selectedId={selectedId}
          selectedAt={selectedAt}
          onSelect={onMapSelect}
        />
        <Legend layers={layers} maxRegionCount={maxRegionCount} />
        {selected ? (
          <IncidentDetail
            incident={selected}
            index={index}
            total={liveIds.length}
            onStep={(delta) => setSelection({ ids: liveIds, index: Math.max(0, Math.min(liveIds.length - 1, index + delta)) })}
            onClose={() => setSelection(null)}
          />
        ) : null}
      </main>
    </div>
  );
}
