/**
 * Incident Atlas's offline basemap: a light, muted MapLibre style built only from what this app
 * serves itself: vector tiles cut from public/basemap/*.geojson (produced by
 * scripts/build-basemap.mjs) by /api/tiles/basemap (lib/basemap/tiles.ts), public/fonts/*.ttf and
 * the place-dot sprite. Nothing is fetched from another host: no tiles, no glyph server.
 *
 * Text is drawn from the Noto TTFs through the style's `font-faces` property (MapLibre GL JS 6
 * rasterises them in the browser with TinySDF), so the style needs no `glyphs` URL.
 *
 * The app adds its own incident layers on top; to keep place names readable, insert them below
 * the labels:
 *
 *   map.addLayer(incidentLayer, FIRST_LABEL_LAYER_ID);
 */
import { BASEMAP_TILE_MAX_ZOOM, type BasemapTileLayer } from "../../lib/basemap/tile-spec";
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  VariableAnchorOffsetCollectionSpecification,
} from "maplibre-gl";

/** The basemap's one source: vector tiles holding every basemap layer. */
export const BASEMAP_SOURCE_ID = "basemap";

/**
 * The layers of the basemap's tiles (`source-layer`), in case the app wants to query them
 * (e.g. `querySourceFeatures(BASEMAP_SOURCE_ID, { sourceLayer })`). Each is one file of public/basemap.
 */
export const BASEMAP_SOURCE_IDS = {
  land: "land",
  /** Syria's own polygon (Natural Earth Admin 0), for its lighter fill. */
  syria: "syria",
  borders: "borders",
  coastline: "coastline",
  rivers: "rivers",
  lakes: "lakes",
  governorateLines: "governorate-lines",
  governorateLabels: "governorate-labels",
  places: "places",
  countryLabels: "country-labels",
  waterLabels: "water-labels",
} as const satisfies Record<string, BasemapTileLayer>;

/** A layer's source: one layer of the basemap's tiles. */
const from = (layer: BasemapTileLayer) => ({ source: BASEMAP_SOURCE_ID, "source-layer": layer });

/** The label layers, bottom to top. Everything the app adds should go below the first one. */
export const LABEL_LAYER_IDS = [
  "water-label",
  "river-label",
  "area-label",
  "place-label-3",
  "place-label-2",
  "governorate-label",
  "place-label-1",
  "country-label-minor",
  "country-label-major",
] as const;

export type LabelLayerId = (typeof LABEL_LAYER_IDS)[number];

/** Pass as `beforeId` to `map.addLayer` to put a layer under every basemap label. */
export const FIRST_LABEL_LAYER_ID: LabelLayerId = LABEL_LAYER_IDS[0];

/**
 * The dashed boundaries between Syria's governorates. (The app draws the governorate polygons
 * themselves from /api/layers/regions.)
 */
export const GOVERNORATE_LINE_LAYER_ID = "governorate-line";

/**
 * Where the basemap has data: [west, south, east, north]. Use it as the map's `maxBounds`, or
 * the user can pan to where there is nothing but background. Matches BOX in
 * scripts/build-basemap.mjs.
 */
export const BASEMAP_BOUNDS: [number, number, number, number] = [8, 16, 70, 52];

/** A view of the whole of Syria. */
export const SYRIA_VIEW = { center: [38.5, 35] as [number, number], zoom: 6 };

export const FONT = {
  regular: "Noto Sans Regular",
  bold: "Noto Sans Bold",
  italic: "Noto Sans Italic",
} as const;

/** Palette, exported so app layers and legends can match it. */
export const BASEMAP_COLORS = {
  sea: "#c9dae7",
  land: "#eeece7",
  syria: "#fbfaf7",
  lake: "#c9dae7",
  river: "#9fbfd8",
  coast: "#93afc5",
  border: "#7f7a74",
  borderCasing: "#ffffff",
  governorate: "#a49c90",
  countryLabel: "#6d6760",
  governorateLabel: "#968b7c",
  placeLabel: "#2e2e2e",
  placeDot: "#4a4a4a",
  waterLabel: "#5f87a8",
  halo: "#ffffff",
} as const;

const ARABIC_RANGES = ["U+0600-06FF", "U+0750-077F", "U+0870-08FF", "U+FB50-FDFF", "U+FE70-FEFF"];

