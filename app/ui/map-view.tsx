"use client";

import { useEffect, useRef, useState } from "react";
import type { GeoJSONSource, VectorTileSource, LayerSpecification, Map as MapLibreMap, MapGeoJSONFeature, MapSourceDataEvent, Popup } from "maplibre-gl";
import type { TerraDraw } from "terra-draw";
import { BASEMAP_BOUNDS, FIRST_LABEL_LAYER_ID, FONT, basemapStyle } from "../map/basemap-style";
import { IncidentMapCollectionSchema, type Fetched, type IncidentFeature, type MentionCollection, type RegionCollection } from "./api";
import {
  AREA_COLOR,
  CLICKABLE_INCIDENT_LAYERS,
  HEAT_LAYER_ID,
  INCIDENT_LAYER_IDS,
  LAYERS_BY_TOGGLE,
  REGION_LAYER_IDS,
  SOURCE_IDS,
  absoluteTileUrl,
  tileRequestUrl,
  areaLayers,
  choroplethColor,
  emptyCollection,
  focusCollection,
  heatWeightExpression,
  incidentSourceSpec,
  pointLayers,
  regionLayers,
  sourceSpec,
} from "./map-layers";
import { LAYER_IDS, type Camera, type LayerId } from "./url-state";
import { formatCount } from "./format";
import { loadMapLibre } from "./maplibre";
import { holdRepaints } from "./repaint-hold";
import { z } from "zod";
import type { DrawMode } from "./region-filter";

declare global {
  interface Window {
    /** The live map, for end-to-end tests and for poking at in the console. */
    __atlasMap?: MapLibreMap;
  }
}

/** Syria, west-south-east-north. */
export const SYRIA_BOUNDS: [number, number, number, number] = [35.5, 32.2, 42.5, 37.4];
const MAX_ZOOM = 14;

export interface MapViewProps {
  /** The incidents' compact GeoJSON URL for the filters: the heat map's data, and what `data-incidents-for` names once drawn. */
  incidentsUrl: string;
  /** The incidents' vector tiles for the same filters (a {z}/{x}/{y} template, clustered on the server). */
  incidentTiles: string;
  /** Where to list the incidents of a cluster of those tiles. */
  clusterLeavesUrl: (clusterId: number, limit: number) => string;
  mentions: Fetched<MentionCollection> | undefined;
  regions: Fetched<RegionCollection> | undefined;
  /** How many incidents match the filters, once known: the heat map's ramp is scaled to it. */
  incidentTotal?: number | null;
  /** Outline of the active region filter. */
  area: GeoJSON.FeatureCollection;
  layers: readonly LayerId[];
  selected: IncidentFeature | undefined;
  hovered: IncidentFeature | undefined;
  /** The view from the URL: applied at start and when it changes from outside (back/forward). */
  camera: Camera | null;
  /** A place to bring into view; a new object each time. */
  flyTo: { lon: number; lat: number; zoom?: number } | null;
  drawing: DrawMode | null;
  onSelect: (id: string) => void;
  onCluster: (features: IncidentFeature[]) => void;
  onHover: (id: string | null) => void;
  onCamera: (camera: Camera, bounds: [number, number, number, number]) => void;
  onDrawn: (area: { bbox: [number, number, number, number] } | { polygon: [number, number][] } | null) => void;
  /** How a new `camera` is reached: at once (default), or flown to (presentation mode; a null camera flies back to Syria). */
  cameraTransition?: "jump" | "fly";
  /** The live map once loaded (null when it goes), for tools that read its style and view (the PNG export). */
  onMap?: (map: MapLibreMap | null) => void;
  /**
   * Filled in once the map is ready: points the incidents at new tiles at once, so a page can send
   * the map's request from the filter control's event, before React renders the panels.
   */
  leadRef?: { current: ((tiles: string, forUrl: string) => void) | null };
  /** Called when the map has drawn the incidents of `forUrl` (after a change of filters). */
  onIncidentsDrawn?: (forUrl: string) => void;
}

function firstId(features: MapGeoJSONFeature[] | undefined): string | null {
  const id = features?.[0]?.properties?.id;
  return typeof id === "string" ? id : null;
}

const near = (a: number, b: number, eps: number) => Math.abs(a - b) < eps;

const absolute = (url: string) => absoluteTileUrl(url, window.location.origin);

const EMPTY_KEY = JSON.stringify(emptyCollection());

