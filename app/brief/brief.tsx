"use client";

import { bbox as turfBbox } from "@turf/turf";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import useSWR from "swr";
import { BASEMAP_BOUNDS } from "../map/basemap-style";
import { IncidentCollectionSchema, fetchChecked, type IncidentCollection } from "../ui/api";
import { activeArea } from "../ui/active-area";
import { atlasStyle } from "../ui/export/atlas-style";
import { DATA_ATTRIBUTION, drawScaleAndNorth, loadExportFonts } from "../ui/export/compose-image";
import { defaultTitle, filterSummary } from "../ui/export/filter-summary";
import { renderMap } from "../ui/export/render-map";
import { EVENT_TYPE_LABEL, formatEventDate, isAreaPrecision } from "../ui/format";
import Legend from "../ui/legend";
import { incidentTileUrl, useRegions, useSources, useSummary } from "../ui/use-atlas-data";
import { apiUrl, parseViewState, serializeViewState } from "../ui/url-state";
import { BRIEF_ROWS } from "./brief-layout";
import styles from "./brief.module.css";

/** The map image: 720 × 500 CSS pixels drawn at twice the detail, crisp on paper. */
const MAP_SIZE = { width: 1440, height: 1000, pixelRatio: 2 };
const SYRIA_BOUNDS: [number, number, number, number] = [35.5, 32.2, 42.5, 37.4];

type Feature = IncidentCollection["features"][number];

/**
 * The area to draw when the link has no map view: the area filter's outline, else the incidents where the basemap
 * has data (never less than about 60 km across), else Syria.
 */
function boundsOf(features: Feature[], area: GeoJSON.FeatureCollection): [number, number, number, number] {
  if (area.features.length > 0) return turfBbox(area) as [number, number, number, number];
  const [bw, bs, be, bn] = BASEMAP_BOUNDS;
  features = features.filter(({ geometry: { coordinates: [x, y] } }) => x! >= bw && x! <= be && y! >= bs && y! <= bn);
  if (features.length === 0) return SYRIA_BOUNDS;
  const xs = features.map((f) => f.geometry.coordinates[0]!);
  const ys = features.map((f) => f.geometry.coordinates[1]!);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const grow = (lo: number, hi: number) => {
    const half = Math.max(0.3, (hi - lo) / 2);
    const mid = (lo + hi) / 2;
    return [mid - half, mid + half] as const;
  };
  const [w2, e2] = grow(w, e);
  const [s2, n2] = grow(s, n);
  return [w2, s2, e2, n2];
}

/** Earliest first; undated last. */
function chronological(a: Feature, b: Feature): number {
  const x = a.properties.dateStart;
  const y = b.properties.dateStart;
  if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
  return a.properties.name.localeCompare(b.properties.name);
}

/** The toll as the reports write it ("12", ">300", "≥35", "600–2,000", "~20", "dozens", "0"; see formatToll), or "—" when no report gives a figure. */
function fatalities(p: Feature["properties"]): string {
  return p.fatalitiesText ?? "—";
}

function publishers(p: Feature["properties"]): string {
  const names = [...new Set(p.sources.map((s) => s ?? "unknown publisher"))];
  return `${names.join(", ")}${p.attributedTo.length ? `; citing ${p.attributedTo.join(", ")}` : ""}`;
}

