import { describe, expect, it } from "vitest";
import { HEAT_LAYER_ID, INCIDENT_LAYER_IDS, MENTION_LAYER_IDS, REGION_LAYER_IDS, SOURCE_IDS } from "../map-layers";
import { atlasStyle } from "./atlas-style";

const empty: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };
const data = { incidentTiles: "/api/tiles/incidents/{z}/{x}/{y}.pbf?region=SY-LA&rev=0", mentions: "/api/layers/mentions?region=SY-LA", regions: empty, maxRegionCount: 7, area: empty };

describe("atlasStyle", () => {
  const style = atlasStyle("http://atlas.test", ["incidents", "regions"], data);
  const layer = (id: string) => style.layers.find((l) => l.id === id) as { layout?: { visibility?: string }; paint?: Record<string, unknown> } | undefined;

  it("loads the incidents from the same tiles the dashboard's map does", () => {
    expect((style.sources[SOURCE_IDS.incidents] as { tiles: string[] }).tiles).toEqual(["http://atlas.test/api/tiles/incidents/{z}/{x}/{y}.pbf?region=SY-LA&rev=0"]);
    expect((style.sources[SOURCE_IDS.mentions] as { data: unknown }).data).toEqual(empty);
  });

  it("shows the toggled layers and hides the others", () => {
    expect(layer(INCIDENT_LAYER_IDS.point)?.layout?.visibility).toBe("visible");
    expect(layer(REGION_LAYER_IDS.fill)?.layout?.visibility).toBe("visible");
    expect(layer(HEAT_LAYER_ID)?.layout?.visibility).toBe("none");
    expect(layer(MENTION_LAYER_IDS.point)?.layout?.visibility).toBe("none");
  });

  it("scales the choropleth to the largest count and keeps it under the basemap's labels, points on top", () => {
    expect(JSON.stringify(layer(REGION_LAYER_IDS.fill)?.paint?.["fill-color"])).toContain("7");
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(REGION_LAYER_IDS.fill)).toBeLessThan(ids.indexOf(INCIDENT_LAYER_IDS.point));
    expect(ids.at(-1)).toBe(INCIDENT_LAYER_IDS.selected);
    expect(style.glyphs ?? "").not.toContain("undefined");
  });
});
