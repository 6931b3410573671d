/** Sources and layers the dashboard draws over the basemap. Pure data: no map instance here. */
import type { AddLayerObject, DataDrivenPropertyValueSpecification, GeoJSONSourceSpecification, VectorSourceSpecification } from "maplibre-gl";
import { CLUSTER_RADIUS_PX, INCIDENT_TILE_LAYER, INCIDENT_TILE_MAX_ZOOM, INCIDENT_TILE_PATH } from "../../lib/layers/incident-tile-spec";
import { AREA_PRECISIONS, EVENT_TYPE_COLOR, EVENT_TYPES } from "./format";
import type { LayerId } from "./url-state";

type CircleLayer = Extract<AddLayerObject, { type: "circle" }>;
type ColorValue = NonNullable<NonNullable<CircleLayer["paint"]>["circle-color"]>;
/** A MapLibre expression (the style spec's ExpressionSpecification, reached through maplibre-gl's own types). */
type Expression = Extract<ColorValue, unknown[]>;
type Filter = NonNullable<CircleLayer["filter"]>;

/** MapLibre's tuple types cannot follow a spread or a computed list, so expressions are built as arrays and typed here. */
function expr(value: unknown[]): Expression {
  return value as Expression;
}
function filter(value: unknown[]): Filter {
  return value as Filter;
}

export const SOURCE_IDS = {
  /** Incidents, clustered on the server: vector tiles for the current filters. */
  incidents: "incidents",
  /** The hovered and the selected incident, drawn above clusters so they show at any zoom. */
  focus: "incidents-focus",
  mentions: "mentions",
  regions: "regions",
  /** The active region filter's outline (governorates, drawn box or polygon, radius circle). */
  area: "active-area",
} as const;

export const INCIDENT_LAYER_IDS = {
  cluster: "incidents-cluster",
  clusterCount: "incidents-cluster-count",
  areaHalo: "incidents-area-halo",
  area: "incidents-area",
  point: "incidents-point",
  hover: "incidents-hover",
  selected: "incidents-selected",
} as const;

/** Layers a click can pick single incidents from. */
export const CLICKABLE_INCIDENT_LAYERS = [INCIDENT_LAYER_IDS.point, INCIDENT_LAYER_IDS.area];

export const HEAT_LAYER_ID = "incidents-heat";
export const MENTION_LAYER_IDS = { point: "mentions-dot", area: "mentions-area" } as const;
export const REGION_LAYER_IDS = { fill: "regions-fill", line: "regions-line" } as const;
export const AREA_LAYER_IDS = { halo: "active-area-halo", line: "active-area-line" } as const;

/** Which map layers belong to each toggle in the side panel. */
export const LAYERS_BY_TOGGLE: Record<LayerId, string[]> = {
  incidents: [
    INCIDENT_LAYER_IDS.cluster,
    INCIDENT_LAYER_IDS.clusterCount,
    INCIDENT_LAYER_IDS.areaHalo,
    INCIDENT_LAYER_IDS.area,
    INCIDENT_LAYER_IDS.point,
  ],
  mentions: Object.values(MENTION_LAYER_IDS),
  regions: Object.values(REGION_LAYER_IDS),
  heat: [HEAT_LAYER_ID],
};

/** Ring radius (px) per area precision: the coarser the place, the wider the ring. */
export const AREA_RING_RADIUS = { district: 9, governorate: 13, country: 16, region: 16 } as const;
export const POINT_RADIUS = 5.5;
/** Point radius by fatalities reported (stops shared with the legend). */
export const FATALITY_RADIUS: ReadonlyArray<readonly [number, number]> = [
  [0, 5],
  [1, 6],
  [10, 9],
  [100, 14],
  [1000, 20],
];

/** Clusters: slate, so they read as "several", not as an event type. */
export const CLUSTER_COLOR = "#334155";
/** Place mentions: violet, unlike both the event colours and the basemap's dark town dots. */
export const MENTION_COLOR = "#6d28d9";
/** The active region's outline. */
export const AREA_COLOR = "#0f172a";

