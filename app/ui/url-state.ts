/**
 * The dashboard's view state <-> URL query string, and the actions that change it, as pure functions
 * ((state, change) -> state, like kepler.gl's reducers: easy to test, and back/forward just re-read the URL).
 *
 * The filters are the API's own `LayerQuery` (read with the API's `parseLayerQuery`, so a link that reopens
 * a view asks the API exactly what the view showed). The dashboard adds its own parameters:
 *
 *   v=1                      schema version of the link (absent: the same, older links had none)
 *   layers=incidents,heat    visible layers (`none` for all off)
 *   sel=<incident id>        the incident open in the detail panel
 *   map=<zoom>/<lat>/<lon>   the map view
 *   place=<name>             the name of the `near` point, for display only
 *
 *   ?v=1&from=2025-03-01&source=Reuters&region=SY-LA&admin2=SY0602&near=35.79,35.53&km=10&place=Latakia&sel=inc:…&map=8/35.5/35.8
 */
import { layerQueryToParams, parseLayerQuery } from "../../lib/layers/parse-query";
import type { LayerQuery } from "../../lib/layers/query";
import { upgradeViewQuery, VIEW_QUERY_VERSION } from "../../lib/store/view-query";

export const URL_VERSION = VIEW_QUERY_VERSION;

export const LAYER_IDS = ["incidents", "mentions", "regions", "heat"] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Shown when the URL says nothing about layers. */
export const DEFAULT_LAYERS: readonly LayerId[] = ["incidents"];

/** `layers=none` stands for "every layer switched off" (an empty value would be ambiguous). */
const NO_LAYERS = "none";

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface ViewState {
  query: LayerQuery;
  /** Visible layers, in `LAYER_IDS` order, without duplicates. */
  layers: LayerId[];
  /** The incident open in the detail panel. */
  selected: string | null;
  /** The map view; null: fit Syria. */
  camera: Camera | null;
  /** What the `near` point is called (it came from a search), for the filter's label. */
  place: string | null;
}

export interface ParsedViewState {
  state: ViewState;
  /** What was wrong with the URL and has been dropped, in words for the user. */
  problems: string[];
}

export const EMPTY_QUERY: LayerQuery = { source: [], region: [] };
export const DEFAULT_VIEW: ViewState = { query: EMPTY_QUERY, layers: [...DEFAULT_LAYERS], selected: null, camera: null, place: null };

const VIEW_PARAMETERS = ["v", "layers", "sel", "map", "place"];

type ParamsInput = URLSearchParams | string | { toString(): string };

function toParams(input: ParamsInput): URLSearchParams {
  if (input instanceof URLSearchParams) return new URLSearchParams(input);
  const text = input.toString();
  return new URLSearchParams(text.startsWith("?") ? text.slice(1) : text);
}

/** True for a YYYY-MM-DD string naming a day that exists (2025-02-30 does not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function orderLayers(layers: Iterable<LayerId>): LayerId[] {
  const set = new Set(layers);
  return LAYER_IDS.filter((id) => set.has(id));
}

function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

function parseLayers(params: URLSearchParams, problems: string[]): LayerId[] {
  const raw = params.getAll("layers");
  if (raw.length === 0) return [...DEFAULT_LAYERS];
  const tokens = raw
    .flatMap((v) => v.split(","))
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  const layers: LayerId[] = [];
  for (const token of tokens) {
    if (token === NO_LAYERS) continue;
    if (isLayerId(token)) layers.push(token);
    else problems.push(`Unknown layer "${token}" ignored.`);
  }
  return orderLayers(layers);
}

function parseCamera(value: string | null, problems: string[]): Camera | null {
  if (!value) return null;
  const [zoom, lat, lon] = value.split("/").map(Number);
  if ([zoom, lat, lon].every((n) => typeof n === "number" && Number.isFinite(n)) && zoom! >= 0 && zoom! <= 22 && Math.abs(lat!) <= 90 && Math.abs(lon!) <= 180) {
    return { zoom: zoom!, lat: lat!, lon: lon! };
  }
  problems.push(`"map=${value}" is not a map view (expected zoom/lat/lon); ignored.`);
  return null;
}

/** Drops empty and repeated values of a repeatable parameter. */
function tidy(params: URLSearchParams, key: string): void {
  const values = [...new Set(params.getAll(key).filter((v) => v.length > 0))];
  params.delete(key);
  for (const v of values) params.append(key, v);
}

/**
 * Reads the view from a query string. Never throws: a bad value is dropped
 * (and said so in `problems`) so the rest of a shared link still works.
 */
export function parseViewState(input: ParamsInput): ParsedViewState {
  // A link of an older format is read as the current one first (lib/store/view-query.ts).
  const upgraded = upgradeViewQuery(toParams(input).toString());
  const all = toParams(upgraded.query);
  const problems: string[] = [...upgraded.problems];

  const filters = new URLSearchParams(all);
  for (const key of VIEW_PARAMETERS) filters.delete(key);
  for (const key of ["source", "region", "admin2", "admin3", "attributed"]) tidy(filters, key);
  for (const key of ["from", "to"]) {
    const value = filters.get(key);
    if (value === null) continue;
    if (value === "") filters.delete(key);
    else if (!isCalendarDate(value)) {
      problems.push(`"${key}=${value}" is not a date (expected YYYY-MM-DD); ignored.`);
      filters.delete(key);
    }
  }

  let query: LayerQuery = EMPTY_QUERY;
  // Drop whatever the API's parser rejects, one parameter (or one value) a round, then try again.
  for (let round = 0; round < 16; round++) {
    const result = parseLayerQuery(filters, null);
    if (result.ok) {
      query = result.query;
      break;
    }
    const p = result.parameter;
    if (p === "from" && filters.get("from") && filters.get("to") && filters.get("from")! > filters.get("to")!) {
      problems.push(`The date range ${filters.get("from")} to ${filters.get("to")} ends before it starts; ignored.`);
      filters.delete("from");
      filters.delete("to");
    } else if (filters.has(p)) {
      problems.push(`"${p}" ignored: ${result.error}`);
      filters.delete(p);
      if (p === "near") filters.delete("km");
    } else {
      problems.push("The filters in the link could not be read; showing everything.");
      break;
    }
  }

  const selected = all.get("sel") || null;
  const place = query.near ? all.get("place") || null : null;
  return { state: { query, layers: parseLayers(all, problems), selected, camera: parseCamera(all.get("map"), problems), place }, problems };
}

