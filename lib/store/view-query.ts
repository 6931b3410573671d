/**
 * The format versions of a view's URL query (`v=`), and how an older one is read as the current one.
 *
 * A link or saved view keeps the query it was made with; when the dashboard's URL format changes, the change
 * gets a step here (version n → n+1), so every link made before still opens the view it named.
 *
 *   0  links made before the dashboard wrote `v=`: the same parameters as version 1
 *   1  filters (the API's parameters), layers, sel, map=zoom/lat/lon, place
 *      (the district filters admin2= and admin3= came later within version 1: optional, so older links read as before)
 */
import { parseLayerQuery } from "../layers/parse-query";

export const VIEW_QUERY_VERSION = 1;

/** The parameters of a query that are the view's own, not filters (current format). */
export const VIEW_PARAMETERS = ["v", "layers", "sel", "map", "place"] as const;

type Step = (params: URLSearchParams) => URLSearchParams;

/** STEPS[n] reads a version-n query as version n+1. */
const STEPS: Readonly<Record<number, Step>> = {
  0: (params) => params,
};

export interface UpgradedQuery {
  /** The query in the current format (without "?"); "" for the default view. */
  query: string;
  /** The version it was written in (0: no `v=`), or null when `v=` is not a version number. */
  from: number | null;
  /** What could not be read as the current format, in words for the user. */
  problems: string[];
}

function params(query: string): URLSearchParams {
  return new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
}

/** The format version a query names: 0 without `v=`, null when `v=` is not a whole number. */
export function queryVersion(query: string): number | null {
  const v = params(query).get("v");
  if (v === null) return 0;
  return /^\d{1,4}$/.test(v) ? Number(v) : null;
}

/**
 * The query in the current format. A query of a newer version than this app knows is kept as it is and
 * said so (its parameters are read as far as they mean the same); an unreadable `v=` likewise.
 */
export function upgradeViewQuery(query: string): UpgradedQuery {
  const from = queryVersion(query);
  let p = params(query);
  if (from === null) return { query: p.toString(), from, problems: [`This link names an unknown format version (v=${p.get("v")}); parts of it may be read differently.`] };
  if (from > VIEW_QUERY_VERSION) {
    return { query: p.toString(), from, problems: [`This link was made by another version of the dashboard (v=${from}, newer than this one); parts of it may be read differently.`] };
  }
  for (let v = from; v < VIEW_QUERY_VERSION; v++) p = STEPS[v]!(p);
  p.delete("v");
  const rest = p.toString();
  return { query: rest ? `v=${VIEW_QUERY_VERSION}&${rest}` : "", from, problems: [] };
}

/**
 * Why a query cannot be stored as a view by this version, or null: a format newer than this app, a filter
 * the API would refuse (unknown parameter, bad date or area), or a map view that is not zoom/lat/lon.
 */
export function viewQueryProblem(query: string): string | null {
  const upgraded = upgradeViewQuery(query);
  if (upgraded.problems.length) return upgraded.problems[0]!;
  const p = params(upgraded.query);
  const map = p.get("map");
  if (map !== null && !/^-?\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?$/.test(map)) return `"map=${map}" is not a map view (zoom/lat/lon)`;
  for (const key of VIEW_PARAMETERS) p.delete(key);
  const filters = parseLayerQuery(p, null);
  return filters.ok ? null : filters.error;
}
