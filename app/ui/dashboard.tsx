"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { activeArea } from "./active-area";
import { PanelHeader } from "./dashboard-fallback";
import DateRange from "./date-range";
import { useDataRevision } from "./editor/editor-api";
import EditorPanel from "./editor/editor-panel";
import IncidentEditor from "./editor/incident-editor";
import FacetFilter from "./facet-filter";
import IncidentCount from "./incident-count";
import IncidentDetail from "./incident-detail";
import IncidentList from "./incident-list";
import LayerToggles from "./layer-toggles";
import Legend from "./legend";
import MapView from "./map-view";
import RegionFilter, { type DrawMode } from "./region-filter";
import SearchBox from "./search-box";
import Timeline from "./timeline";
import UnresolvedNotice from "./unresolved-notice";
import SavedViewsPanel from "./views/saved-views-panel";
import { clusterLeavesUrl, incidentMapUrl, incidentTileUrl, useIncidentDetail, useIncidentPage, useMentions, useRegions, useSources, useSummary, useTimeline } from "./use-atlas-data";
import { LIST_LIMIT } from "./incident-list";
import { useViewState, type ViewUpdate } from "./use-view-state";
import { formatPublisher, formatToll, publisherColor } from "./format";
import ExportMenu from "./export/export-menu";
import type { Map as MapLibreMap } from "maplibre-gl";
import { isFiltered, parseViewState, serializeViewState, withCamera, withFilters, withLayer, withNear, withoutFilters, withSelected, type LayerId } from "./url-state";
import type { ApiRequestError, IncidentFeature } from "./api";
import type { LayerQuery } from "../../lib/layers/query";

const FILTER_PARAMETERS = ["from", "to", "source", "region", "admin2", "admin3", "attributed", "bbox", "polygon", "near", "km"] as const;
type FilterParameter = (typeof FILTER_PARAMETERS)[number];

function isFilterParameter(value: string | undefined): value is FilterParameter {
  return (FILTER_PARAMETERS as readonly (string | undefined)[]).includes(value);
}

function ErrorLine({ error, what, onDropFilter }: { error: ApiRequestError | undefined; what: string; onDropFilter?: (parameter: FilterParameter) => void }) {
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

/** The map's URL for the filters a list page answers (the page's URL without its own parameters). */
function mapUrlOf(pageUrl: string | undefined): string | undefined {
  if (!pageUrl) return undefined;
  const [path, search = ""] = pageUrl.split("?");
  const params = new URLSearchParams(search);
  params.delete("limit");
  params.delete("view");
  return `${path}?${params.toString()}`;
}

/** How long the panels wait for the map's first drawing when the page opens, at most (a map that cannot start). */
const FIRST_MAP_HEAD_START_MS = 2500;
/** How long, after a change of filters, the panels wait for the map to draw it, at most (a slow or failed tile). */
const MAP_HEAD_START_MS = 1000;

/**
 * `query` for the panels (the same object until it changes), or null before they may ask, and whether it is the
 * page's current one. They ask for a filter combination once the map has drawn it (`mapDrawn`), or after a few
 * moments at most.
 * The server has one thread and answers in order of arrival, so the map's tiles are answered before
 * the panels' four requests instead of behind them; and the page has one thread, so laying out the
 * list, the timeline and the facets (tens of ms each) does not hold back the map's frame.
 * When the incidents layer is hidden there is nothing to wait for.
 */
function usePanelQuery(query: LayerQuery, mapDrawn: boolean, waitForMap: boolean): { query: LayerQuery | null; current: boolean } {
  const key = JSON.stringify(query);
  const [shown, setShown] = useState<{ key: string; query: LayerQuery } | null>(null);
  const ready = mapDrawn || !waitForMap;
  useEffect(() => {
    if (shown?.key === key) return;
    const timer = setTimeout(() => setShown({ key, query }), ready ? 0 : shown === null ? FIRST_MAP_HEAD_START_MS : MAP_HEAD_START_MS);
    return () => clearTimeout(timer);
  }, [key, shown, query, ready]);
  return { query: shown?.query ?? null, current: shown?.key === key };
}

/**
 * Whether the page may ask for what only the side panels need (the corpus summary, saved views, the
 * editor's session): once the map has first drawn its incidents (`drawn`), or after a few moments at
 * most. Asked at once, those requests reach the single-threaded server ahead of the map's worker
 * script and tiles, and the map waits for them.
 */
function useMapOpened(drawn: boolean): boolean {
  // Once open, open for good: hiding the incidents layer later does not hide the panels again.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (opened) return;
    const timer = setTimeout(() => setOpened(true), drawn ? 0 : FIRST_MAP_HEAD_START_MS);
    return () => clearTimeout(timer);
  }, [drawn, opened]);
  return opened;
}