function fontFaces(origin: string): FontFacesSpecification {
  const url = (file: string) => `${origin}/fonts/${file}`;
  // Latin, Greek and Cyrillic from Noto Sans; Arabic from Noto Naskh Arabic. Anything else
  // falls back to the browser's own sans-serif.
  const arabic = (file: string) => ({ url: url(file), "unicode-range": ARABIC_RANGES });
  return {
    [FONT.regular]: [arabic("NotoNaskhArabic-Regular.ttf"), { url: url("NotoSans-Regular.ttf") }],
    [FONT.bold]: [arabic("NotoNaskhArabic-Bold.ttf"), { url: url("NotoSans-Bold.ttf") }],
    [FONT.italic]: [arabic("NotoNaskhArabic-Regular.ttf"), { url: url("NotoSans-Italic.ttf") }],
  };
}

function defaultOrigin(): string {
  if (typeof window !== "undefined" && window.location?.origin && window.location.origin !== "null") {
    return window.location.origin;
  }
  // On the server there is no origin; relative URLs are fine if the style is only handed to a
  // map in the browser, which resolves them against the page.
  return "";
}


/**
 * A zoom-gated value: `shown` for a feature once the zoom reaches its `minzoom` property (one of
 * the given breakpoints), `hidden` before. MapLibre only allows zoom as the input of a top-level
 * step, so the gate is spelled out per breakpoint.
 */
function fromMinzoom<T>(shown: T, hidden: T, breakpoints: number[]): ExpressionSpecification {
  const at = (z: number): ExpressionSpecification => ["case", ["<=", ["get", "minzoom"], z], shown, hidden] as ExpressionSpecification;
  const sorted = [...breakpoints].sort((a, b) => a - b);
  const expr: unknown[] = ["step", ["zoom"], hidden];
  for (const z of sorted) expr.push(z, at(z));
  return expr as ExpressionSpecification;
}

const PLACE_BREAKS = [3, 5, 6, 6.5, 7.5];
const GOVERNORATE_BREAKS = [5.5, 7.5];
const COUNTRY_BREAKS = [2.5, 3.5, 4, 5, 5.5];

const halo = {
  "text-halo-color": BASEMAP_COLORS.halo,
  "text-halo-width": 1.4,
  "text-halo-blur": 0.4,
} as const;

/**
 * Where a place name may go around its dot, in order of preference. The build script gives each
 * place a `labelSide` to try first (the side that covers the fewest other dots).
 */
const EAST = ["left", [0.55, 0]] as const;
const WEST = ["right", [-0.55, 0]] as const;
const BELOW = ["top", [0, 0.45]] as const;
const ABOVE = ["bottom", [0, -0.45]] as const;
const sides = (...order: ReadonlyArray<readonly [string, readonly [number, number]]>) =>
  ["literal", order.flatMap(([anchor, offset]) => [anchor, [...offset]])] as unknown as ExpressionSpecification;
const labelSides = [
  "match",
  ["get", "labelSide"],
  "west", sides(WEST, EAST, BELOW, ABOVE),
  "below", sides(BELOW, EAST, WEST, ABOVE),
  "above", sides(ABOVE, EAST, WEST, BELOW),
  sides(EAST, WEST, ABOVE, BELOW),
] as unknown as DataDrivenPropertyValueSpecification<VariableAnchorOffsetCollectionSpecification>;

/** Syrian places first, then by population. */
const placeSortKey: DataDrivenPropertyValueSpecification<number> = [
  "-",
  ["case", ["==", ["get", "country"], "SY"], 0, 50_000_000],
  ["get", "population"],
];

function placeLabel(
  id: LabelLayerId,
  rank: 1 | 2 | 3,
  font: string,
  size: [number, number, number, number],
  color: string,
): LayerSpecification {
  return {
    id,
    type: "symbol",
    ...from(BASEMAP_SOURCE_IDS.places),
    filter: ["==", ["get", "rank"], rank],
    minzoom: rank === 1 ? 3 : 5,
    layout: {
      // Dot and name are one symbol, so a place whose name does not fit loses its dot too.
      "icon-image": fromMinzoom<ExpressionSpecification | string>(
        ["case", ["get", "capital"], "place-capital", `place-${rank}`],
        "",
        PLACE_BREAKS,
      ),
      "text-field": fromMinzoom<ExpressionSpecification | string>(["get", "name"], "", PLACE_BREAKS),
      "text-font": [font],
      "text-size": ["interpolate", ["linear"], ["zoom"], size[0], size[1], size[2], size[3]],
      "text-variable-anchor-offset": labelSides,
      "text-justify": "auto",
      "text-max-width": 8,
      "text-padding": 3,
      "symbol-sort-key": placeSortKey,
    },
    paint: { "text-color": color, ...halo },
  };
}

