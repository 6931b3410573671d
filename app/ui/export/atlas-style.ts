import type { LayerSpecification, StyleSpecification } from "maplibre-gl";
import { FIRST_LABEL_LAYER_ID, FONT, basemapStyle } from "../../map/basemap-style";
import { HEAT_LAYER_ID, LAYERS_BY_TOGGLE, REGION_LAYER_IDS, SOURCE_IDS, areaLayers, absoluteTileUrl, choroplethColor, heatWeightExpression, incidentSourceSpec, pointLayers, regionLayers, sourceSpec } from "../map-layers";
import { LAYER_IDS, type LayerId } from "../url-state";

export interface AtlasStyleData {
  /** The incidents' vector tile URL template, the same the dashboard's map loads (clusters and points). */
  incidentTiles: string;
  mentions: string | null;
  regions: GeoJSON.FeatureCollection | null;
  /** The largest governorate count, for the choropleth's scale. */
  maxRegionCount: number;
  area: GeoJSON.FeatureCollection;
  /** How many incidents match the filters: the heat map's ramp is scaled to it (see heatWeightExpression). */
  incidentTotal?: number;
}

/**
 * The dashboard map's style (basemap, the app's sources and layers in the same order, the toggled layers
 * shown) built without a live map: for pages that draw the map on their own, such as the printed brief.
 */
export function atlasStyle(origin: string, layers: readonly LayerId[], data: AtlasStyleData): StyleSpecification {
  const { center: _center, zoom: _zoom, ...style } = basemapStyle(origin);
  const dataOf: Partial<Record<string, string | GeoJSON.FeatureCollection>> = {
    [SOURCE_IDS.mentions]: layers.includes("mentions") ? (data.mentions ?? undefined) : undefined,
    [SOURCE_IDS.regions]: data.regions ?? undefined,
    [SOURCE_IDS.area]: data.area,
  };
  const sources = Object.fromEntries(
    Object.values(SOURCE_IDS).map((id) => {
      if (id === SOURCE_IDS.incidents) return [id, incidentSourceSpec(absoluteTileUrl(data.incidentTiles, origin))];
      const spec = sourceSpec(id);
      const d = dataOf[id];
      return [id, d === undefined ? spec : { ...spec, data: d }];
    }),
  );
  const hidden = new Set(LAYER_IDS.filter((id) => !layers.includes(id)).flatMap((id) => LAYERS_BY_TOGGLE[id]));
  const shown = new Set(layers.flatMap((id) => LAYERS_BY_TOGGLE[id]));
  const labelAt = style.layers.findIndex((layer) => layer.id === FIRST_LABEL_LAYER_ID);
  const under = labelAt < 0 ? style.layers.length : labelAt;
  const app = (list: ReturnType<typeof regionLayers>) =>
    list.map((layer) => {
      const l = layer as LayerSpecification & { layout?: Record<string, unknown>; paint?: Record<string, unknown> };
      const visibility = hidden.has(l.id) ? "none" : shown.has(l.id) ? "visible" : (l.layout?.visibility as string | undefined);
      const paint =
        l.id === REGION_LAYER_IDS.fill
          ? { ...l.paint, "fill-color": choroplethColor(data.maxRegionCount) }
          : l.id === HEAT_LAYER_ID
            ? { ...l.paint, "heatmap-weight": heatWeightExpression(data.incidentTotal ?? 0) }
            : l.paint;
      return { ...l, ...(paint ? { paint } : {}), layout: { ...l.layout, ...(visibility ? { visibility } : {}) } } as LayerSpecification;
    });
  return {
    ...style,
    sources: { ...style.sources, ...sources },
    layers: [...style.layers.slice(0, under), ...app(regionLayers()), ...style.layers.slice(under), ...app(areaLayers()), ...app(pointLayers(FONT.bold))],
  };
}