export default function Dashboard() {
  const { state, problems, update: updateUrl } = useViewState();
  const { query, layers } = state;
  const dataRevision = useDataRevision();
  const revision = useRef(dataRevision);
  revision.current = dataRevision;
  // The map's incidents follow a change from the control's own event, before React renders the page.
  const mapLead = useRef<((tiles: string, forUrl: string) => void) | null>(null);
  const update = useCallback<ViewUpdate>(
    (change, options) => {
      updateUrl(change, options);
      const next = parseViewState(window.location.search).state.query;
      mapLead.current?.(incidentTileUrl(next, revision.current), incidentMapUrl(next));
    },
    [updateUrl],
  );
  // The filters (the map's GeoJSON URL) the map last drew: the panels follow it.
  const [drawnFor, setDrawnFor] = useState<string | null>(null);

  const mapOpened = useMapOpened(drawnFor !== null || !layers.includes("incidents"));
  const summary = useSummary(mapOpened);
  // The map's tiles are requested first: the panels (and the outline, drawn from the regions' answer)
  // follow (see usePanelQuery), so a busy server does not queue the map's answer behind theirs.
  const mapUrl = incidentMapUrl(query);
  const { query: panelQuery, current: panelsCurrent } = usePanelQuery(query, drawnFor === mapUrl, layers.includes("incidents"));
  const sources = useSources(panelQuery);
  const timeline = useTimeline(panelQuery);
  const mentions = useMentions(query, layers.includes("mentions"));
  const regions = useRegions(panelQuery);

  const [bounds, setBounds] = useState<[number, number, number, number] | null>(null);
  const [cluster, setCluster] = useState<IncidentFeature[] | null>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [flyTo, setFlyTo] = useState<{ lon: number; lat: number; zoom?: number } | null>(null);
  const [drawing, setDrawing] = useState<DrawMode | null>(null);
  const [liveMap, setLiveMap] = useState<MapLibreMap | null>(null);

  const incidents = useIncidentPage(panelQuery, bounds, LIST_LIMIT);
  const page = incidents.data?.data;
  const features = page?.features;
  const listed = cluster ?? features;
  const byId = useMemo(() => new Map([...(features ?? []), ...(cluster ?? [])].map((f) => [f.properties.id, f])), [features, cluster]);
  const hovered = hoveredId ? byId.get(hoveredId) : undefined;
  // The selected incident's mark comes from its full record, so it shows even when not in the list.
  const detail = useIncidentDetail(state.selected);
  const selected = useMemo((): IncidentFeature | undefined => {
    if (!state.selected) return undefined;
    const known = byId.get(state.selected);
    if (known) return known;
    const i = detail.data?.data.incident;
    if (!i || i.id !== state.selected) return undefined;
    return {
      type: "Feature",
      geometry: { type: "Point", coordinates: [i.place.lon, i.place.lat] },
      properties: { id: i.id, name: i.place.name, precision: i.place.precision, admin1: i.place.admin1, dateStart: i.dateStart, dateEnd: i.dateEnd, datePrecision: i.datePrecision, type: i.type, fatalities: i.fatalities?.best ?? null, fatalitiesText: i.fatalities ? formatToll(i.fatalities) : null, source: i.reports[0]!.source, reportCount: i.reports.length },
    };
  }, [state.selected, byId, detail.data]);

  // Publisher colours by name order over the whole corpus's publishers, so they do not change with filters.
  const publisherRank = useMemo(() => {
    const names = (sources.data?.data.sources ?? []).flatMap((s) => (s.source ? [s.source] : [])).sort((a, b) => a.localeCompare(b));
    return new Map(names.map((n, i) => [n, i]));
  }, [sources.data]);
  const colorOf = useCallback((source: string | null) => publisherColor(source ? (publisherRank.get(source) ?? -1) : -1), [publisherRank]);

  const area = useMemo(() => activeArea(panelQuery ?? query, regions.data?.data), [panelQuery, query, regions.data]);
  const maxRegionCount = regions.data ? regions.data.data.features.reduce((top, f) => Math.max(top, f.properties.inFilter ? f.properties.count : 0), 0) : null;
  // Incidents outside every governorate: all of them minus those counted in one (none once a governorate is picked).
  const inGovernorates = regions.data ? regions.data.data.features.reduce((n, f) => n + f.properties.count, 0) : null;
  const outsideSyria = page && inGovernorates !== null && query.region.length === 0 ? Math.max(0, page.total - inGovernorates) : 0;
  const filtered = isFiltered(query);

  const setFilters = useCallback((patch: Partial<LayerQuery>) => {
    setCluster(null);
    update((s) => withFilters(s, patch));
  }, [update]);
  const select = useCallback(
    (id: string | null, fly = false) => {
      update((s) => withSelected(s, id));
      const f = id ? byId.get(id) : undefined;
      if (fly && f) setFlyTo({ lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]!, zoom: 8.5 });
    },
    [update, byId],
  );
  // Stable props for the memoised list.
  const listScope = useMemo(() => (cluster ? { kind: "cluster" as const, onClear: () => setCluster(null) } : { kind: "view" as const }), [cluster]);
  const selectFromList = useCallback((id: string) => select(id, true), [select]);
  const onCamera = useCallback(
    (camera: { lon: number; lat: number; zoom: number }, b: [number, number, number, number]) => {
      setBounds(b);
      update((s) => withCamera(s, camera), { replace: true });
    },
    [update],
  );
  const onTimeline = useCallback(
    (range: { from: string | undefined; to: string | undefined }, replace?: boolean) => update((s) => withFilters(s, range), { replace }),
    [update],
  );

  const sourceOptions = sources.data?.data.sources.map((s) => ({
    value: s.value,
    label: formatPublisher(s.source),
    count: s.incidents,
    title: `${s.incidents} incidents from ${s.articles} articles`,
    color: colorOf(s.source),
    muted: s.source === null,
  }));
  const attributedOptions = sources.data?.data.attributed.map((a) => ({ value: a.name, label: a.name, count: a.incidents }));
  // Waiting for the map to go first counts as loading: the count on screen is still the previous filters'.
  const loading = !panelsCurrent || incidents.isLoading || incidents.isValidating;
  const exportContext = useMemo(
    () => ({
      regionNames: new Map((summary.data?.data.regions ?? []).map((r) => [r.code, r.name])),
      districtNames: new Map((summary.data?.data.districts ?? []).map((d) => [d.pcode, d.name])),
      publishersInView: (sources.data?.data.sources ?? []).filter((s) => s.incidents > 0 && (query.source.length === 0 || query.source.includes(s.value))).map((s) => s.value),
      place: state.place,
    }),
    [summary.data, sources.data, query.source, state.place],
  );

  return (
    <div className={state.selected ? "atlas with-detail" : "atlas"}>
      <aside className="panel" aria-label="Filters and layers">
        <PanelHeader />
        <div className="panel-body">
          <SearchBox
            query={query}
            onPlace={(p) => setFlyTo({ lon: p.lon, lat: p.lat, zoom: p.regionCode ? 8 : p.precision === "district" ? 10 : 11 })}
            onPlaceRegion={(code) => setFilters({ region: [code] })}
            onPlaceNear={(p) => update((s) => withNear(s, { lon: p.lon, lat: p.lat, name: p.name }, s.query.km ?? 25))}
            onIncident={(hit) => {
              update((s) => withSelected(s, hit.id));
              setFlyTo({ lon: hit.lon, lat: hit.lat, zoom: 10 });
            }}
          />
          <IncidentCount
            count={page?.total}
            forUrl={mapUrlOf(incidents.data?.url)}
            outsideSyria={outsideSyria}
            loading={loading}
            visible={layers.includes("incidents")}
          />
          <ErrorLine
            error={incidents.error}
            what="incidents"
            onDropFilter={(parameter) => setFilters({ [parameter]: parameter === "source" || parameter === "region" ? [] : undefined })}
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
              onChange={(patch) => setFilters(patch)}
            />
          </form>
          <RegionFilter
            regions={regions.data?.data}
            districts={summary.data?.data.districts}
            query={query}
            place={state.place}
            drawing={drawing}
            onRegions={(region) => setFilters({ region })}
            onDistricts={(admin2) => setFilters({ admin2: admin2.length ? admin2 : undefined })}
            onDraw={setDrawing}
            onClearDrawn={() => setFilters({ bbox: undefined, polygon: undefined })}
            onNear={(near, km) => {
              setCluster(null);
              update((s) => withNear(s, near, km));
              if (near) setFlyTo({ lon: near.lon, lat: near.lat, zoom: 9 });
            }}
          />
          <FacetFilter
            legend="Publisher"
            name="source"
            selected={query.source}
            options={sourceOptions}
            onChange={(source) => setFilters({ source })}
            emptyText="No publishers under these filters."
            hint="Counts: incidents under the other filters."
          />
          <FacetFilter
            legend="Cited sources"
            name="attributed"
            selected={query.attributed ?? []}
            options={attributedOptions}
            onChange={(attributed) => setFilters({ attributed: attributed.length ? attributed : undefined })}
            emptyText="No article in view cites an organisation for its claims."
            hint="Organisations the articles cite (“according to …”)."
          />
          <ErrorLine error={sources.error} what="the source facets" />
          <LayerToggles layers={layers} onChange={(layer: LayerId, visible) => update((s) => withLayer(s, layer, visible))} />
          {filtered ? (
            <button type="button" className="secondary-button wide" onClick={() => (setCluster(null), update(withoutFilters))}>
              Reset all filters
            </button>
          ) : null}

          <UnresolvedNotice unresolved={summary.data?.data.unresolved} />
          {mapOpened ? (
            <>
              <SavedViewsPanel />
              <EditorPanel />
            </>
          ) : null}
          <ErrorLine error={summary.error} what="the corpus summary" />
          <ErrorLine error={mentions.error} what="place mentions" />
          <ErrorLine error={regions.error} what="governorates" />
          <ErrorLine error={timeline.error} what="the timeline" />
          {/* Editor tools (upload, corrections) mount here. */}
        </div>
      </aside>

      <main className="map-area">
        <div className="map-stage">
          <MapView
            incidentsUrl={mapUrl}
            incidentTiles={incidentTileUrl(query, dataRevision)}
            clusterLeavesUrl={(clusterId, limit) => clusterLeavesUrl(query, clusterId, limit)}
            mentions={mentions.data}
            regions={regions.data}
            incidentTotal={page?.total ?? null}
            area={area}
            layers={layers}
            selected={selected}
            hovered={hovered}
            camera={state.camera}
            flyTo={flyTo}
            drawing={drawing}
            onSelect={(id) => {
              setCluster(null);
              select(id);
            }}
            onCluster={(members) => {
              setCluster(members);
              update((s) => withSelected(s, null));
            }}
            onHover={setHoveredId}
            onCamera={onCamera}
            onMap={setLiveMap}
            leadRef={mapLead}
            onIncidentsDrawn={setDrawnFor}
            onDrawn={(drawn) => {
              setDrawing(null);
              if (!drawn) return;
              setFilters("bbox" in drawn ? { bbox: drawn.bbox, polygon: undefined } : { polygon: drawn.polygon, bbox: undefined });
            }}
          />
          <Legend layers={layers} maxRegionCount={maxRegionCount} areaActive={area.features.length > 0} />
          <ExportMenu map={liveMap} query={query} layers={layers} viewQuery={serializeViewState(state)} context={exportContext} count={page?.total ?? null} areaActive={area.features.length > 0} />
          {(panelQuery === null || incidents.isLoading) && !incidents.data ? (
            <p className="map-status" role="status">
              Loading incidents…
            </p>
          ) : null}
          {page && page.total === 0 && layers.includes("incidents") ? (
            <div className="map-status empty" role="status" data-testid="empty-state">
              No incidents match these filters.
              {filtered ? (
                <button type="button" className="link-button" onClick={() => update(withoutFilters)}>
                  Reset all filters
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
        <Timeline data={timeline.data?.data} loading={timeline.isLoading} from={query.from} to={query.to} onChange={onTimeline} />
      </main>

      <aside className="side" aria-label={state.selected ? "Incident details" : "Incident list"}>
        {state.selected ? (
          <IncidentDetail id={state.selected} feature={selected} colorOf={colorOf} onClose={() => select(null)}>
            <IncidentEditor incidentId={state.selected} />
          </IncidentDetail>
        ) : (
          <IncidentList
            incidents={listed}
            total={cluster ? cluster.length : page?.inView}
            scope={listScope}
            selectedId={state.selected}
            hoveredId={hoveredId}
            onHover={setHoveredId}
            onSelect={selectFromList}
          />
        )}
      </aside>
    </div>
  );
}
