/**
 * The dashboard's view state <-> URL query string, as pure functions.
 *
 * The filters are the API's own `LayerQuery` (validated with `LayerQuerySchema`,
 * so a link that reopens a view asks the API exactly what the view showed);
 * the dashboard adds one parameter of its own, `layers`, for the visible layers.
 *
 *   ?from=2025-03-01&to=2025-03-31&source=Reuters&source=unknown&region=SY-LA&layers=incidents,regions
 */
import { LayerQuerySchema, type LayerQuery } from "../../lib/layers/query";

export const LAYER_IDS = ["incidents", "mentions", "regions"] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Shown when the URL says nothing about layers. */
export const DEFAULT_LAYERS: readonly LayerId[] = ["incidents"];

/** `layers=none` stands for "every layer switched off" (an empty value would be ambiguous). */
const NO_LAYERS = "none";

export interface ViewState {
  query: LayerQuery;
  /** Visible layers, in `LAYER_IDS` order, without duplicates. */
  layers: LayerId[];
}

export interface ParsedViewState {
  state: ViewState;
  /** What was wrong with the URL and has been dropped, in words for the user. */
  problems: string[];
}

export const EMPTY_QUERY: LayerQuery = { source: [], region: [] };
export const DEFAULT_VIEW: ViewState = { query: EMPTY_QUERY, layers: [...DEFAULT_LAYERS] };

type ParamsInput = URLSearchParams | string | { toString(): string };

function toParams(input: ParamsInput): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
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

function unique(values: string[]): string[] {
  return [...new Set(values)];
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

/**
 * Reads the view from a query string. Never throws: a bad value is dropped
 * (and said so in `problems`) so the rest of a shared link still works.
 */
export function parseViewState(input: ParamsInput): ParsedViewState {
  const params = toParams(input);
  const problems: string[] = [];

  const candidate: { from?: string; to?: string; source: string[]; region: string[] } = {
    source: unique(params.getAll("source").filter((s) => s.length > 0)),
    region: unique(params.getAll("region").filter((s) => s.length > 0)),
  };
  for (const key of ["from", "to"] as const) {
    const value = params.get(key);
    if (value === null || value === "") continue;
    if (isCalendarDate(value)) candidate[key] = value;
    else problems.push(`"${key}=${value}" is not a date (expected YYYY-MM-DD); ignored.`);
  }

  let query: LayerQuery = EMPTY_QUERY;
  // Drop whatever the schema rejects, then try again; each round removes at least one field.
  for (let round = 0; round < 8; round++) {
    const result = LayerQuerySchema.safeParse(candidate);
    if (result.success) {
      query = result.data;
      break;
    }
    let removed = false;
    for (const issue of result.error.issues) {
      const [field, index] = issue.path;
      if (issue.code === "custom" && field === "from" && candidate.from && candidate.to) {
        problems.push(`The date range ${candidate.from} to ${candidate.to} ends before it starts; ignored.`);
        delete candidate.from;
        delete candidate.to;
        removed = true;
      } else if ((field === "source" || field === "region") && typeof index === "number") {
        const list = candidate[field];
        problems.push(`"${field}=${list[index] ?? ""}" ignored: ${issue.message}.`);
        candidate[field] = list.filter((_, i) => i !== index);
        removed = true;
      } else if (field === "from" || field === "to" || field === "source" || field === "region") {
        problems.push(`"${field}" ignored: ${issue.message}.`);
        if (field === "from" || field === "to") delete candidate[field];
        else candidate[field] = [];
        removed = true;
      }
      if (removed) break;
    }
    if (!removed) {
      problems.push("The filters in the link could not be read; showing everything.");
      break;
    }
  }

  return { state: { query, layers: parseLayers(params, problems) }, problems };
}

function sameLayers(a: readonly LayerId[], b: readonly LayerId[]): boolean {
  const x = orderLayers(a);
  const y = orderLayers(b);
  return x.length === y.length && x.every((id, i) => id === y[i]);
}

/** The filters as API query parameters (the same names the dashboard URL uses). */
export function queryToParams(query: LayerQuery, options: { omitSource?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (!options.omitSource) for (const s of query.source) params.append("source", s);
  for (const r of query.region) params.append("region", r);
  return params;
}

/** The query string (without "?") for a view; defaults are left out so plain "/" is the default view. */
export function serializeViewState(state: ViewState): string {
  const params = queryToParams(state.query);
  if (!sameLayers(state.layers, DEFAULT_LAYERS)) {
    const layers = orderLayers(state.layers);
    params.set("layers", layers.length ? layers.join(",") : NO_LAYERS);
  }
  // Keep commas readable in copied links.
  return params.toString().replace(/%2C/g, ",");
}

/** Relative URL of an API endpoint for the given filters. */
export function apiUrl(path: string, query: LayerQuery, options: { omitSource?: boolean } = {}): string {
  const search = queryToParams(query, options).toString();
  return search ? `${path}?${search}` : path;
}

/** Whether a publisher's checkbox is ticked: an empty selection means every publisher. */
export function isSourceSelected(selected: readonly string[], value: string): boolean {
  return selected.length === 0 || selected.includes(value);
}

/**
 * The `source` list after ticking or unticking one publisher.
 * `all` is every publisher value on offer; ticking everything collapses to [] ("all").
 * Unticking the last ticked publisher is refused (returns the selection unchanged),
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
  for (const key of ["from", "to"] as const) if (!query[key]) delete query[key];
  if (query.from && query.to && query.from > query.to) {
    if (patch.from !== undefined) query.to = query.from;
    else query.from = query.to;
  }
  return { ...state, query };
}

export function withLayer(state: ViewState, layer: LayerId, visible: boolean): ViewState {
  const set = new Set(state.layers);
  if (visible) set.add(layer);
  else set.delete(layer);
  return { ...state, layers: orderLayers(set) };
}