/** Region fill colours from no incidents to the most; shared with the legend. */
export const CHOROPLETH_LOW = "#fde7d6";
export const CHOROPLETH_HIGH = "#a63603";
/** Heat ramp, transparent to dark red; shared with the legend. */
export const HEAT_RAMP = ["rgba(255,237,160,0)", "#ffeda0", "#feb24c", "#f03b20", "#bd0026"] as const;

const typeColor = expr(["match", ["get", "type"], ...EVENT_TYPES.flatMap((t) => [t, EVENT_TYPE_COLOR[t]]), "#444444"]);

const isArea = ["in", ["get", "precision"], ["literal", [...AREA_PRECISIONS]]];
const notCluster = ["!", ["has", "point_count"]];

const ringRadius = expr([
  "match",
  ["get", "precision"],
  "district",
  AREA_RING_RADIUS.district,
  "governorate",
  AREA_RING_RADIUS.governorate,
  "country",
  AREA_RING_RADIUS.country,
  AREA_RING_RADIUS.region,
]);

const fatalityRadius = expr(["interpolate", ["linear"], ["coalesce", ["get", "fatalities"], 0], ...FATALITY_RADIUS.flat()]);

export function emptyCollection(): GeoJSON.FeatureCollection {
  return { type: "FeatureCollection", features: [] };
}

/** MapLibre's worker fetches tiles: it needs absolute URLs, with the {z}/{x}/{y} placeholders left unescaped. */
export function absoluteTileUrl(url: string, origin: string): string {
  return new URL(url, origin).toString().replace(/%7B([xyz])%7D/g, "{$1}");
}

/** The path of one incidents tile (INCIDENT_TILE_PATH with numbers for its placeholders). */
const INCIDENT_TILE_PATTERN = new RegExp(`^${INCIDENT_TILE_PATH.replace(/\{[xyz]\}/g, "\\d+").replace(/\./g, "\\.")}$`);

/**
 * The URL to fetch for a tile request of the live map: an incidents tile is asked for with the filters of
 * `currentTiles` (the template the map shows now), whatever filters its source was made with; any
 * other request goes as it is. The map changes filters by changing this, then reloading the tiles,
 * because pointing the source at a new template (setTiles) waits for an animation frame before it asks.
 */
export function tileRequestUrl(requestUrl: string, currentTiles: string, origin: string): string {
  const request = new URL(requestUrl, origin);
  if (!INCIDENT_TILE_PATTERN.test(request.pathname)) return requestUrl;
  const current = new URL(currentTiles.replace(/[{}]/g, ""), origin);
  if (request.origin !== current.origin) return requestUrl;
  request.search = current.search;
  return request.toString();
}

/**
 * The incidents' source: vector tiles from `tileUrl` (a template with {z}/{x}/{y}), clustered on the
 * server at every zoom up to the last, so coinciding incidents stay countable.
 */
export function incidentSourceSpec(tileUrl: string): VectorSourceSpecification {
  return { type: "vector", tiles: [tileUrl], minzoom: 0, maxzoom: INCIDENT_TILE_MAX_ZOOM };
}

/** Source options for the GeoJSON sources (everything but the incidents' tiles). */
export function sourceSpec(id: Exclude<(typeof SOURCE_IDS)[keyof typeof SOURCE_IDS], typeof SOURCE_IDS.incidents>): GeoJSONSourceSpecification {
  const base: GeoJSONSourceSpecification = { type: "geojson", data: emptyCollection() };
  if (id === SOURCE_IDS.mentions || id === SOURCE_IDS.focus) return { ...base, promoteId: "id" };
  if (id === SOURCE_IDS.regions) return { ...base, promoteId: "code" };
  return base;
}

