import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { describe, expect, it } from "vitest";
import { buildRegionIndex } from "../geoparse/regions";
import { governorateBox } from "../geoparse/test-fixture";
import { syntheticAtlas } from "../store/synthetic";
import { filterIncidents } from "./filter";
import { INCIDENT_TILE_LAYER, clusterLeaves, incidentIndex, incidentTile, isTile, precutIncidentTiles } from "./incident-tiles";
import { heatWeight } from "./incident-tile-spec";
import type { LayerQuery } from "./query";

const regions = buildRegionIndex([governorateBox("SY-LA", "Latakia", 35, 35, 36), governorateBox("SY-TA", "Tartus", 35, 34, 35)]);
const ALL: LayerQuery = { source: [], region: [] };

/** The features of one decoded tile: properties, and the point in lon/lat. */
function decode(bytes: Uint8Array, z: number, x: number, y: number) {
  const layer = new VectorTile(new PbfReader(bytes)).layers[INCIDENT_TILE_LAYER];
  if (!layer) return [];
  return Array.from({ length: layer.length }, (_, i) => {
    const f = layer.feature(i).toGeoJSON(x, y, z);
    return { properties: f.properties ?? {}, coordinates: (f.geometry as GeoJSON.Point).coordinates as [number, number] };
  });
}

/** Every incident a tile stands for: single ones by id, clusters by their leaves. */
function incidentsIn(atlas: ReturnType<typeof syntheticAtlas>, q: LayerQuery, z: number, x: number, y: number): string[] {
  const ids: string[] = [];
  for (const f of decode(incidentTile(atlas, q, z, x, y), z, x, y)) {
    if (f.properties.cluster) ids.push(...clusterLeaves(atlas, q, Number(f.properties.cluster_id), Infinity)!.features.map((l) => l.properties.id));
    else ids.push(String(f.properties.id));
  }
  return [...new Set(ids)].sort();
}

describe("incident tiles", () => {
  it("the world tile at zoom 0 stands for exactly the incidents matching the filters", () => {
    const atlas = syntheticAtlas(400, regions);
    const source = atlas.incidents[0]!.reports[0]!.source ?? "unknown";
    const q: LayerQuery = { source: [source], region: [] };
    const expected = filterIncidents(atlas.incidents, q).map((i) => i.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(400);
    expect(incidentsIn(atlas, q, 0, 0, 0)).toEqual(expected);
  });

  it("clusters carry their count, and the count is their number of leaves", () => {
    const atlas = syntheticAtlas(300, regions);
    const clusters = decode(incidentTile(atlas, ALL, 3, 4, 3), 3, 4, 3).filter((f) => f.properties.cluster);
    expect(clusters.length).toBeGreaterThan(0);
    for (const c of clusters) {
      const leaves = clusterLeaves(atlas, ALL, Number(c.properties.cluster_id), Infinity)!;
      expect(leaves.count).toBe(Number(c.properties.point_count));
      expect(leaves.features).toHaveLength(Number(c.properties.point_count));
    }
  });

  it("the heat map's weights add up: a cluster's heat is the sum of its incidents' weights, and the tile's total the filter's", () => {
    const atlas = syntheticAtlas(300, regions);
    const byId = new Map(atlas.incidents.map((i) => [i.id, i]));
    const features = decode(incidentTile(atlas, ALL, 0, 0, 0), 0, 0, 0);
    expect(features.some((f) => f.properties.cluster)).toBe(true);
    for (const f of features) {
      const members = f.properties.cluster ? clusterLeaves(atlas, ALL, Number(f.properties.cluster_id), Infinity)!.features.map((l) => byId.get(l.properties.id)!) : [byId.get(String(f.properties.id))!];
      const expected = members.reduce((sum, i) => sum + heatWeight(i.fatalities?.best), 0);
      expect(Number(f.properties.heat)).toBeCloseTo(expected, 3);
    }
    const total = features.reduce((sum, f) => sum + Number(f.properties.heat), 0);
    expect(total).toBeCloseTo(atlas.incidents.reduce((sum, i) => sum + heatWeight(i.fatalities?.best), 0), 2);
  });

  it("heatWeight: 0.4 with no dead reported, rising to 1 at 50 and no higher", () => {
    expect(heatWeight(null)).toBe(0.4);
    expect(heatWeight(0)).toBe(0.4);
    expect(heatWeight(25)).toBeCloseTo(0.7);
    expect(heatWeight(50)).toBe(1);
    expect(heatWeight(5000)).toBe(1);
  });

  it("a single incident keeps what the map draws, at its place", () => {
    const atlas = syntheticAtlas(1, regions);
    const [incident] = atlas.incidents;
    // Deep enough that nothing clusters; the tile holding the incident.
    const z = 14;
    const x = Math.floor(((incident!.place.lon + 180) / 360) * 2 ** z);
    const latRad = (incident!.place.lat * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * 2 ** z);
    const [f] = decode(incidentTile(atlas, ALL, z, x, y), z, x, y);
    expect(f?.properties).toMatchObject({ id: incident!.id, type: incident!.type, precision: incident!.place.precision });
    expect(f?.properties.fatalities).toBe(incident!.fatalities?.best ?? undefined);
    expect(f!.coordinates[0]).toBeCloseTo(incident!.place.lon, 3);
    expect(f!.coordinates[1]).toBeCloseTo(incident!.place.lat, 3);
  });

  it("reuses the index for the same filters and builds another for other filters or another atlas", () => {
    const atlas = syntheticAtlas(50, regions);
    const a = incidentIndex(atlas, ALL);
    expect(incidentIndex(atlas, { source: [], region: [] })).toBe(a);
    expect(incidentIndex(atlas, { source: [], region: ["SY-LA"] })).not.toBe(a);
    expect(incidentIndex(syntheticAtlas(50, regions), ALL)).not.toBe(a);
  });

  it("refuses tiles outside the pyramid, and an unknown cluster gives null", () => {
    const atlas = syntheticAtlas(10, regions);
    expect(isTile(2, 3, 3)).toBe(true);
    expect(isTile(2, 4, 0)).toBe(false);
    expect(isTile(-1, 0, 0)).toBe(false);
    expect(isTile(15, 0, 0)).toBe(false);
    expect(isTile(1.5, 0, 0)).toBe(false);
    expect(() => incidentTile(atlas, ALL, 2, 4, 0)).toThrow(RangeError);
    expect(clusterLeaves(atlas, ALL, 123456789, 10)).toBeNull();
  });

  it("cuts the tiles over an area ahead of time and answers them again from its cache, per filter combination", () => {
    const atlas = syntheticAtlas(300, regions);
    // Zoom 0 and 1 over the world: 1 + 4 tiles.
    expect(precutIncidentTiles(atlas, ALL, [-180, -85, 180, 85], 0, 1)).toBe(5);
    const first = incidentTile(atlas, ALL, 1, 1, 0);
    expect(incidentTile(atlas, ALL, 1, 1, 0)).toBe(first);
    // Another combination has its own tiles.
    const source = atlas.incidents[0]!.reports[0]!.source ?? "unknown";
    const one = incidentTile(atlas, { source: [source], region: [] }, 0, 0, 0);
    expect(one).not.toBe(incidentTile(atlas, ALL, 0, 0, 0));
    expect(decode(one, 0, 0, 0).length).toBeGreaterThan(0);
  });
});
