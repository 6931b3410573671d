import { type LayerQuery, LayerQuerySchema } from "./query";
import type { RegionIndex } from "../geoparse/regions";

export type QueryResult = { ok: true; query: LayerQuery } | { ok: false; error: string; parameter: string };

const KNOWN = new Set(["from", "to", "source", "region"]);

/**
 * Reads the layer filters from URL search parameters. Every failure names the
 * parameter at fault, in words a person understands.
 */
export function parseLayerQuery(params: URLSearchParams, regions: RegionIndex | null, allowed: ReadonlySet<string> = KNOWN): QueryResult {
  for (const key of params.keys()) {
    if (!allowed.has(key)) return { ok: false, parameter: key, error: `Unknown parameter "${key}". Allowed: ${[...allowed].join(", ")}.` };
  }
  for (const single of ["from", "to"]) {
    if (params.getAll(single).length > 1) return { ok: false, parameter: single, error: `"${single}" may be given once.` };
  }
  const raw = {
    from: params.get("from") || undefined,
    to: params.get("to") || undefined,
    source: params.getAll("source").filter(Boolean),
    region: params.getAll("region").filter(Boolean),
  };
  const parsed = LayerQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const parameter = String(issue.path[0] ?? "query");
    const value = parameter in raw ? JSON.stringify((raw as Record<string, unknown>)[parameter]) : "";
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
      codes.push(g.properties.code);
    }
    return { ok: true, query: { ...parsed.data, region: codes } };
  }
  return { ok: true, query: parsed.data };
}

/** The same filters written back as search parameters (for links and the URL bar). */
export function layerQueryToParams(q: Partial<LayerQuery>): URLSearchParams {
  const p = new URLSearchParams();
  if (q.from) p.set("from", q.from);
  if (q.to) p.set("to", q.to);
  for (const s of q.source ?? []) p.append("source", s);
  for (const r of q.region ?? []) p.append("region", r);
  return p;
}
