import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader } from "pbf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as basemap from "./basemap/[z]/[x]/[y]/route";
import * as incidents from "./incidents/[z]/[x]/[y]/route";
import * as leaves from "./incidents/leaves/route";

/** The tile routes over a small synthetic atlas (ATLAS_SYNTHETIC_INCIDENTS) and the app's own basemap files. */
const ORIGIN = "http://atlas.test";
const at = (z: string, x: string, y: string) => ({ params: Promise.resolve({ z, x, y }) });
const get = (path: string) => new Request(`${ORIGIN}${path}`);

async function layersOf(response: Response) {
  return new VectorTile(new PbfReader(new Uint8Array(await response.arrayBuffer()))).layers;
}

beforeAll(() => {
  vi.stubEnv("ATLAS_SYNTHETIC_INCIDENTS", "300");
});
afterAll(() => vi.unstubAllEnvs());

describe("incident tiles", () => {
  it("answers a vector tile whose clusters list exactly their incidents", async () => {
    const r = await incidents.GET(get("/api/tiles/incidents/0/0/0.pbf?rev=3"), at("0", "0", "0.pbf"));
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/vnd.mapbox-vector-tile");
    const layer = (await layersOf(r)).incidents!;
    let total = 0;
    for (let i = 0; i < layer.length; i++) {
      const { properties } = layer.feature(i);
      if (!properties.cluster) {
        total += 1;
        continue;
      }
      const answer = await leaves.GET(get(`/api/tiles/incidents/leaves?cluster=${properties.cluster_id}&limit=10000&rev=3`));
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { count: number; features: unknown[] };
      expect(body.count).toBe(properties.point_count);
      expect(body.features).toHaveLength(Number(properties.point_count));
      total += body.features.length;
    }
    expect(total).toBe(300);
  }, 60_000);

  it("refuses a tile outside the pyramid (404) and a bad filter (400), naming it", async () => {
    const outside = await incidents.GET(get("/api/tiles/incidents/15/0/0.pbf"), at("15", "0", "0.pbf"));
    expect(outside.status).toBe(404);
    expect(await outside.json()).toMatchObject({ parameter: "tile" });
    const bad = await incidents.GET(get("/api/tiles/incidents/0/0/0.pbf?region=Narnia"), at("0", "0", "0.pbf"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ parameter: "region" });
  }, 60_000);

  it("a cluster's incidents: a bad id is a 400, an unknown one a 404", async () => {
    expect((await leaves.GET(get("/api/tiles/incidents/leaves?cluster=abc"))).status).toBe(400);
    expect((await leaves.GET(get("/api/tiles/incidents/leaves?cluster=12&limit=0"))).status).toBe(400);
    const unknown = await leaves.GET(get("/api/tiles/incidents/leaves?cluster=987654321"));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ parameter: "cluster" });
  }, 60_000);
});

describe("basemap tiles", () => {
  it("one tile holds every basemap layer over Syria; a tile beyond zoom 10 is a 404", async () => {
    // Zoom 5, the tile holding Damascus.
    const r = await basemap.GET(get("/api/tiles/basemap/5/19/12.pbf"), at("5", "19", "12.pbf"));
    expect(r.status).toBe(200);
    expect(Object.keys(await layersOf(r))).toEqual(expect.arrayContaining(["land", "syria", "borders", "places", "governorate-lines"]));
    expect((await basemap.GET(get("/api/tiles/basemap/11/0/0.pbf"), at("11", "0", "0.pbf"))).status).toBe(404);
  });
});
