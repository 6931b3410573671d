/** Sources and layers the dashboard draws over the basemap. Pure data: no map instance here. */
import type { AddLayerObject } from "maplibre-gl";
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
  incidents: "incidents",
  mentions: "mentions",
  regions: "regions",
  /** One point per spot where several incidents coincide, with how many. */
  stacks: "incident-stacks",
} as const;

export const INCIDENT_LAYER_IDS = {
  areaHalo: "incidents-area-halo",
  area: "incidents-area",
  point: "incidents-point",
  selected: "incidents-selected",
  stackCount: "incidents-stack-count",
} as const;

/** Layers a click can pick an incident from. */
export const CLICKABLE_INCIDENT_LAYERS = [INCIDENT_LAYER_IDS.point, INCIDENT_LAYER_IDS.area];

export const MENTION_LAYER_ID = "mentions-dot";
export const REGION_LAYER_IDS = { fill: "regions-fill" } as const;

/** Which map layers belong to each toggle in the side panel. */
export const LAYERS_BY_TOGGLE: Record<LayerId, string[]> = {
  incidents: Object.values(INCIDENT_LAYER_IDS),
  mentions: [MENTION_LAYER_ID],
  regions: [REGION_LAYER_IDS.fill],
};

/** Ring radius (px) per area precision: the coarser the place, the wider the ring. */
export const AREA_RING_RADIUS = { district: 8, governorate: 11, country: 14, region: 14 } as const;
export const POINT_RADIUS = 5.5;

/** Place mentions: violet, unlike both the event colours and the basemap's dark town dots. */
export const MENTION_COLOR = "#6d28d9";

/** Region fill colours from no incidents to the most; shared with the legend. */
export const CHOROPLETH_LOW = "#fde7d6";
export const CHOROPLETH_HIGH = "#a63603";

const typeColor = expr(["match", ["get", "type"], ...EVENT_TYPES.flatMap((t) => [t, EVENT_TYPE_COLOR[t]]), "#444444"]);

const isArea = ["in", ["get", "precision"], ["literal", [...AREA_PRECISIONS]]];

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

export function emptyCollection(): GeoJSON.FeatureCollection {
  return { type: "FeatureCollection", features: [] };
}

/** The choropleth; the basemap already draws the governorate boundaries. */
export function regionLayers(): AddLayerObject[] {
  return [
    {
      id: REGION_LAYER_IDS.fill,
      type: "fill",
      source: SOURCE_IDS.regions,
      layout: { visibility: "none" },
      paint: {
        "fill-color": choroplethColor(1),
        "fill-opacity": expr(["case", [">", ["get", "count"], 0], 0.62, 0]),
      },
    },
  ];
}

/** The fill colour expression, scaled to the largest count on screen. */
export function choroplethColor(maxCount: number): Expression | string {
  const top = Math.max(1, maxCount);
  if (top === 1) return CHOROPLETH_HIGH;
  return expr(["interpolate", ["linear"], ["get", "count"], 1, CHOROPLETH_LOW, top, CHOROPLETH_HIGH]);
}

/**
 * Incidents that share a point (same place, several reports or events) would hide each other:
 * one feature per shared point, with the count, for a small number beside the symbol.
 */
export function stackCollection(features: readonly { geometry: { coordinates: number[] } }[]): GeoJSON.FeatureCollection {
  const counts = new Map<string, { at: [number, number]; count: number }>();
  for (const f of features) {
    const [x, y] = f.geometry.coordinates;
    if (typeof x !== "number" || typeof y !== "number") continue;
    const key = `${x.toFixed(5)},${y.toFixed(5)}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { at: [x, y], count: 1 });
  }
  return {
    type: "FeatureCollection",
    features: [...counts.values()]
      .filter((c) => c.count > 1)
      .map((c) => ({ type: "Feature", geometry: { type: "Point", coordinates: c.at }, properties: { count: c.count } })),
  };
}

/** Mentions and incidents (placed under the basemap text by the map view); `font` is a basemap font for the counts. */
export function pointLayers(font: string): AddLayerObject[] {
  return [
    {
      id: MENTION_LAYER_ID,
      type: "circle",
      source: SOURCE_IDS.mentions,
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
      id: INCIDENT_LAYER_IDS.areaHalo,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: filter(isArea),
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
      filter: filter(isArea),
      paint: {
        "circle-radius": ringRadius,
        "circle-color": typeColor,
        "circle-opacity": 0.1,
        "circle-stroke-color": typeColor,
        "circle-stroke-width": 2.25,
      },
    },
    {
      id: INCIDENT_LAYER_IDS.point,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: filter(["!", isArea]),
      paint: {
        "circle-radius": POINT_RADIUS,
        "circle-color": typeColor,
        "circle-stroke-color": "#ffffff",
        "circle-stroke-width": 1.5,
      },
    },
    {
      id: INCIDENT_LAYER_IDS.selected,
      type: "circle",
      source: SOURCE_IDS.incidents,
      filter: selectedFilter(null),
      paint: {
        "circle-radius": expr(["+", ["case", isArea, ringRadius, POINT_RADIUS], 5]),
        "circle-opacity": 0,
        "circle-stroke-color": "#111827",
        "circle-stroke-width": 2.5,
      },
    },
    {
      id: INCIDENT_LAYER_IDS.stackCount,
      type: "symbol",
      source: SOURCE_IDS.stacks,
      layout: {
        "text-field": ["to-string", ["get", "count"]],
        "text-font": [font],
        "text-size": 11.5,
        "text-anchor": "bottom-left",
        "text-offset": [0.45, -0.25],
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": "#111827", "text-halo-color": "#ffffff", "text-halo-width": 1.6 },
    },
  ];
}

export function selectedFilter(id: string | null): Filter {
  return filter(["==", ["get", "id"], id ?? ""]);
}
