"use client";

import { useId, useMemo, useState } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { dateRangeLabel } from "../../../lib/export/filename";
import type { LayerQuery } from "../../../lib/layers/query";
import { apiUrl, type LayerId } from "../url-state";
import { exportMapImage, downloadBlob } from "./export-image";
import { SIZE_PRESETS, parseExportSize, type ExportSize } from "./export-size";
import { defaultTitle, filterSummary, type SummaryContext } from "./filter-summary";
import styles from "./export.module.css";
import "./print.css";

export interface ExportMenuProps {
  /** The live map (null until it has loaded). */
  map: MapLibreMap | null;
  query: LayerQuery;
  layers: readonly LayerId[];
  /** The dashboard's URL query (without "?"): the brief opens on the same view. */
  viewQuery: string;
  context: SummaryContext;
  count: number | null;
  areaActive: boolean;
}

const DATA_FORMATS = [
  { format: "csv", label: "CSV", title: "One row per incident, ACLED-style columns" },
  { format: "geojson", label: "GeoJSON", title: "RFC 7946 points with every field" },
  { format: "kml", label: "KML", title: "For Google Earth, with time spans" },
] as const;

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "done"; text: string; detail: string } | { kind: "error"; text: string };

/** The export panel over the map: the map as a PNG, the one-page brief, and the filtered data. */
export default function ExportMenu({ map, query, layers, viewQuery, context, count, areaActive }: ExportMenuProps) {
  const id = useId();
  const [preset, setPreset] = useState<string>(SIZE_PRESETS[0].id);
  const [customWidth, setCustomWidth] = useState("1600");
  const [customHeight, setCustomHeight] = useState("1200");
  const [title, setTitle] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const fallbackTitle = useMemo(() => defaultTitle(query, context), [query, context]);

  const custom = preset === "custom" ? parseExportSize(customWidth, customHeight) : null;
  const size: ExportSize | null = custom ? (custom.ok ? custom.size : null) : (SIZE_PRESETS.find((p) => p.id === preset) ?? SIZE_PRESETS[0]);

  async function exportPng() {
    if (!map || !size) return;
    setStatus({ kind: "busy" });
    try {
      const summary = filterSummary(query, context);
      const publishers = (query.source.length ? query.source : context.publishersInView).map((p) => (p === "unknown" ? "unknown publisher" : p));
      const image = await exportMapImage(map, size, { title: title.trim() || fallbackTitle, summary, count, layers, publishers, made: new Date().toISOString().slice(0, 10) }, areaActive);
      downloadBlob(image.blob, `incident-atlas_${dateRangeLabel(query)}_${image.width}x${image.height}.png`);
      setStatus({
        kind: "done",
        text: `Saved a ${image.width} × ${image.height} PNG.`,
        detail: JSON.stringify({ ...image.camera, pixelRatio: image.pixelRatio, width: image.width, height: image.height }),
      });
    } catch (error) {
      setStatus({ kind: "error", text: `The image could not be made: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <details className={`${styles.menu} no-print`} data-testid="export-menu">
      <summary className={styles.toggle}>Export</summary>
      <div className={styles.panel}>
        <section aria-labelledby={`${id}-png`}>
          <h3 id={`${id}-png`} className={styles.heading}>
            Map image (PNG)
          </h3>
          <label className={styles.field}>
            <span>Title</span>
            <input type="text" value={title} placeholder={fallbackTitle} maxLength={160} onChange={(e) => setTitle(e.target.value)} data-testid="export-title" />
          </label>
          <label className={styles.field}>
            <span>Size</span>
            <select value={preset} onChange={(e) => setPreset(e.target.value)} data-testid="export-size">
              {SIZE_PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
              <option value="custom">Custom…</option>
            </select>
          </label>
          {preset === "custom" ? (
            <div className={styles.custom}>
              <label>
                <input type="number" inputMode="numeric" min={320} max={4096} value={customWidth} onChange={(e) => setCustomWidth(e.target.value)} aria-label="Width in pixels" />
              </label>
              ×
              <label>
                <input type="number" inputMode="numeric" min={320} max={4096} value={customHeight} onChange={(e) => setCustomHeight(e.target.value)} aria-label="Height in pixels" />
              </label>
              px
            </div>
          ) : null}
          {custom && !custom.ok ? (
            <p className={styles.error} role="alert">
              {custom.error}
            </p>
          ) : null}
          <button type="button" className={styles.primary} disabled={!map || !size || status.kind === "busy"} onClick={() => void exportPng()} data-testid="export-png">
            {status.kind === "busy" ? "Drawing the map…" : "Download PNG"}
          </button>
          <p className={styles.status} role="status" data-testid="export-status" data-state={status.kind} data-export={status.kind === "done" ? status.detail : undefined}>
            {status.kind === "done" || status.kind === "error" ? status.text : "Title, legend, dates, publishers, scale bar, north arrow and attribution are drawn in."}
          </p>
        </section>
        <section aria-labelledby={`${id}-brief`}>
          <h3 id={`${id}-brief`} className={styles.heading}>
            One-page brief
          </h3>
          <a className={styles.link} href={`/brief${viewQuery ? `?${viewQuery}` : ""}`} target="_blank" rel="noopener" data-testid="export-brief">
            Open the PDF brief (print or save as PDF)
          </a>
        </section>
        <section aria-labelledby={`${id}-data`}>
          <h3 id={`${id}-data`} className={styles.heading}>
            Data, as filtered{count !== null ? ` (${count.toLocaleString("en")} incidents)` : ""}
          </h3>
          <div className={styles.formats}>
            {DATA_FORMATS.map((f) => (
              <a key={f.format} className={styles.link} href={apiUrl(`/api/export/${f.format}`, query)} download title={f.title} data-testid={`export-${f.format}`}>
                {f.label}
              </a>
            ))}
          </div>
        </section>
      </div>
    </details>
  );
}