/** The choropleth and governorate lines; under the basemap labels so names stay readable. */
export function regionLayers(): AddLayerObject[] {
  return [
    {
      id: REGION_LAYER_IDS.fill,
      type: "fill",
      source: SOURCE_IDS.regions,
      layout: { visibility: "none" },
      paint: {
        "fill-color": choroplethColor(1),
        "fill-opacity": expr(["case", [">", ["get", "count"], 0], ["case", ["get", "inFilter"], 0.62, 0.18], 0]),
      },
    },
    {
      id: REGION_LAYER_IDS.line,
      type: "line",
      source: SOURCE_IDS.regions,
      layout: { visibility: "none" },
      paint: { "line-color": "#7c2d12", "line-opacity": 0.35, "line-width": 0.8 },
    },
    {
      id: HEAT_LAYER_ID,
      type: "heatmap",
      // The incidents' own tiles: each incident and each cluster carries its heat weight (a cluster, its incidents' sum).
      source: SOURCE_IDS.incidents,
      "source-layer": INCIDENT_TILE_LAYER,
      layout: { visibility: "none" },
      paint: {
        "heatmap-weight": heatWeightExpression(0),
        "heatmap-intensity": expr(["interpolate", ["linear"], ["zoom"], 4, 0.6, 12, 2]),
        // A cluster stands for incidents spread up to its radius around it: its heat is spread as wide.
        "heatmap-radius": expr([
          "interpolate",
          ["linear"],
          ["zoom"],
          4,
          ["case", ["has", "point_count"], CLUSTER_RADIUS_PX * 1.25, 12],
          12,
          ["case", ["has", "point_count"], CLUSTER_RADIUS_PX * 1.5, 30],
        ]),
        "heatmap-opacity": 0.75,
        "heatmap-color": expr([
          "interpolate",
          ["linear"],
          ["heatmap-density"],
          0,
          HEAT_RAMP[0],
          0.15,
          HEAT_RAMP[1],
          0.4,
          HEAT_RAMP[2],
          0.7,
          HEAT_RAMP[3],
          1,
          HEAT_RAMP[4],
        ]),
      },
    },
  ];
}

/** How many incidents the heat map's colour ramp is made for; more are scaled down to it (see heatWeightExpression). */
const HEAT_REFERENCE_INCIDENTS = 100;

/**
 * The heat map's weight of a tile feature: its heat (a cluster's is its incidents' sum), divided by how many times
 * `total` (the incidents matching the filters) exceeds HEAT_REFERENCE_INCIDENTS. The ramp then shows where the
 * filtered incidents are dense relative to each other, instead of turning red everywhere at 100,000.
 */
export function heatWeightExpression(total: number): DataDrivenPropertyValueSpecification<number> {
  const scale = Math.max(1, total / HEAT_REFERENCE_INCIDENTS);
  return expr(["/", ["coalesce", ["get", "heat"], 0], scale]) as DataDrivenPropertyValueSpecification<number>;
}

/** The fill colour expression, scaled to the largest count on screen. */
export function choroplethColor(maxCount: number): Expression | string {
  const top = Math.max(1, maxCount);
  if (top === 1) return CHOROPLETH_HIGH;
  return expr(["interpolate", ["linear"], ["get", "count"], 1, CHOROPLETH_LOW, top, CHOROPLETH_HIGH]);
}

/** The active region's outline: drawn over everything but the points, dashed so it is not taken for a border. */
export function areaLayers(): AddLayerObject[] {
  return [
    {
      id: AREA_LAYER_IDS.halo,
      type: "line",
      source: SOURCE_IDS.area,
      paint: { "line-color": "#ffffff", "line-width": 5, "line-opacity": 0.8 },
    },
    {
      id: AREA_LAYER_IDS.line,
      type: "line",
      source: SOURCE_IDS.area,
      paint: { "line-color": AREA_COLOR, "line-width": 2, "line-dasharray": [3, 2] },
    },
  ];
}

/** Mentions and incidents, drawn on top of the basemap; `font` is a basemap font for cluster counts. */
export function pointLayers(font: string): AddLayerObject[] {
  // The incidents' layers read the tiles' one layer.
  return pointLayerList(font).map((layer) => ("source" in layer && layer.source === SOURCE_IDS.incidents ? ({ ...layer, "source-layer": INCIDENT_TILE_LAYER } as AddLayerObject) : layer));
}

