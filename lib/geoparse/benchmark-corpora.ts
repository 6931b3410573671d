import { z } from "zod";
import type { EvalText } from "./benchmark";
import { type GoldToponym, GoldToponymSchema } from "./evaluate";

/**
 * Readers for gold corpora: the project's own gold file (one toponym per
 * line, offsets into data/articles documents) and the public geoparsing
 * benchmarks as JSON lines (GeoWebNews, TR-News, LGL: one article per line,
 * with its toponyms).
 */

/** GeoWebNews toponym types that name the place itself (Gritta et al. 2019, "A pragmatic guide to geoparsing evaluation"). */
const GWN_LITERAL = new Set(["Literal", "Literal_Modifier", "Mixed", "Embedded_Literal", "Coercion"]);
/** Types that are place names used for something else (a government, a people, a language) — still toponyms. */
const GWN_ASSOCIATIVE = new Set(["Metonymic", "Non_Literal_Modifier", "Demonym", "Language", "Embedded_Non_Lit", "Homonym"]);

const BenchmarkToponymSchema = z.object({
  name: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  start_fixed: z.number().int().nullable().optional(),
  end_fixed: z.number().int().nullable().optional(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  geonameid: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  fcode: z.string().nullable().optional(),
  type: z.string().nullable().optional(),
});

const BenchmarkArticleSchema = z.object({
  corpus: z.string().optional(),
  doc_id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  toponyms: z.array(BenchmarkToponymSchema),
});

export interface GoldCorpus {
  name: string;
  texts: EvalText[];
  gold: GoldToponym[];
}

/** Tells the two formats apart by their first line. */
export function isBenchmarkFormat(firstLine: string): boolean {
  try {
    const o = JSON.parse(firstLine) as Record<string, unknown>;
    return typeof o.text === "string" && Array.isArray(o.toponyms);
  } catch {
    return false;
  }
}

/**
 * One benchmark file. GeoWebNews spans that are not toponyms (its
 * "Non_Toponym" and "…_Expression" types) are left out; its associative types
 * are kept as non-literal.
 */
export function readBenchmarkCorpus(jsonl: string, label: string): GoldCorpus {
  const texts: EvalText[] = [];
  const gold: GoldToponym[] = [];
  let name = label;
  jsonl.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = BenchmarkArticleSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${label}: line ${i + 1}: ${parsed.error.issues[0]?.message ?? "not a benchmark article"}`);
    const a = parsed.data;
    if (a.corpus) name = a.corpus;
    const doc = `${a.corpus ?? label}:${a.doc_id}:${i}`;
    texts.push({ doc, offset: 0, text: a.text });
    for (const t of a.toponyms) {
      const type = t.type ?? "None";
      if (type !== "None" && !GWN_LITERAL.has(type) && !GWN_ASSOCIATIVE.has(type)) continue;
      const start = t.start_fixed ?? t.start;
      const end = t.end_fixed ?? t.end;
      if (start < 0 || end <= start || end > a.text.length) continue;
      const hasPoint = typeof t.lat === "number" && typeof t.lon === "number";
      gold.push(
        GoldToponymSchema.parse({
          doc,
          start,
          end,
          surface: t.name || a.text.slice(start, end),
          literal: type === "None" ? true : GWN_LITERAL.has(type),
          geonameid: t.geonameid ?? null,
          ...(t.fcode ? { featureCode: t.fcode } : {}),
          ...(hasPoint ? { lat: t.lat, lon: t.lon } : {}),
        }),
      );
    }
  });
  return { name, texts, gold };
}