/** The longest the map holds its repaints while new incidents tiles load (see repaint-hold.ts). */
const TILE_WAIT_HOLD_MS = 600;

/** The server's answer for a cluster's incidents. */
const ClusterLeavesSchema = IncidentMapCollectionSchema.extend({ count: z.number().int().nonnegative() });

// MapLibre (the largest script; preloaded by the dashboard's head) is asked for as soon as this
// module runs in the browser, not after React has hydrated the page and run the map's effect.
const maplibreLoading = typeof window === "undefined" ? null : loadMapLibre();

/**
 * The MapLibre map. Created once (in an effect, in the browser only); later
 * filter changes reload the incidents' tiles with the new filters and give the small GeoJSON sources new data.
 */
export default function MapView(props: MapViewProps) {
  const { incidentsUrl, incidentTiles, mentions, regions, area, layers, selected, hovered, camera, flyTo, drawing } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const callbacks = useRef(props);
  const layersRef = useRef(layers);
  const dataSeq = useRef(0);
  /** The tile URL the incidents source was last pointed at. */
  const sourceUrl = useRef<string | null>(null);
  const drawRef = useRef<TerraDraw | null>(null);
  /** What each small GeoJSON source was last given (JSON), so unchanged data is not sent again. */
  const sentData = useRef(new Map<string, string>());
  /** Lets the map repaint again, while it waits for new incidents tiles. */
  const releaseHold = useRef<(() => void) | null>(null);

  useEffect(() => {
    callbacks.current = props;
    layersRef.current = layers;
  });

  useEffect(() => {
    let cancelled = false;
    let instance: MapLibreMap | null = null;
    let popup: Popup | null = null;

    (async () => {
      const maplibregl = await (maplibreLoading ?? loadMapLibre());
      const container = containerRef.current;
      if (cancelled || !container) return;
      // Under Turbopack MapLibre 6 works its worker URL out wrongly: serve it from public/.
      maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");
      const start = callbacks.current.camera;
      try {
        // The map opens on the linked view, or on SYRIA_BOUNDS fitted to its own size.
        const { center: _center, zoom: _zoom, ...style } = basemapStyle(window.location.origin);
        // The app's sources and layers are part of the first style, so the worker fetches the incidents
        // alongside the basemap instead of after the map's 'load'.
        const initialTiles = callbacks.current.incidentTiles;
        sourceUrl.current = initialTiles;
        const appSources = Object.fromEntries(
          Object.values(SOURCE_IDS).map((id) => [id, id === SOURCE_IDS.incidents ? incidentSourceSpec(absolute(initialTiles)) : sourceSpec(id)]),
        );
        const labelAt = style.layers.findIndex((layer) => layer.id === FIRST_LABEL_LAYER_ID);
        const under = labelAt < 0 ? style.layers.length : labelAt;
        // The choropleth and heat map go under the basemap's labels so names stay readable; points on top.
        const appLayers = [
          ...style.layers.slice(0, under),
          ...regionLayers(),
          ...style.layers.slice(under),
          ...areaLayers(),
          ...pointLayers(FONT.bold),
        ] as LayerSpecification[];
        instance = new maplibregl.Map({
          container,
          style: { ...style, sources: { ...style.sources, ...appSources }, layers: appLayers },
          // Labels appear at once: a fade only delays the moment the map shows the answer.
          fadeDuration: 0,
          // Incidents tiles are asked for with the filters shown now (see showIncidents).
          transformRequest: (url) => ({ url: tileRequestUrl(url, sourceUrl.current ?? initialTiles, window.location.origin) }),
          ...(start ? { center: [start.lon, start.lat] as [number, number], zoom: start.zoom } : { bounds: SYRIA_BOUNDS, fitBoundsOptions: { padding: 24 } }),
          maxBounds: BASEMAP_BOUNDS,
          minZoom: 3,
          maxZoom: MAX_ZOOM,
          dragRotate: false,
          pitchWithRotate: false,
          touchPitch: false,
          attributionControl: false,
        });
      } catch (error) {
        setFailure(error instanceof Error ? error.message : String(error));
        return;
      }
      const m = instance;
      m.touchZoomRotate.disableRotation();
      m.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-left");
      m.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
      m.addControl(new maplibregl.AttributionControl({ compact: true }), "bottom-left");
      m.on("error", (event) => console.warn("[atlas map]", event.error?.message ?? event));

      m.on("load", () => {
        if (cancelled) return;
        m.on("click", async (event) => {
          if (drawRef.current?.enabled && callbacks.current.drawing) return;
          popup?.remove();
          const cluster = m.queryRenderedFeatures(event.point, { layers: [INCIDENT_LAYER_IDS.cluster] })[0];
          const clusterId = cluster?.properties?.cluster_id;
          if (typeof clusterId === "number") {
            // Clusters are made on the server: it lists their incidents for the same filters.
            const count = Number(cluster?.properties?.point_count ?? 0);
            const response = await fetch(callbacks.current.clusterLeavesUrl(clusterId, Math.max(1, Math.min(count, 2000))));
            const parsed = ClusterLeavesSchema.safeParse(await response.json().catch(() => null));
            if (!response.ok || !parsed.success) {
              console.warn("[atlas map] cluster", response.status, parsed.error?.message);
              return;
            }
            callbacks.current.onCluster(parsed.data.features);
            return;
          }
          const id = firstId(m.queryRenderedFeatures(event.point, { layers: CLICKABLE_INCIDENT_LAYERS }));
          if (id) {
            callbacks.current.onSelect(id);
            return;
          }
          if (!layersRef.current.includes("regions")) return;
          const region = m.queryRenderedFeatures(event.point, { layers: [REGION_LAYER_IDS.fill] })[0];
          const name = region?.properties?.name;
          const count = region?.properties?.count;
          if (typeof name !== "string" || typeof count !== "number") return;
          // setText: region names come from data files, never rendered as HTML.
          popup = new maplibregl.Popup({ closeButton: false, maxWidth: "260px" })
            .setLngLat(event.lngLat)
            .setText(`${name} governorate: ${formatCount(count, "incident")}`)
            .addTo(m);
        });
        for (const id of [...CLICKABLE_INCIDENT_LAYERS, INCIDENT_LAYER_IDS.cluster]) {
          m.on("mouseenter", id, () => (m.getCanvas().style.cursor = "pointer"));
          m.on("mouseleave", id, () => {
            m.getCanvas().style.cursor = "";
            callbacks.current.onHover(null);
          });
        }
        for (const id of CLICKABLE_INCIDENT_LAYERS) {
          m.on("mousemove", id, (e) => callbacks.current.onHover(firstId(e.features)));
        }
        const report = () => {
          const c = m.getCenter();
          const b = m.getBounds();
          callbacks.current.onCamera({ lon: c.lng, lat: c.lat, zoom: m.getZoom() }, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
        };
        m.on("moveend", report);
        report();

        window.__atlasMap = m;
        // The first moment nothing is left to load, fade or animate (the benchmark's strict "first idle").
        m.once("idle", () => (container.dataset.firstIdle = "true"));
        sentData.current.clear();
        container.dataset.mapReady = "true";
        // 'load' comes at the end of the first frame drawn with every source loaded: if the filters
        // have not changed since the map started, that frame shows their incidents.
        if (callbacks.current.incidentTiles === sourceUrl.current) {
          container.dataset.incidentsFor = callbacks.current.incidentsUrl;
          callbacks.current.onIncidentsDrawn?.(callbacks.current.incidentsUrl);
        }
        setMap(m);
        callbacks.current.onMap?.(m);
      });
    })().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));

    return () => {
      cancelled = true;
      popup?.remove();
      drawRef.current?.stop();
      drawRef.current = null;
      releaseHold.current?.();
      instance?.remove();
      if (window.__atlasMap === instance) delete window.__atlasMap;
      setMap(null);
      callbacks.current.onMap?.(null);
    };
  }, []);

  /**
   * Shows the incidents of the tile template `tiles` (unless the map already does), then records
   * `forUrl` in `data-incidents-for` at the end of the first frame drawn once every incidents tile
   * holds the new answer ('render' fires synchronously after drawing), not at the next 'idle', which
   * also waits for every other source. Reloading marks the source not loaded at once; its tiles keep
   * their old data until the new arrive. Called by the effect below after React renders, and earlier
   * by the page through `leadRef` (from the filter control's own event, before React renders).
   */
  const showIncidents = (m: MapLibreMap, tiles: string, forUrl: string, onDrawn?: (forUrl: string) => void) => {
    const container = containerRef.current;
    const source = m.getSource<VectorTileSource>(SOURCE_IDS.incidents);
    if (!container || !source || sourceUrl.current === tiles) return;
    const seq = ++dataSeq.current;
    container.dataset.incidentsFor = "";
    // A frame before the new tiles are in would only draw the old ones again: hold it back.
    releaseHold.current?.();
    const release = holdRepaints(m, container, TILE_WAIT_HOLD_MS);
    releaseHold.current = release;
    const loaded = (event: MapSourceDataEvent) => {
      if (seq !== dataSeq.current) return m.off("sourcedata", loaded);
      if (event.sourceId !== SOURCE_IDS.incidents || !m.isSourceLoaded(SOURCE_IDS.incidents)) return;
      m.off("sourcedata", loaded);
      release();
    };
    m.on("sourcedata", loaded);
    // The source keeps its template; every tile is asked for again now, with the new filters added by
    // transformRequest (tileRequestUrl). setTiles would wait for the next animation frame before asking,
    // and in software WebGL that frame can be 100 ms away.
    sourceUrl.current = tiles;
    m.refreshTiles(SOURCE_IDS.incidents);
    // No tile to wait for (none in view, or the layer hidden): nothing to hold back.
    if (m.isSourceLoaded(SOURCE_IDS.incidents)) release();
    const drawn = () => {
      if (seq !== dataSeq.current) return m.off("render", drawn);
      if (!m.isSourceLoaded(SOURCE_IDS.incidents)) return;
      m.off("render", drawn);
      container.dataset.incidentsFor = forUrl;
      onDrawn?.(forUrl);
    };
    m.on("render", drawn);
  };

  useEffect(() => {
    if (!map || !props.leadRef) return;
    const lead = props.leadRef;
    lead.current = (tiles, forUrl) => showIncidents(map, tiles, forUrl, callbacks.current.onIncidentsDrawn);
    return () => {
      lead.current = null;
    };
  }, [map, props.leadRef]);

  // Incidents: point the source at the new tiles, then record (once the map has drawn them) which filters it shows.
  useEffect(() => {
    const container = containerRef.current;
    if (!map || !container) return;
    // The first URL is in the style (loading since the map started), and marked at the map's 'load'.
    if (sourceUrl.current === incidentTiles) return;
    showIncidents(map, incidentTiles, incidentsUrl, callbacks.current.onIncidentsDrawn);
  }, [map, incidentTiles, incidentsUrl]);

  useEffect(() => {
    const source = map?.getSource<GeoJSONSource>(SOURCE_IDS.mentions);
    if (source && mentions) void source.setData(mentions.data);
  }, [map, mentions]);

  // The heat map's ramp follows the number of incidents matching the filters (see heatWeightExpression).
  const heatShown = layers.includes("heat");
  const incidentTotal = props.incidentTotal ?? null;
  useEffect(() => {
    if (map && heatShown && incidentTotal !== null) map.setPaintProperty(HEAT_LAYER_ID, "heatmap-weight", heatWeightExpression(incidentTotal));
  }, [map, heatShown, incidentTotal]);

  // The choropleth's data goes to the map only while it is shown: a hidden layer costs no worker or frame.
  const regionsShown = layers.includes("regions");
  useEffect(() => {
    const source = map?.getSource<GeoJSONSource>(SOURCE_IDS.regions);
    if (!map || !source || !regions || !regionsShown) return;
    const max = regions.data.features.reduce((top, f) => Math.max(top, f.properties.inFilter ? f.properties.count : 0), 0);
    map.setPaintProperty(REGION_LAYER_IDS.fill, "fill-color", choroplethColor(max));
    void source.setData(regions.data);
  }, [map, regions, regionsShown]);

  // The outline and the hover/selection marks go to the map only when their content changes (the
  // outline is rebuilt with every answer): each setData costs a worker round trip and redrawn frames.
  const sendData = (m: MapLibreMap, id: string, data: GeoJSON.FeatureCollection) => {
    const key = JSON.stringify(data);
    // The sources start empty.
    if ((sentData.current.get(id) ?? EMPTY_KEY) === key) return;
    sentData.current.set(id, key);
    void m.getSource<GeoJSONSource>(id)?.setData(data);
  };

  useEffect(() => {
    if (map) sendData(map, SOURCE_IDS.area, area);
  });

  useEffect(() => {
    if (!map) return;
    sendData(
      map,
      SOURCE_IDS.focus,
      focusCollection([
        { role: "hover", feature: hovered && hovered.properties.id !== selected?.properties.id ? hovered : undefined },
        { role: "selected", feature: selected },
      ]),
    );
  });

  useEffect(() => {
    if (!map) return;
    for (const toggle of LAYER_IDS) {
      for (const id of LAYERS_BY_TOGGLE[toggle]) {
        if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", layers.includes(toggle) ? "visible" : "none");
      }
    }
  }, [map, layers]);

  // A view from outside (back/forward, a pasted link): jump there unless the map is already there.
  // Keyed by value, so other URL changes (a selection) never interrupt a flight.
  const cameraKey = camera ? `${camera.zoom}/${camera.lat}/${camera.lon}` : "";
  useEffect(() => {
    const c0 = callbacks.current.camera;
    // A flight is interrupted by the next one (stepping slides quickly), a jump never interrupts a move.
    const fly = callbacks.current.cameraTransition === "fly";
    if (!map || (map.isMoving() && !fly)) return;
    if (!c0) {
      if (fly) map.fitBounds(SYRIA_BOUNDS, { padding: 24, duration: 1200 });
      return;
    }
    const c = map.getCenter();
    if (near(c.lng, c0.lon, 1e-3) && near(c.lat, c0.lat, 1e-3) && near(map.getZoom(), c0.zoom, 0.02)) return;
    if (fly) map.flyTo({ center: [c0.lon, c0.lat], zoom: c0.zoom, duration: 1600 });
    else map.jumpTo({ center: [c0.lon, c0.lat], zoom: c0.zoom });
  }, [map, cameraKey]);

  useEffect(() => {
    if (!map || !flyTo) return;
    map.flyTo({ center: [flyTo.lon, flyTo.lat], zoom: Math.max(map.getZoom(), flyTo.zoom ?? 9), duration: 700 });
  }, [map, flyTo]);

  // Drawing a rectangle or polygon (terra-draw), loaded only when first needed.
  useEffect(() => {
    if (!map) return;
    let cancelled = false;
    (async () => {
      if (!drawing) {
        if (drawRef.current?.enabled) {
          drawRef.current.clear();
          drawRef.current.setMode("static");
        }
        return;
      }
      if (!drawRef.current) {
        const [{ TerraDraw, TerraDrawPolygonMode, TerraDrawRectangleMode }, { TerraDrawMapLibreGLAdapter }] = await Promise.all([
          import("terra-draw"),
          import("terra-draw-maplibre-gl-adapter"),
        ]);
        if (cancelled) return;
        const styles = { fillColor: AREA_COLOR as `#${string}`, fillOpacity: 0.08, outlineColor: AREA_COLOR as `#${string}`, outlineWidth: 2 };
        const draw = new TerraDraw({
          adapter: new TerraDrawMapLibreGLAdapter({ map }),
          modes: [new TerraDrawRectangleMode({ styles }), new TerraDrawPolygonMode({ styles: { ...styles, closingPointColor: AREA_COLOR as `#${string}`, closingPointWidth: 5 } })],
        });
        draw.start();
        draw.on("finish", (id) => {
          const feature = draw.getSnapshotFeature(id);
          const mode = feature?.properties?.mode;
          const ring = feature?.geometry.type === "Polygon" ? (feature.geometry.coordinates[0] as [number, number][]) : null;
          draw.clear();
          draw.setMode("static");
          if (!ring) return callbacks.current.onDrawn(null);
          if (mode === "rectangle") {
            const xs = ring.map((p) => p[0]);
            const ys = ring.map((p) => p[1]);
            callbacks.current.onDrawn({ bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] });
          } else callbacks.current.onDrawn({ polygon: ring.slice(0, -1) });
        });
        drawRef.current = draw;
      }
      drawRef.current.setMode(drawing);
    })().catch((error: unknown) => console.warn("[atlas draw]", error));
    return () => {
      cancelled = true;
    };
  }, [map, drawing]);

  useEffect(() => {
    if (!drawing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") callbacks.current.onDrawn(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [drawing]);

  return (
    <div className={drawing ? "map-frame drawing" : "map-frame"}>
      <div ref={containerRef} className="map-canvas" role="region" aria-label="Map of incidents in Syria" data-testid="map" />
      {failure ? (
        <p className="map-failure" role="alert">
          The map could not start: {failure}
        </p>
      ) : null}
    </div>
  );
}
