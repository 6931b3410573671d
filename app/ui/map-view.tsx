"use client";

import { useEffect, useRef, useState } from "react";
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, Popup } from "maplibre-gl";
import { BASEMAP_BOUNDS, FIRST_LABEL_LAYER_ID, FONT, basemapStyle } from "../map/basemap-style";
import type { Fetched, IncidentCollection, MentionCollection, RegionCollection } from "./api";
import {
  CLICKABLE_INCIDENT_LAYERS,
  INCIDENT_LAYER_IDS,
  LAYERS_BY_TOGGLE,
  REGION_LAYER_IDS,
  SOURCE_IDS,
  choroplethColor,
  emptyCollection,
  pointLayers,
  regionLayers,
  selectedFilter,
  stackCollection,
} from "./map-layers";
import { LAYER_IDS, type LayerId } from "./url-state";
import { formatCount } from "./format";

declare global {
  interface Window {
    /** The live map, for end-to-end tests and for poking at in the console. */
    __atlasMap?: MapLibreMap;
  }
}

/** Syria, west-south-east-north. */
export const SYRIA_BOUNDS: [number, number, number, number] = [35.5, 32.2, 42.5, 37.4];

export interface MapViewProps {
  incidents: Fetched<IncidentCollection> | undefined;
  mentions: Fetched<MentionCollection> | undefined;
  regions: Fetched<RegionCollection> | undefined;
  layers: readonly LayerId[];
  selectedId: string | null;
  /** Where the selected incident is, to bring it into view when picked from the list. */
  selectedAt: [number, number] | null;
  /** Called with the ids of every incident under the click, topmost first. */
  onSelect: (ids: string[]) => void;
}

function idsOf(features: MapGeoJSONFeature[] | undefined): string[] {
  const ids: string[] = [];
  for (const f of features ?? []) {
    const id = f.properties?.id;
    if (typeof id === "string" && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The MapLibre map. Created once (in an effect, in the browser only); later
 * filter changes only swap the GeoJSON in its sources with setData.
 */
export default function MapView(props: MapViewProps) {
  const { incidents, mentions, regions, layers, selectedId, selectedAt, onSelect } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const onSelectRef = useRef(onSelect);
  const layersRef = useRef(layers);
  const selectedAtRef = useRef(selectedAt);
  const dataSeq = useRef(0);

  useEffect(() => {
    onSelectRef.current = onSelect;
    layersRef.current = layers;
    selectedAtRef.current = selectedAt;
  });

  useEffect(() => {
    let cancelled = false;
    let instance: MapLibreMap | null = null;
    let popup: Popup | null = null;

    (async () => {
      const maplibregl = await import("maplibre-gl");
      const container = containerRef.current;
      if (cancelled || !container) return;
      // Under Turbopack MapLibre 6 works its worker URL out wrongly: serve it from public/.
      maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");
      try {
        // The map opens on SYRIA_BOUNDS fitted to its own size, not on the style's fixed view.
        const { center: _center, zoom: _zoom, ...style } = basemapStyle(window.location.origin);
        instance = new maplibregl.Map({
          container,
          style,
          bounds: SYRIA_BOUNDS,
          fitBoundsOptions: { padding: 32 },
          maxBounds: BASEMAP_BOUNDS,
          minZoom: 3,
          maxZoom: 14,
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
        const promoteId: Record<string, string> = { incidents: "id", mentions: "id", regions: "code" };
        for (const id of Object.values(SOURCE_IDS)) {
          const key = promoteId[id];
          m.addSource(id, { type: "geojson", data: emptyCollection(), ...(key ? { promoteId: key } : {}) });
        }
        // The choropleth goes under the basemap's labels so names stay readable. Points go on top:
        // the basemap's town dots are part of its label symbols and, drawn over an incident's
        // filled dot, would make it look like a hollow ring (which means "only the area is known").
        const beneathLabels = m.getLayer(FIRST_LABEL_LAYER_ID) ? FIRST_LABEL_LAYER_ID : undefined;
        for (const layer of regionLayers()) m.addLayer(layer, beneathLabels);
        for (const layer of pointLayers(FONT.bold)) m.addLayer(layer);

        m.on("click", (event) => {
          const hits = m.queryRenderedFeatures(event.point, { layers: CLICKABLE_INCIDENT_LAYERS });
          const ids = idsOf(hits);
          popup?.remove();
          if (ids.length > 0) {
            onSelectRef.current(ids);
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
        for (const id of CLICKABLE_INCIDENT_LAYERS) {
          m.on("mouseenter", id, () => (m.getCanvas().style.cursor = "pointer"));
          m.on("mouseleave", id, () => (m.getCanvas().style.cursor = ""));
        }

        window.__atlasMap = m;
        container.dataset.mapReady = "true";
        setMap(m);
      });
    })().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));

    return () => {
      cancelled = true;
      popup?.remove();
      instance?.remove();
      if (window.__atlasMap === instance) delete window.__atlasMap;
      setMap(null);
    };
  }, []);

  // Incidents: swap the data, then record (once the map has drawn it) which request it answers.
  useEffect(() => {
    const container = containerRef.current;
    const source = map?.getSource<GeoJSONSource>(SOURCE_IDS.incidents);
    if (!map || !source || !container || !incidents) return;
    const seq = ++dataSeq.current;
    container.dataset.incidentsFor = "";
    void map.getSource<GeoJSONSource>(SOURCE_IDS.stacks)?.setData(stackCollection(incidents.data.features));
    void source.setData(incidents.data).then(() => {
      map.once("idle", () => {
        if (seq === dataSeq.current) container.dataset.incidentsFor = incidents.url;
      });
      map.triggerRepaint();
    });
  }, [map, incidents]);

  useEffect(() => {
    const source = map?.getSource<GeoJSONSource>(SOURCE_IDS.mentions);
    if (source && mentions) void source.setData(mentions.data);
  }, [map, mentions]);

  useEffect(() => {
    const source = map?.getSource<GeoJSONSource>(SOURCE_IDS.regions);
    if (!map || !source || !regions) return;
    const max = regions.data.features.reduce((top, f) => Math.max(top, f.properties.count), 0);
    map.setPaintProperty(REGION_LAYER_IDS.fill, "fill-color", choroplethColor(max));
    void source.setData(regions.data);
  }, [map, regions]);

  useEffect(() => {
    if (!map) return;
    for (const toggle of LAYER_IDS) {
      for (const id of LAYERS_BY_TOGGLE[toggle]) {
        if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", layers.includes(toggle) ? "visible" : "none");
      }
    }
  }, [map, layers]);

  useEffect(() => {
    if (!map) return;
    map.setFilter(INCIDENT_LAYER_IDS.selected, selectedFilter(selectedId));
  }, [map, selectedId]);

  // Bring a newly selected incident into view (only when it is off screen: never fight the user's panning).
  useEffect(() => {
    const at = selectedAtRef.current;
    if (!map || !selectedId || !at) return;
    if (!map.getBounds().contains(at)) map.easeTo({ center: at, duration: 400 });
  }, [map, selectedId]);

  return (
    <div className="map-frame">
      <div
        ref={containerRef}
        className="map-canvas"
        role="region"
        aria-label="Map of incidents in Syria"
        data-testid="map"
      />
      {failure ? (
        <p className="map-failure" role="alert">
          The map could not start: {failure}
        </p>
      ) : null}
    </div>
  );
}
