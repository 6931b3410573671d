import { type LayerQuery, LayerQuerySchema } from "./query";
import type { RegionIndex } from "../geoparse/regions";
import { findAdminUnit } from "./admin";

export type QueryResult = { ok: true; query: LayerQuery } | { ok: false; error: string; parameter: string };

export const LAYER_QUERY_PARAMETERS = ["from", "to", "source", "region", "admin2", "admin3", "attributed", "bbox", "polygon", "near", "km"] as const;
const KNOWN: ReadonlySet<string> = new Set(LAYER_QUERY_PARAMETERS);
const SINGLE = ["from", "to", "bbox", "polygon", "near", "km"];

/** "35.1,34.9" -> [35.1, 34.9]; null when any part is not a finite number. */
function numbers(text: string): number[] | null {
  const parts = text.split(",").map((t) => t.trim());
  if (parts.some((p) => p === "")) return null;
  const values = parts.map(Number);
  return values.every(Number.isFinite) ? values : null;
}

function pairs(values: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < values.length; i += 2) out.push([values[i]!, values[i + 1]!]);
  return out;
}

type Raw = Record<string, unknown>;
type Failure = { ok: false; error: string; parameter: string };

/** The spatial parameters as numbers; a failure names the parameter and the expected form. */
function readSpatial(params: URLSearchParams, raw: Raw): Failure | null {
  const bbox = params.get("bbox");
  if (bbox) {
    const v = numbers(bbox);
    if (!v || v.length !== 4) return { ok: false, parameter: "bbox", error: `Invalid "bbox" "${bbox}": expected four numbers west,south,east,north.` };
    raw.bbox = v;
  }
  const polygon = params.get("polygon");
  if (polygon) {
    const v = numbers(polygon);
    if (!v || v.length % 2 !== 0) return { ok: false, parameter: "polygon", error: `Invalid "polygon": expected lon,lat pairs separated by commas (lon1,lat1,lon2,lat2,…).` };
    const ring = pairs(v);
    const [first, last] = [ring[0], ring.at(-1)];
    // A closed ring repeats its first corner; the schema counts distinct corners.
    raw.polygon = ring.length > 3 && first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
  }
  const near = params.get("near");
  if (near) {
    const v = numbers(near);
    if (!v || v.length !== 2) return { ok: false, parameter: "near", error: `Invalid "near" "${near}": expected lon,lat.` };
    raw.near = v;
  }
  const km = params.get("km");
  if (km) {
    const v = Number(km);
    if (!Number.isFinite(v)) return { ok: false, parameter: "km", error: `Invalid "km" "${km}": expected a number of kilometres.` };
    raw.km = v;
  }
  return null;
}

/**
 * Reads the layer filters from URL search parameters. Every failure names the
 * parameter at fault, in words a person understands.
 */
export function parseLayerQuery(params: URLSearchParams, regions: RegionIndex | null, allowed: ReadonlySet<string> = KNOWN): QueryResult {
  for (const key of params.keys()) {
    if (!allowed.has(key)) return { ok: false, parameter: key, error: `Unknown parameter "${key}". Allowed: ${[...allowed].join(", ")}.` };
  }
  for (const single of SINGLE) {
    if (params.getAll(single).length > 1) return { ok: false, parameter: single, error: `"${single}" may be given once.` };
  }
  const attributed = params.getAll("attributed").filter(Boolean);
  const admin2 = params.getAll("admin2").filter(Boolean);
  const admin3 = params.getAll("admin3").filter(Boolean);
  const raw: Raw = {
    from: params.get("from") || undefined,
    to: params.get("to") || undefined,
    source: params.getAll("source").filter(Boolean),
    region: params.getAll("region").filter(Boolean),
    ...(admin2.length ? { admin2 } : {}),
    ...(admin3.length ? { admin3 } : {}),
    ...(attributed.length ? { attributed } : {}),
  };
  const spatial = readSpatial(params, raw);
  if (spatial) return spatial;
  const parsed = LayerQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const parameter = String(issue.path[0] ?? "query");
    const value = parameter in raw ? JSON.stringify(raw[parameter]) : "";
    return { ok: false, parameter, error: `Invalid "${parameter}" ${value}: ${issue.message}.` };
  }
  for (const d of ["from", "to"] as const) {
    const v = parsed.data[d];
    if (v && Number.isNaN(Date.parse(`${v}T00:00:00Z`))) return { ok: false, parameter: d, error: `Invalid "${d}" "${v}": not a calendar date.` };
    if (v && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) return { ok: false, parameter: d, error: `Invalid "${d}" "${v}": not a calendar date.` };
  }
  if (regions) {
    const codes: string[] = [];
    for (const r of parsed.data.region) {
      const g = regions.find(r);
      if (!g) return { ok: false, parameter: "region", error: `Unknown region "${r}". Use a governorate's ISO 3166-2 code (e.g. SY-LA) or name.` };
      if (!codes.includes(g.properties.code)) codes.push(g.properties.code);
    }
    const query: LayerQuery = { ...parsed.data, region: codes };
    for (const [parameter, level, what, example] of [["admin2", 2, "district", "SY0602 or Jableh"], ["admin3", 3, "sub-district", "SY060200 or Jableh"]] as const) {
      const values = parsed.data[parameter];
      if (!values) continue;
      const pcodes: string[] = [];
      for (const v of values) {
        const unit = regions.units ? findAdminUnit(regions.units, v, level) : undefined;
        if (!unit) {
          const why = regions.units ? `Use an OCHA ${what} P-code or name (e.g. ${example}).` : "No admin-unit table (data/gazetteer/syria-admin.tsv) is loaded.";
          return { ok: false, parameter, error: `Unknown ${what} "${v}". ${why}` };
        }
        if (!pcodes.includes(unit.pcode)) pcodes.push(unit.pcode);
      }
      query[parameter] = pcodes;
    }
    return { ok: true, query };
  }
  return { ok: true, query: parsed.data };
}

/** Coordinates in links: five decimals (about a metre) is plenty. */
const coord = (n: number) => String(Math.round(n * 1e5) / 1e5);

/** The same filters written back as search parameters (for links and the URL bar). */
export function layerQueryToParams(q: Partial<LayerQuery>, options: { omit?: readonly string[] } = {}): URLSearchParams {
  const omit = new Set(options.omit ?? []);
  const p = new URLSearchParams();
  if (q.from && !omit.has("from")) p.set("from", q.from);
  if (q.to && !omit.has("to")) p.set("to", q.to);
  if (!omit.has("source")) for (const s of q.source ?? []) p.append("source", s);
  if (!omit.has("region")) for (const r of q.region ?? []) p.append("region", r);
  if (!omit.has("admin2")) for (const d of q.admin2 ?? []) p.append("admin2", d);
  if (!omit.has("admin3")) for (const d of q.admin3 ?? []) p.append("admin3", d);
  if (!omit.has("attributed")) for (const a of q.attributed ?? []) p.append("attributed", a);
  if (q.bbox && !omit.has("bbox")) p.set("bbox", q.bbox.map(coord).join(","));
  if (q.polygon && !omit.has("polygon")) p.set("polygon", q.polygon.flat().map(coord).join(","));
  if (q.near && !omit.has("near")) {
    p.set("near", q.near.map(coord).join(","));
    if (q.km !== undefined) p.set("km", String(q.km));
  }
  return p;
}