function sameLayers(a: readonly LayerId[], b: readonly LayerId[]): boolean {
  const x = orderLayers(a);
  const y = orderLayers(b);
  return x.length === y.length && x.every((id, i) => id === y[i]);
}

/** The filters as API query parameters (the same names the dashboard URL uses). */
export function queryToParams(query: LayerQuery, options: { omitSource?: boolean; omit?: readonly string[] } = {}): URLSearchParams {
  return layerQueryToParams(query, { omit: [...(options.omit ?? []), ...(options.omitSource ? ["source"] : [])] });
}

const round = (n: number, digits: number) => String(Math.round(n * 10 ** digits) / 10 ** digits);

/** The query string (without "?") for a view; the default view is "" so plain "/" is the default view. */
export function serializeViewState(state: ViewState): string {
  const params = queryToParams(state.query);
  if (state.place && state.query.near) params.set("place", state.place);
  if (!sameLayers(state.layers, DEFAULT_LAYERS)) {
    const layers = orderLayers(state.layers);
    params.set("layers", layers.length ? layers.join(",") : NO_LAYERS);
  }
  if (state.selected) params.set("sel", state.selected);
  if (state.camera) params.set("map", `${round(state.camera.zoom, 2)}/${round(state.camera.lat, 4)}/${round(state.camera.lon, 4)}`);
  const text = params.toString();
  if (!text) return "";
  // Keep commas and slashes readable in copied links.
  return `v=${URL_VERSION}&${text}`.replace(/%2C/g, ",").replace(/%2F/g, "/");
}

/** Relative URL of an API endpoint for the given filters. */
export function apiUrl(path: string, query: LayerQuery, options: { omitSource?: boolean; omit?: readonly string[]; extra?: Record<string, string> } = {}): string {
  const params = queryToParams(query, options);
  for (const [k, v] of Object.entries(options.extra ?? {})) params.set(k, v);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Whether a checkbox of a facet is ticked: an empty selection means every value. */
export function isSourceSelected(selected: readonly string[], value: string): boolean {
  return selected.length === 0 || selected.includes(value);
}

/**
 * A facet's list after ticking or unticking one value (publishers, cited organisations).
 * `all` is every value on offer; ticking everything collapses to [] ("all").
 * Unticking the last ticked value is refused (returns the selection unchanged),
 * since an empty list means "all", not "none".
 */
export function toggleSource(selected: readonly string[], all: readonly string[], value: string, checked: boolean): string[] {
  const effective = selected.length === 0 ? [...all] : [...selected];
  let next: string[];
  if (checked) next = effective.includes(value) ? effective : [...effective, value];
  else next = effective.filter((v) => v !== value);
  if (next.length === 0) return [...selected];
  if (all.length > 0 && all.every((v) => next.includes(v))) return [];
  // Keep the order of the list on offer, then anything else (values from a link).
  const rank = (v: string) => {
    const i = all.indexOf(v);
    return i === -1 ? all.length : i;
  };
  return [...next].sort((a, b) => rank(a) - rank(b));
}

/** The view with some filters changed; a `from` after `to` moves the other bound along. */
export function withFilters(state: ViewState, patch: Partial<LayerQuery>): ViewState {
  const query: LayerQuery = { ...state.query, ...patch };
  for (const key of Object.keys(query) as (keyof LayerQuery)[]) if (query[key] === undefined || query[key] === "") delete query[key];
  if (query.from && query.to && query.from > query.to) {
    if (patch.from !== undefined) query.to = query.from;
    else query.from = query.to;
  }
  if (!query.near) delete query.km;
  return { ...state, query, place: query.near ? state.place : null };
}

/** "Within km of a place": sets the point, its name and the radius together. */
export function withNear(state: ViewState, near: { lon: number; lat: number; name: string } | null, km: number): ViewState {
  if (!near) return withFilters({ ...state, place: null }, { near: undefined, km: undefined });
  return { ...withFilters(state, { near: [near.lon, near.lat], km }), place: near.name };
}

/** Every filter back to "all", keeping the layers and the map where they are. */
export function withoutFilters(state: ViewState): ViewState {
  return { ...state, query: EMPTY_QUERY, place: null };
}

export function withLayer(state: ViewState, layer: LayerId, visible: boolean): ViewState {
  const set = new Set(state.layers);
  if (visible) set.add(layer);
  else set.delete(layer);
  return { ...state, layers: orderLayers(set) };
}

export function withSelected(state: ViewState, selected: string | null): ViewState {
  return { ...state, selected };
}

export function withCamera(state: ViewState, camera: Camera | null): ViewState {
  return { ...state, camera };
}

/** Whether any filter narrows the incidents. */
export function isFiltered(query: LayerQuery): boolean {
  return Boolean(query.from || query.to || query.source.length || query.region.length || query.admin2?.length || query.admin3?.length || query.attributed?.length || query.bbox || query.polygon || query.near);
}