export default function Brief() {
  const search = useSearchParams().toString();
  const { state } = useMemo(() => parseViewState(search), [search]);
  const { query, layers } = state;
  const incidents = useSWR(apiUrl("/api/layers/incidents", query), (u: string) => fetchChecked(u, IncidentCollectionSchema), { revalidateOnFocus: false });
  const regions = useRegions(query);
  const sources = useSources(query);
  const summary = useSummary();
  const [image, setImage] = useState<{ url: string; outside: number } | { error: string } | null>(null);
  const [imageLoaded, setImageLoaded] = useState(false);

  const features = incidents.data?.data.features;
  const regionNames = useMemo(() => new Map((summary.data?.data.regions ?? []).map((r) => [r.code, r.name])), [summary.data]);
  const publishersInView = useMemo(() => (sources.data?.data.sources ?? []).filter((s) => s.incidents > 0 && (query.source.length === 0 || query.source.includes(s.value))).map((s) => s.value), [sources.data, query.source]);
  const context = useMemo(() => ({ regionNames, publishersInView, place: state.place }), [regionNames, publishersInView, state.place]);
  const maxRegionCount = regions.data ? regions.data.data.features.reduce((top, f) => Math.max(top, f.properties.inFilter ? f.properties.count : 0), 0) : 0;
  const area = useMemo(() => activeArea(query, regions.data?.data), [query, regions.data]);
  const dataReady = Boolean(features && regions.data && sources.data && summary.data);

  useEffect(() => {
    if (!dataReady || !features) return;
    let cancelled = false;
    let url: string | null = null;
    (async () => {
      const style = atlasStyle(window.location.origin, layers, {
        incidentTiles: incidentTileUrl(query, 0),
        mentions: apiUrl("/api/layers/mentions", query),
        regions: regions.data!.data as GeoJSON.FeatureCollection,
        maxRegionCount,
        area,
        incidentTotal: features.length,
      });
      // The dashboard's own view when the link carries one (what was on screen), else the filtered incidents.
      const view = state.camera ? { center: [state.camera.lon, state.camera.lat] as [number, number], zoom: state.camera.zoom } : { bounds: boundsOf(features, area) };
      const pad = 24;
      const [{ canvas, camera, bounds }] = await Promise.all([renderMap({ style, view, ...MAP_SIZE, padding: { top: pad + 40, right: pad + 40, bottom: pad + 30, left: pad } }), loadExportFonts()]);
      const [w, s, e, n] = bounds;
      const outside = features.filter(({ geometry: { coordinates: [x, y] } }) => !(x! >= w && x! <= e && y! >= s && y! <= n)).length;
      drawScaleAndNorth(canvas.getContext("2d")!, MAP_SIZE, camera);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
      if (!blob) throw new Error("the map image could not be encoded");
      url = URL.createObjectURL(blob);
      if (!cancelled) setImage({ url, outside });
    })().catch((error: unknown) => !cancelled && setImage({ error: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
    // Drawn once per view, when its data has arrived: every input above follows from the URL's query.
  }, [dataReady, search]);

  const title = defaultTitle(query, context);
  const s = filterSummary(query, context);
  const sorted = useMemo(() => [...(features ?? [])].sort(chronological), [features]);
  const shown = sorted.slice(0, BRIEF_ROWS);
  const more = sorted.length - shown.length;
  const ready = dataReady && image !== null && ("error" in image || imageLoaded);
  const made = new Date().toISOString().slice(0, 10);
  const error = incidents.error ?? regions.error ?? sources.error ?? summary.error;

  return (
    <main className={styles.page} data-testid="brief" data-ready={ready ? "true" : "false"}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{title}</h1>
          <p className={styles.kicker}>
            Incident Atlas brief · {features ? `${features.length.toLocaleString("en")} incident${features.length === 1 ? "" : "s"}` : "loading…"} · made {made}
          </p>
        </div>
        <div className={`${styles.actions} no-print`}>
          <button type="button" onClick={() => window.print()} disabled={!ready}>
            Print / save as PDF
          </button>
          <a href={`/${serializeViewState(state) ? `?${serializeViewState(state)}` : ""}`}>Back to the map</a>
        </div>
      </header>

      {error ? (
        <p className={styles.error} role="alert">
          Could not load the brief: {error.message}
        </p>
      ) : null}

      <dl className={styles.summary} data-testid="brief-summary">
        <dt>Dates</dt>
        <dd>{s.dates}</dd>
        <dt>Publishers</dt>
        <dd>{s.publishers}</dd>
        <dt>Governorates</dt>
        <dd>{s.regions ?? "all"}</dd>
        <dt>Cited sources</dt>
        <dd>{s.cited ?? "any (no filter)"}</dd>
        {s.area ? (
          <>
            <dt>Area</dt>
            <dd>{s.area}</dd>
          </>
        ) : null}
      </dl>

      <section className={styles.mapRow}>
        <figure className={styles.map}>
          {image && "url" in image ? (
            // A plain img: the source is a blob URL made on this page, nothing for next/image to optimise.
            <img src={image.url} alt={`Map: ${title}`} width={MAP_SIZE.width / MAP_SIZE.pixelRatio} height={MAP_SIZE.height / MAP_SIZE.pixelRatio} onLoad={() => setImageLoaded(true)} data-testid="brief-map" />
          ) : image && "error" in image ? (
            <p className={styles.error} role="alert">
              The map could not be drawn: {image.error}
            </p>
          ) : (
            <p className={styles.placeholder}>Drawing the map…</p>
          )}
          <figcaption className={styles.attribution}>
            {image && "url" in image && image.outside > 0 ? <strong>{image.outside.toLocaleString("en")} of the incidents lie outside this map (listed below). </strong> : null}
            Map data: {DATA_ATTRIBUTION}. Points as placed by the geoparser; rings mark places known only to their district or governorate.
          </figcaption>
        </figure>
        <div className={styles.legend}>
          <Legend layers={layers} maxRegionCount={maxRegionCount} areaActive={area.features.length > 0} clustersClickable={false} />
        </div>
      </section>

      <table className={styles.table} data-testid="brief-table">
        <thead>
          <tr>
            <th className={styles.date}>Date</th>
            <th className={styles.place}>Place</th>
            <th className={styles.type}>Type</th>
            <th className={styles.fatalities} title="the toll as the reports write it: a bound stays a bound">
              Fatalities
            </th>
            <th>Sources</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => {
            const p = f.properties;
            return (
              <tr key={p.id}>
                <td>{formatEventDate(p.dateStart, p.dateEnd, p.datePrecision)}</td>
                <td>
                  {p.name}
                  {p.admin1Name && p.admin1Name !== p.name ? `, ${p.admin1Name}` : ""}
                  {isAreaPrecision(p.precision) ? ` (${p.precision} only)` : ""}
                </td>
                <td>{EVENT_TYPE_LABEL[p.type]}</td>
                <td className={styles.number}>{fatalities(p)}</td>
                <td>{publishers(p)}</td>
              </tr>
            );
          })}
          {features && features.length === 0 ? (
            <tr>
              <td colSpan={5}>No incidents match these filters.</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {more > 0 ? (
        <p className={styles.more} data-testid="brief-more">
          … and {more} more incident{more === 1 ? "" : "s"} (the CSV export lists every one).
        </p>
      ) : null}
      <footer className={styles.footer}>
        Reports: {publishersInView.map((p) => (p === "unknown" ? "unknown publisher" : p)).join(", ") || "none"}. {"Fatalities as the reports write them: “>” more than, “≥” at least, “≤” up to, “~” about, “0” none reported, “—” no figure."} Every incident traces to its evidence sentence in the atlas.
      </footer>
    </main>
  );
}