/**
 * The basemap style.
 * @param origin absolute origin the app is served from, e.g. "http://localhost:3000"; GeoJSON
 *   and font URLs are made absolute with it. Defaults to `window.location.origin` in a browser.
 */
export function basemapStyle(origin: string = defaultOrigin()): StyleSpecification {
  const base = origin.replace(/\/+$/, "");
  const ne = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';
  const geonames = '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)';
  const syria = '<a href="https://data.humdata.org/dataset/cod-ab-syr">OCHA COD</a> (CC BY 3.0 IGO), <a href="https://github.com/Open-Syria/data-geography">OpenSyria</a> (CC BY 4.0)';
  const C = BASEMAP_COLORS;
  const S = BASEMAP_SOURCE_IDS;

  const sources: Record<string, SourceSpecification> = {
    [BASEMAP_SOURCE_ID]: {
      type: "vector",
      tiles: [`${base}/api/tiles/basemap/{z}/{x}/{y}.pbf`],
      // The data is 1:10m at best: deeper zooms draw zoom 10's tiles.
      maxzoom: BASEMAP_TILE_MAX_ZOOM,
      attribution: `${ne}, ${geonames}, ${syria}`,
    },
  };

  const isLake: ExpressionSpecification = ["==", ["get", "lake"], true];

  const layers: LayerSpecification[] = [
    { id: "background", type: "background", paint: { "background-color": C.sea } },
    { id: "land", type: "fill", ...from(S.land), paint: { "fill-color": C.land, "fill-antialias": true } },
    {
      id: "syria-fill",
      type: "fill",
      ...from(S.syria),
      paint: { "fill-color": C.syria },
    },
    { id: "lake", type: "fill", ...from(S.lakes), paint: { "fill-color": C.lake } },
    {
      id: "river",
      type: "line",
      ...from(S.rivers),
      layout: { "line-cap": "round", "line-join": "round" },
      paint: {
        "line-color": C.river,
        "line-width": [
          "interpolate", ["linear"], ["zoom"],
          3, ["case", ["get", "major"], 0.7, 0.4],
          6, ["case", ["get", "major"], 1.5, 0.9],
          9, ["case", ["get", "major"], 2.6, 1.6],
        ],
      },
    },
    {
      id: "lake-outline",
      type: "line",
      ...from(S.lakes),
      paint: { "line-color": C.coast, "line-width": 0.5, "line-opacity": 0.7 },
    },
    {
      id: "coastline",
      type: "line",
      ...from(S.coastline),
      layout: { "line-join": "round" },
      paint: {
        "line-color": C.coast,
        "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.5, 8, 1.1],
      },
    },
    {
      id: GOVERNORATE_LINE_LAYER_ID,
      type: "line",
      ...from(S.governorateLines),
      minzoom: 4,
      layout: { "line-join": "round" },
      paint: {
        "line-color": C.governorate,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.5, 6, 0.9, 9, 1.6],
        "line-dasharray": [3, 1.5],
        "line-opacity": ["interpolate", ["linear"], ["zoom"], 4, 0.4, 5.5, 0.9],
      },
    },
    {
      id: "border-casing",
      type: "line",
      ...from(S.borders),
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": C.borderCasing,
        "line-width": ["interpolate", ["linear"], ["zoom"], 3, 2, 8, 4.5],
        "line-opacity": 0.7,
      },
    },
    {
      id: "border",
      type: "line",
      ...from(S.borders),
      filter: ["==", ["get", "kind"], "international"],
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": C.border,
        "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.8, 6, 1.3, 9, 2],
      },
    },
    {
      id: "border-disputed",
      type: "line",
      ...from(S.borders),
      filter: ["==", ["get", "kind"], "disputed"],
      layout: { "line-join": "round" },
      paint: {
        "line-color": C.border,
        "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.8, 6, 1.3, 9, 2],
        "line-dasharray": [2, 2],
      },
    },

    // ---- labels (LABEL_LAYER_IDS) ----
    {
      id: "water-label",
      type: "symbol",
      ...from(S.waterLabels),
      minzoom: 3,
      layout: {
        "text-field": ["step", ["zoom"],
          ["case", ["<=", ["get", "rank"], 1], ["get", "name"], ""],
          5, ["case", ["<=", ["get", "rank"], 2], ["get", "name"], ""],
          6.5, ["get", "name"],
        ],
        "text-font": [FONT.italic],
        "text-size": ["interpolate", ["linear"], ["zoom"], 3, ["case", isLake, 10, 11], 7, ["case", isLake, 12, 15]],
        "text-letter-spacing": ["case", isLake, 0.02, 0.12],
        "text-max-width": 7,
      },
      paint: { "text-color": C.waterLabel, "text-halo-color": "rgba(255,255,255,0.5)", "text-halo-width": 0.8 },
    },
    {
      id: "river-label",
      type: "symbol",
      ...from(S.rivers),
      minzoom: 6,
      filter: ["has", "name"],
      layout: {
        "symbol-placement": "line",
        "symbol-spacing": 400,
        "text-field": ["get", "name"],
        "text-font": [FONT.italic],
        "text-size": ["interpolate", ["linear"], ["zoom"], 6, 11, 9, 13],
        "text-letter-spacing": 0.08,
        "text-max-angle": 30,
        "text-offset": [0, -0.6],
      },
      paint: { "text-color": C.waterLabel, ...halo },
    },
    {
      id: "area-label",
      type: "symbol",
      ...from(S.countryLabels),
      minzoom: 6.5,
      filter: ["==", ["get", "kind"], "area"],
      layout: {
        "text-field": ["get", "name"],
        "text-font": [FONT.italic],
        "text-size": ["interpolate", ["linear"], ["zoom"], 6.5, 10, 9, 12],
        "text-max-width": 6,
      },
      paint: { "text-color": C.countryLabel, ...halo },
    },
    placeLabel("place-label-3", 3, FONT.regular, [6.5, 10.5, 10, 13], "#4a4a4a"),
    placeLabel("place-label-2", 2, FONT.regular, [5, 11, 10, 14], "#383838"),
    {
      id: "governorate-label",
      type: "symbol",
      ...from(S.governorateLabels),
      minzoom: 5.5,
      layout: {
        "text-field": fromMinzoom<ExpressionSpecification | string>(["get", "name"], "", GOVERNORATE_BREAKS),
        "text-font": [FONT.regular],
        "text-size": ["interpolate", ["linear"], ["zoom"], 5.5, 10, 8, 13],
        "text-transform": "uppercase",
        "text-letter-spacing": 0.14,
        "text-max-width": 7,
        "text-padding": 4,
      },
      paint: { "text-color": C.governorateLabel, ...halo, "text-halo-width": 1.2 },
    },
    placeLabel("place-label-1", 1, FONT.bold, [3, 11, 9, 16], C.placeLabel),
    {
      id: "country-label-minor",
      type: "symbol",
      ...from(S.countryLabels),
      minzoom: 5,
      maxzoom: 9,
      filter: ["==", ["get", "rank"], 3],
      layout: {
        "text-field": fromMinzoom<ExpressionSpecification | string>(["get", "name"], "", COUNTRY_BREAKS),
        "text-font": [FONT.bold],
        "text-size": ["interpolate", ["linear"], ["zoom"], 5, 10, 8, 12],
        "text-transform": "uppercase",
        "text-letter-spacing": 0.12,
        "text-max-width": 7,
      },
      paint: { "text-color": C.countryLabel, ...halo },
    },
    {
      id: "country-label-major",
      type: "symbol",
      ...from(S.countryLabels),
      minzoom: 2.5,
      maxzoom: 9,
      filter: ["<=", ["get", "rank"], 2],
      layout: {
        "text-field": fromMinzoom<ExpressionSpecification | string>(["get", "name"], "", COUNTRY_BREAKS),
        "text-font": [FONT.bold],
        "text-size": [
          "interpolate", ["linear"], ["zoom"],
          3, ["case", ["==", ["get", "rank"], 1], 11, 9],
          6, ["case", ["==", ["get", "rank"], 1], 15, 12],
          8, ["case", ["==", ["get", "rank"], 1], 18, 14],
        ],
        "text-transform": "uppercase",
        "text-letter-spacing": 0.15,
        "text-max-width": 7,
        "symbol-sort-key": ["get", "rank"],
      },
      paint: {
        "text-color": C.countryLabel,
        ...halo,
        // Fade the big names out as the city and governorate labels take over.
        "text-opacity": ["interpolate", ["linear"], ["zoom"], 7, 1, 8.5, 0.6],
      },
    },
  ];

  return {
    version: 8,
    name: "Incident Atlas basemap",
    metadata: { "incident-atlas:first-label-layer": FIRST_LABEL_LAYER_ID, "incident-atlas:bounds": BASEMAP_BOUNDS },
    center: SYRIA_VIEW.center,
    zoom: SYRIA_VIEW.zoom,
    // Only the place dots (public/basemap/sprite*.png, drawn by scripts/build-basemap.mjs).
    sprite: `${base}/basemap/sprite`,
    "font-faces": fontFaces(base),
    sources,
    layers,
  };
}