/** The hovered or the selected incident: its own mark, a little larger, with a strong outline, above the clusters. */
function focusLayer(id: string, role: "hover" | "selected", grow: number, stroke: string): AddLayerObject {
  return {
    id,
    type: "circle",
    source: SOURCE_IDS.focus,
    filter: filter(["==", ["get", "role"], role]),
    paint: {
      "circle-radius": expr(["+", ["case", isArea, ringRadius, fatalityRadius], grow]),
      "circle-color": typeColor,
      "circle-opacity": expr(["case", isArea, 0.15, 1]),
      "circle-stroke-color": stroke,
      "circle-stroke-width": 3,
    },
  };
}

function pointLayerList(font: string): AddLayerObject[] {
  return [
    {
      // A mention placed only at an area (governorate, country) is a wide hollow ring, never a pin.
      id: MENTION_LAYER_IDS.area,
      type: "circle",
      source: SOURCE_IDS.mentions,
      filter: filter(isArea),
      layout: { visibility: "none" },
      paint: {
        "circle-radius": ringRadius,
        "circle-opacity": 0.06,
        "circle-color": MENTION_COLOR,
        "circle-stroke-color": MENTION_COLOR,
        "circle-stroke-width": 1.5,
        "circle-stroke-opacity": 0.7,
      },
    },
    {
      id: MENTION_LAYER_IDS.point,
      type: "circle",
      source: SOURCE_IDS.mentions,
      filter: filter(["!", isArea]),
      layout: { visibility: "none" },
      paint: {
        "circle-radius": 3.5,
        "circle-color": MENTION_COLOR,
        "circle-opacity": 0.6,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 0.75,
        "circle-stroke-opacity": 0.8,
      },
    },
    {
      id: INCIDENT_LAYER_IDS.cluster,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: filter(["has", "point_count"]),
      paint: {
        "circle-color": CLUSTER_COLOR,
        "circle-opacity": 0.85,
        "circle-radius": expr(["step", ["get", "point_count"], 11, 10, 14, 100, 18, 1000, 23, 10000, 28]),
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 2,
      },
    },
    {
      id: INCIDENT_LAYER_IDS.clusterCount,
      type: "symbol",
      source: SOURCE_IDS.incidents,
      filter: filter(["has", "point_count"]),
      layout: {
        "text-field": ["get", "point_count_abbreviated"],
        "text-font": [font],
        "text-size": 11.5,
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#ffffff" },
    },
    {
      id: INCIDENT_LAYER_IDS.areaHalo,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: filter(["all", notCluster, isArea]),
      paint: {
        "circle-radius": ringRadius,
        "circle-opacity": 0,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 4.5,
        "circle-stroke-opacity": 0.85,
      },
    },
    {
      id: INCIDENT_LAYER_IDS.area,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: filter(["all", notCluster, isArea]),
      paint: {
        "circle-radius": ringRadius,
        "circle-color": typeColor,
        "circle-opacity": 0.1,
        "circle-stroke-color": typeColor,
        "circle-stroke-width": 2.25,
        "circle-stroke-opacity": 1,
      },
    },
    {
      id: INCIDENT_LAYER_IDS.point,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: filter(["all", notCluster, ["!", isArea]]),
      paint: {
        "circle-radius": fatalityRadius,
        "circle-color": typeColor,
        "circle-opacity": 0.9,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1.5,
      },
    },
    focusLayer(INCIDENT_LAYER_IDS.hover, "hover", 4, "#f59e0b"),
    focusLayer(INCIDENT_LAYER_IDS.selected, "selected", 5, "#111827"),
  ];
}

/** The hovered and selected incidents as one small collection, each tagged with its role. */
export function focusCollection(
  items: Array<{ role: "hover" | "selected"; feature: { geometry: { coordinates: number[] }; properties: object } | undefined }>,
): GeoJSON.FeatureCollection {
  return {
    type: "FeatureCollection",
    features: items.flatMap(({ role, feature }) =>
      feature
        ? [{ type: "Feature" as const, geometry: { type: "Point" as const, coordinates: feature.geometry.coordinates }, properties: { ...feature.properties, role } }]
        : [],
    ),
  };
}
