import { describe, expect, it } from "vitest";
import { choroplethColor, focusCollection, HEAT_LAYER_ID, heatWeightExpression, incidentSourceSpec, pointLayers, regionLayers, SOURCE_IDS, tileRequestUrl } from "./map-layers";

describe("choroplethColor", () => {
  it("is a plain colour when the top count is 1 or less, a ramp otherwise", () => {
    expect(typeof choroplethColor(0)).toBe("string");
    expect(choroplethColor(12)).toEqual(["interpolate", ["linear"], ["get", "count"], 1, "#fde7d6", 12, "#a63603"]);
  });
});

describe("focusCollection", () => {
  it("tags each present feature with its role and skips missing ones", () => {
    const f = { geometry: { coordinates: [35, 36] }, properties: { id: "a" } };
    const c = focusCollection([
      { role: "hover", feature: f },
      { role: "selected", feature: undefined },
    ]);
    expect(c.features).toEqual([{ type: "Feature", geometry: { type: "Point", coordinates: [35, 36] }, properties: { id: "a", role: "hover" } }]);
  });
});

describe("sources", () => {
  it("incidents come as vector tiles down to the map's last zoom, and no GeoJSON source holds a copy of them", () => {
    expect(incidentSourceSpec("/t/{z}/{x}/{y}.pbf?source=A")).toEqual({ type: "vector", tiles: ["/t/{z}/{x}/{y}.pbf?source=A"], minzoom: 0, maxzoom: 14 });
    expect(Object.values(SOURCE_IDS).filter((id) => id.startsWith("incidents") && id !== SOURCE_IDS.incidents && id !== SOURCE_IDS.focus)).toEqual([]);
  });

  it("the heat map is drawn from the incidents' tiles, weighted by each feature's heat (a cluster's is its incidents' sum)", () => {
    const heat = regionLayers().find((l) => l.id === HEAT_LAYER_ID)!;
    expect(heat).toMatchObject({ type: "heatmap", source: SOURCE_IDS.incidents, "source-layer": "incidents" });
    expect(JSON.stringify((heat as { paint: Record<string, unknown> }).paint["heatmap-weight"])).toContain('"heat"');
  });

  it("the heat ramp is scaled to the filtered total: unscaled up to 100 incidents, divided beyond", () => {
    expect(heatWeightExpression(0)).toEqual(["/", ["coalesce", ["get", "heat"], 0], 1]);
    expect(heatWeightExpression(67)).toEqual(["/", ["coalesce", ["get", "heat"], 0], 1]);
    expect(heatWeightExpression(100_000)).toEqual(["/", ["coalesce", ["get", "heat"], 0], 1000]);
  });

  it("every layer of the incidents' source reads the tiles' layer, and no other layer names one", () => {
    for (const layer of [...pointLayers("Font"), ...regionLayers()]) {
      const source = "source" in layer ? layer.source : undefined;
      expect(layer, layer.id).toMatchObject(source === SOURCE_IDS.incidents ? { "source-layer": "incidents" } : {});
      if (source !== SOURCE_IDS.incidents) expect(layer, layer.id).not.toHaveProperty("source-layer");
    }
  });
});

describe("tileRequestUrl", () => {
  const origin = "http://atlas.test";
  it("asks for an incidents tile with the filters the map shows now, not those its source was made with", () => {
    expect(tileRequestUrl("http://atlas.test/api/tiles/incidents/5/19/12.pbf?source=A&rev=0", "/api/tiles/incidents/{z}/{x}/{y}.pbf?region=SY-HA&rev=2", origin)).toBe(
      "http://atlas.test/api/tiles/incidents/5/19/12.pbf?region=SY-HA&rev=2",
    );
  });

  it("drops the old filters when the map now shows everything", () => {
    expect(tileRequestUrl("http://atlas.test/api/tiles/incidents/7/76/51.pbf?source=A", "/api/tiles/incidents/{z}/{x}/{y}.pbf", origin)).toBe("http://atlas.test/api/tiles/incidents/7/76/51.pbf");
  });

  it("leaves every other request alone: basemap tiles, fonts, other hosts, the cluster leaves", () => {
    const current = "/api/tiles/incidents/{z}/{x}/{y}.pbf?source=B";
    for (const url of [
      "http://atlas.test/api/tiles/basemap/5/19/12.pbf",
      "http://atlas.test/fonts/NotoSans-Regular.ttf",
      "http://elsewhere.test/api/tiles/incidents/5/19/12.pbf?source=A",
      "http://atlas.test/api/tiles/incidents/leaves?cluster=3",
    ]) {
      expect(tileRequestUrl(url, current, origin), url).toBe(url);
    }
  });
});
