import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import type { Atlas } from "../store/corpus";
import type { AttributedCount, IncidentMapProperties, IncidentProperties, MentionProperties, RegionProperties, SourceCount, SummaryResponse, TimelineResponse } from "./features";
import { filterIncidents, filterMentions, UNKNOWN_SOURCE } from "./filter";
import type { Bbox, LayerQuery } from "./query";
import type { Incident } from "../events/incident";
import { adminProperties, districtOptions } from "./admin";
import { formatToll } from "../events/toll-format";

const round = (n: number) => Math.round(n * 1e5) / 1e5;

export function incidentLayer(atlas: Atlas, q: LayerQuery): FeatureCollection<Point, IncidentProperties> {
  const names = new Map(atlas.regions.governorates.map((g) => [g.properties.code, g.properties.name]));
  return {
    type: "FeatureCollection",
    features: filterIncidents(atlas.incidents, q).map((i) => {
      const lead = i.reports[0]!;
      return {
        type: "Feature",
        id: i.id,
        geometry: { type: "Point", coordinates: [round(i.place.lon), round(i.place.lat)] },
        properties: {
          layer: "incidents",
          id: i.id,
          reportCount: i.reports.length,
          articleId: lead.articleId,
          surface: i.place.surface,
          name: i.place.name,
          precision: i.place.precision,
          confidence: i.place.confidence,
          admin1: i.place.admin1,
          admin1Name: i.place.admin1 ? (names.get(i.place.admin1) ?? null) : null,
          ...adminProperties(i.place.admin),
          dateStart: i.dateStart,
          dateEnd: i.dateEnd,
          datePrecision: i.datePrecision,
          dateText: lead.dateEvidence?.text ?? null,
          type: i.type,
          subType: i.subType,
          fatalities: i.fatalities?.best ?? null,
          fatalitiesLow: i.fatalities?.low ?? null,
          fatalitiesHigh: i.fatalities?.high ?? null,
          fatalitiesText: i.fatalities ? formatToll(i.fatalities) : null,
          victims: [...new Set(i.reports.flatMap((r) => (r.fatalities?.victims && r.fatalities.victims !== "unknown" ? [r.fatalities.victims] : [])))],
          dateEvidenceStart: lead.dateEvidence?.start ?? null,
          dateEvidenceEnd: lead.dateEvidence?.end ?? null,
          fatalitiesStart: lead.fatalities?.span.start ?? null,
          fatalitiesEnd: lead.fatalities?.span.end ?? null,
          actors: i.actors,
          sources: i.sources,
          attributedTo: i.attributedTo,
          source: lead.source,
          published: lead.published,
          url: lead.url,
          title: lead.title,
          evidence: lead.evidence.text,
          evidenceStart: lead.evidence.start,
          evidenceEnd: lead.evidence.end,
          placeStart: lead.placeEvidence.start,
          placeEnd: lead.placeEvidence.end,
        },
      };
    }),
  };
}

/** An incident as the map and list draw it (IncidentMapProperties). */
export const incidentMapFeature = (i: Incident): Feature<Point, IncidentMapProperties> => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [round(i.place.lon), round(i.place.lat)] },
      properties: {
        id: i.id,
        name: i.place.name,
        precision: i.place.precision,
        admin1: i.place.admin1,
        dateStart: i.dateStart,
        dateEnd: i.dateEnd,
        datePrecision: i.datePrecision,
        type: i.type,
        fatalities: i.fatalities?.best ?? null,
        fatalitiesText: i.fatalities ? formatToll(i.fatalities) : null,
        source: i.reports[0]!.source,
        reportCount: i.reports.length,
      },
    });

/** The incidents layer with only what the map and list draw (see IncidentMapPropertiesSchema). */
export function incidentMapLayer(atlas: Atlas, q: LayerQuery): FeatureCollection<Point, IncidentMapProperties> {
  return { type: "FeatureCollection", features: filterIncidents(atlas.incidents, q).map(incidentMapFeature) };
}

/** Latest event first; undated last; then by place name. */
function latestFirst(a: Incident, b: Incident): number {
  if (a.dateStart !== b.dateStart) {
    if (a.dateStart === null) return 1;
    if (b.dateStart === null) return -1;
    return a.dateStart < b.dateStart ? 1 : -1;
  }
  return a.place.name.localeCompare(b.place.name);
}

/**
 * A page of the filtered incidents inside the map's view (west, south, east, north), latest first,
 * with how many match the filters (`total`) and how many of them are in the view (`inView`):
 * the list beside the map, without sending every incident to the browser twice.
 */
export function incidentListLayer(atlas: Atlas, q: LayerQuery, view: Bbox | null, limit: number): FeatureCollection<Point, IncidentMapProperties> & { total: number; inView: number } {
  const filtered = filterIncidents(atlas.incidents, q);
  const visible = view ? filtered.filter((i) => i.place.lon >= view[0] && i.place.lon <= view[2] && i.place.lat >= view[1] && i.place.lat <= view[3]) : filtered;
  const page = [...visible].sort(latestFirst).slice(0, limit);
  return { type: "FeatureCollection", features: page.map(incidentMapFeature), total: filtered.length, inView: visible.length };
}

