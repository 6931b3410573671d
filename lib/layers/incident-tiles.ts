/**
 * The map's incidents as vector tiles, clustered on the server (supercluster) per filter
 * combination: a filter change costs the browser a handful of small tiles for what is in view,
 * not every matching incident, so the map stays usable at 100,000 incidents.
 */
import Supercluster from "supercluster";
import { fromGeojsonVt } from "vt-pbf";
import type { Incident } from "../events/incident";
import type { Atlas } from "../store/corpus";
import { incidentMapFeature } from "./build";
import type { IncidentMapProperties } from "./features";
import { filterIncidents } from "./filter";
import type { LayerQuery } from "./query";
import { isTileAddress, tilesCovering } from "./tile-address";
import { CLUSTER_RADIUS_PX, INCIDENT_TILE_EXTENT, INCIDENT_TILE_LAYER, INCIDENT_TILE_MAX_ZOOM, heatWeight } from "./incident-tile-spec";

export { INCIDENT_TILE_LAYER } from "./incident-tile-spec";
import type { Feature, FeatureCollection, Point } from "geojson";

/** How many filter combinations keep their cluster index (the latest ones). */
const CACHED_INDEXES = 6;

/** What a tile carries per incident: only what the map draws (the list and detail fetch the rest). */
export interface IncidentTileProperties {
  id: string;
  type: string;
  precision: string;
  /** Left out when unknown (vector tiles have no null). */
  fatalities?: number;
  /** The incident's weight in the heat map (heatWeight); a cluster carries the sum of its incidents'. */
  heat: number;
}

interface Index {
  clusters: Supercluster<IncidentTileProperties>;
  byId: Map<string, Incident>;
  /** Tiles already encoded, by z/x/y (a map's view asks for the same few again with every pan and filter change back). */
  tiles: Map<string, Uint8Array>;
}

/** How many encoded tiles each filter combination keeps (a few KB each). */
const CACHED_TILES = 2000;

// On globalThis, like the atlas itself: every route (tiles, leaves) shares one set of indexes.
const KEY = Symbol.for("incident-atlas.incident-tiles");
const indexes = ((globalThis as Record<symbol, WeakMap<Atlas, Map<string, Index>>>)[KEY] ??= new WeakMap());

function tileProperties(i: Incident): IncidentTileProperties {
  const fatalities = i.fatalities?.best;
  return { id: i.id, type: i.type, precision: i.place.precision, ...(typeof fatalities === "number" ? { fatalities } : {}), heat: heatWeight(fatalities) };
}

/** The cluster index of the incidents matching `q`, built once per atlas and filter combination. */
export function incidentIndex(atlas: Atlas, q: LayerQuery): Index {
  let cache = indexes.get(atlas);
  if (!cache) indexes.set(atlas, (cache = new Map()));
  const key = JSON.stringify(q);
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const incidents = filterIncidents(atlas.incidents, q);
  const clusters = new Supercluster<IncidentTileProperties>({
    // Same ratio of radius to tile size as MapLibre's own clustering of a GeoJSON source.
    radius: (CLUSTER_RADIUS_PX * INCIDENT_TILE_EXTENT) / 512,
    extent: INCIDENT_TILE_EXTENT,
    maxZoom: INCIDENT_TILE_MAX_ZOOM,
    // Clusters sum their incidents' heat weights, so the heat map drawn from the tiles keeps every incident's weight.
    map: (p) => ({ heat: p.heat }),
    reduce: (sum, p) => {
      sum.heat += p.heat;
    },
  });
  clusters.load(
    incidents.map((i): Feature<Point, IncidentTileProperties> => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [i.place.lon, i.place.lat] },
      properties: tileProperties(i),
    })),
  );
  const index = { clusters, byId: new Map(incidents.map((i) => [i.id, i])), tiles: new Map<string, Uint8Array>() };
  cache.set(key, index);
  while (cache.size > CACHED_INDEXES) cache.delete(cache.keys().next().value!);
  return index;
}

/** Whether z/x/y names a tile of the map's tile pyramid. */
export function isTile(z: number, x: number, y: number): boolean {
  return isTileAddress({ z, x, y }, INCIDENT_TILE_MAX_ZOOM);
}

/**
 * One tile of the incidents matching `q` (Mapbox Vector Tile, layer INCIDENT_TILE_LAYER): single
 * incidents with IncidentTileProperties, clusters with `cluster_id`, `point_count` and
 * `point_count_abbreviated`, as MapLibre's clustered GeoJSON source gives them.
 */
export function incidentTile(atlas: Atlas, q: LayerQuery, z: number, x: number, y: number): Uint8Array {
  if (!isTile(z, x, y)) throw new RangeError(`No tile ${z}/${x}/${y}.`);
  const index = incidentIndex(atlas, q);
  const key = `${z}/${x}/${y}`;
  const hit = index.tiles.get(key);
  if (hit) return hit;
  const tile = index.clusters.getTile(z, x, y);
  const features = (tile?.features ?? []).map((f) => ({
    type: f.type,
    geometry: f.geometry,
    tags: f.tags as unknown as Record<string, string | number | boolean>,
    // Cluster ids are numbers; an incident's id is a string property, not a tile feature id.
    ...(typeof f.id === "number" ? { id: f.id } : {}),
  }));
  const bytes = fromGeojsonVt({ [INCIDENT_TILE_LAYER]: { features } }, { version: 2, extent: INCIDENT_TILE_EXTENT });
  if (index.tiles.size >= CACHED_TILES) index.tiles.delete(index.tiles.keys().next().value!);
  index.tiles.set(key, bytes);
  return bytes;
}

/**
 * Clusters the incidents matching `q` and cuts their tiles of zooms `minZoom`..`maxZoom` over `bbox`
 * ahead of time (at server start, for the map's opening view): returns how many tiles were cut.
 */
export function precutIncidentTiles(atlas: Atlas, q: LayerQuery, bbox: [number, number, number, number], minZoom: number, maxZoom: number): number {
  let cut = 0;
  for (let z = minZoom; z <= Math.min(maxZoom, INCIDENT_TILE_MAX_ZOOM); z++) {
    for (const t of tilesCovering(bbox, z)) {
      incidentTile(atlas, q, t.z, t.x, t.y);
      cut++;
    }
  }
  return cut;
}

/**
 * The incidents inside cluster `clusterId` of the tiles for `q` (compact, as the list shows them),
 * or null when the index has no such cluster (the filters or the corpus changed since the tile).
 */
export function clusterLeaves(atlas: Atlas, q: LayerQuery, clusterId: number, limit: number): (FeatureCollection<Point, IncidentMapProperties> & { count: number }) | null {
  const { clusters, byId } = incidentIndex(atlas, q);
  let count: number;
  let leaves: Array<Feature<Point, IncidentTileProperties>>;
  try {
    count = clusters.getChildren(clusterId).reduce((sum, c) => sum + (c.properties && "point_count" in c.properties ? Number(c.properties.point_count) : 1), 0);
    leaves = clusters.getLeaves(clusterId, limit, 0) as Array<Feature<Point, IncidentTileProperties>>;
  } catch {
    return null;
  }
  const features = leaves.flatMap((leaf) => {
    const incident = byId.get(leaf.properties.id);
    return incident ? [incidentMapFeature(incident)] : [];
  });
  return { type: "FeatureCollection", features, count };
}