export function mentionLayer(atlas: Atlas, q: LayerQuery): FeatureCollection<Point, MentionProperties> {
  const articles = new Map(atlas.articles.map((a) => [a.id, a]));
  const names = new Map(atlas.regions.governorates.map((g) => [g.properties.code, g.properties.name]));
  const placed = atlas.mentions.filter((m) => m.lat !== null && m.lon !== null && m.name !== null && m.precision !== null);
  return {
    type: "FeatureCollection",
    features: filterMentions(placed, articles, atlas.incidents, q).map((m) => {
      const a = articles.get(m.articleId);
      return {
        type: "Feature",
        id: m.id,
        geometry: { type: "Point", coordinates: [round(m.lon!), round(m.lat!)] },
        properties: {
          layer: "mentions",
          id: m.id,
          articleId: m.articleId,
          surface: m.surface,
          name: m.name!,
          status: m.status,
          precision: m.precision!,
          confidence: m.confidence,
          admin1: m.admin1,
          admin1Name: m.admin1 ? (names.get(m.admin1) ?? null) : null,
          ...adminProperties(m.admin),
          source: a?.publisher ?? null,
          published: a?.published ?? null,
          start: m.start,
          end: m.end,
        },
      };
    }),
  };
}

/**
 * All governorates with their incident counts under every filter but the governorate one (so each keeps
 * its count while others are picked); `inFilter` says whether the governorate filter keeps it.
 */
export function regionLayer(atlas: Atlas, q: LayerQuery): FeatureCollection<Polygon | MultiPolygon, RegionProperties> {
  const counts = new Map<string, number>();
  for (const i of filterIncidents(atlas.incidents, { ...q, region: [] })) {
    if (i.place.admin1) counts.set(i.place.admin1, (counts.get(i.place.admin1) ?? 0) + 1);
  }
  const selected = new Set(q.region);
  return {
    type: "FeatureCollection",
    features: atlas.regions.governorates.map(
      (g): Feature<Polygon | MultiPolygon, RegionProperties> => ({
        type: "Feature",
        id: g.properties.code,
        geometry: g.geometry,
        properties: {
          layer: "regions",
          code: g.properties.code,
          name: g.properties.name,
          nameAr: g.properties.nameAr ?? null,
          count: counts.get(g.properties.code) ?? 0,
          inFilter: selected.size === 0 || selected.has(g.properties.code),
        },
      }),
    ),
  };
}

/** Publishers with their counts under the other filters (the source filter itself is ignored so every box keeps its count). */
export function sourceCounts(atlas: Atlas, q: LayerQuery): SourceCount[] {
  const incidents = filterIncidents(atlas.incidents, q, { source: true });
  const bySource = new Map<string | null, { incidents: number; articles: Set<string> }>();
  for (const a of atlas.articles) if (!bySource.has(a.publisher)) bySource.set(a.publisher, { incidents: 0, articles: new Set() });
  for (const a of atlas.articles) bySource.get(a.publisher)!.articles.add(a.id);
  for (const i of incidents) for (const s of i.sources) bySource.get(s)!.incidents++;
  return [...bySource.entries()]
    .map(([source, c]) => ({ source, value: source ?? UNKNOWN_SOURCE, incidents: c.incidents, articles: c.articles.size }))
    .sort((a, b) => b.incidents - a.incidents || (a.source ?? "~").localeCompare(b.source ?? "~"));
}

/** Organisations cited inside articles, with their incidents under the other filters (this facet's own ignored). */
export function attributedCounts(atlas: Atlas, q: LayerQuery): AttributedCount[] {
  const counts = new Map<string, number>();
  for (const i of atlas.incidents) for (const a of i.attributedTo) if (!counts.has(a)) counts.set(a, 0);
  for (const i of filterIncidents(atlas.incidents, q, { attributed: true })) for (const a of new Set(i.attributedTo)) counts.set(a, counts.get(a)! + 1);
  return [...counts.entries()].map(([name, incidents]) => ({ name, incidents })).sort((a, b) => b.incidents - a.incidents || a.name.localeCompare(b.name));
}

/** Dated incidents grouped by date range and precision, under every filter but the dates. */
export function timeline(atlas: Atlas, q: LayerQuery): TimelineResponse {
  const spans = new Map<string, TimelineResponse["spans"][number]>();
  let undated = 0;
  for (const i of filterIncidents(atlas.incidents, q, { dates: true })) {
    if (i.dateStart === null || i.dateEnd === null) {
      undated++;
      continue;
    }
    const key = `${i.dateStart}|${i.dateEnd}|${i.datePrecision}`;
    const span = spans.get(key);
    if (span) span.count++;
    else spans.set(key, { start: i.dateStart, end: i.dateEnd, precision: i.datePrecision, count: 1 });
  }
  return { spans: [...spans.values()].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end)), undated };
}

export function summary(atlas: Atlas): SummaryResponse {
  const dated = atlas.incidents.filter((i) => i.dateStart !== null);
  const unresolved = new Map<string, { count: number; articleIds: Set<string> }>();
  for (const m of atlas.mentions) {
    if (m.status !== "unresolved") continue;
    const e = unresolved.get(m.surface) ?? { count: 0, articleIds: new Set<string>() };
    e.count++;
    e.articleIds.add(m.articleId);
    unresolved.set(m.surface, e);
  }
  return {
    articles: atlas.articles.length,
    incidents: atlas.incidents.length,
    mentions: atlas.mentions.length,
    dateMin: dated.length ? dated.map((i) => i.dateStart!).sort()[0]! : null,
    dateMax: dated.length ? dated.map((i) => i.dateEnd!).sort().at(-1)! : null,
    undatedIncidents: atlas.incidents.length - dated.length,
    unresolved: [...unresolved.entries()]
      .map(([surface, e]) => ({ surface, count: e.count, articleIds: [...e.articleIds] }))
      .sort((a, b) => b.count - a.count || a.surface.localeCompare(b.surface)),
    regions: atlas.regions.governorates.map((g) => ({ code: g.properties.code, name: g.properties.name })).sort((a, b) => a.name.localeCompare(b.name)),
    districts: districtOptions(atlas.regions.units, atlas.incidents.map((i) => i.place.admin)),
  };
}
