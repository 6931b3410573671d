/**
 * Draws the captions of an exported map onto its canvas: title, filters, legend, scale bar, north arrow and
 * data attribution. Canvas text only: titles and publisher names are untrusted and never become markup.
 */
import { EVENT_TYPES, EVENT_TYPE_COLOR, EVENT_TYPE_LABEL } from "../format";
import { AREA_COLOR, AREA_RING_RADIUS, CHOROPLETH_HIGH, CHOROPLETH_LOW, CLUSTER_COLOR, FATALITY_RADIUS, HEAT_RAMP, MENTION_COLOR } from "../map-layers";
import type { LayerId } from "../url-state";
import type { FilterSummary } from "./filter-summary";
import { scaleBar } from "./scale-bar";

export const FONT_FAMILY = `"Atlas Export Sans", "Noto Sans", "Noto Naskh Arabic", "Liberation Sans", Arial, sans-serif`;
const INK = "#1f2937";
const INK_SOFT = "#4b5563";
const PANEL = "rgba(255,255,255,0.93)";

/** The data behind every map: basemap and gazetteer, as their licences ask. */
export const DATA_ATTRIBUTION = "© GeoNames CC BY 4.0, Natural Earth, OCHA COD (CC BY 3.0 IGO), OpenSyria (CC BY 4.0)";

export interface ImageCaptions {
  title: string;
  summary: FilterSummary;
  /** Incidents under the filters. */
  count: number | null;
  layers: readonly LayerId[];
  /** Publishers whose reports are on the map, for the attribution line. */
  publishers: readonly string[];
  /** When the image was made (ISO date). */
  made: string;
}

/** The map's room: what the captions cover, in image pixels, so the map can be fitted inside the rest. */
export interface ImageLayout {
  unit: number;
  header: number;
  footer: number;
  legendWidth: number;
  margin: number;
}

export function imageLayout(width: number, height: number): ImageLayout {
  const unit = Math.max(0.5, Math.min(3, Math.min(width / 1920, height / 1080)));
  return { unit, header: Math.round(112 * unit), footer: Math.round(38 * unit), legendWidth: Math.round(330 * unit), margin: Math.round(28 * unit) };
}

let fontsLoading: Promise<void> | null = null;

/** The bundled Noto Sans, so images look the same on every machine and need no network. */
export function loadExportFonts(): Promise<void> {
  fontsLoading ??= (async () => {
    const faces = [new FontFace("Atlas Export Sans", "url(/fonts/NotoSans-Regular.ttf)", { weight: "400" }), new FontFace("Atlas Export Sans", "url(/fonts/NotoSans-Bold.ttf)", { weight: "700" })];
    await Promise.all(
      faces.map(async (face) => {
        try {
          document.fonts.add(await face.load());
        } catch (error) {
          console.warn("[atlas export] font", error);
        }
      }),
    );
  })();
  return fontsLoading;
}

function font(size: number, bold = false): string {
  return `${bold ? "700" : "400"} ${Math.round(size)}px ${FONT_FAMILY}`;
}

/** The text cut with an ellipsis to fit `max` pixels. */
function fit(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

function dot(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string, stroke = "#ffffff", lineWidth = 1.5) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = lineWidth;
  ctx.strokeStyle = stroke;
  ctx.stroke();
}

function ring(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, color: string, u: number) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.globalAlpha = 0.1;
  ctx.fillStyle = color;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.lineWidth = 2.25 * u;
  ctx.strokeStyle = color;
  ctx.stroke();
}

function drawHeader(ctx: CanvasRenderingContext2D, width: number, layout: ImageLayout, c: ImageCaptions) {
  const { unit: u, header, margin } = layout;
  ctx.fillStyle = PANEL;
  ctx.fillRect(0, 0, width, header);
  ctx.fillStyle = "#d1d5db";
  ctx.fillRect(0, header - Math.max(1, u), width, Math.max(1, u));
  const max = width - 2 * margin;
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = INK;
  ctx.font = font(34 * u, true);
  ctx.fillText(fit(ctx, c.title, max), margin, 46 * u);
  const s = c.summary;
  ctx.font = font(19 * u);
  ctx.fillStyle = INK_SOFT;
  const count = c.count === null ? "" : `${c.count.toLocaleString("en")} incident${c.count === 1 ? "" : "s"} · `;
  ctx.fillText(fit(ctx, `${count}Dates: ${s.dates} · Publishers: ${s.publishers}`, max), margin, 76 * u);
  const extra = [s.regions ? `Governorates: ${s.regions}` : null, s.cited ? `Cited sources: ${s.cited}` : null, s.area ? `Area: ${s.area}` : null].filter(Boolean).join(" · ");
  ctx.fillText(fit(ctx, extra || "Whole map: no governorate or area filter", max), margin, 100 * u);
}

function drawFooter(ctx: CanvasRenderingContext2D, width: number, height: number, layout: ImageLayout, c: ImageCaptions) {
  const { unit: u, footer, margin } = layout;
  ctx.fillStyle = PANEL;
  ctx.fillRect(0, height - footer, width, footer);
  ctx.font = font(14 * u);
  ctx.fillStyle = INK_SOFT;
  ctx.textBaseline = "middle";
  const reports = c.publishers.length ? `Reports: ${c.publishers.join(", ")}` : "Reports: none under these filters";
  const right = `Incident Atlas · made ${c.made}`;
  const rightWidth = ctx.measureText(right).width;
  ctx.fillText(fit(ctx, `Map data: ${DATA_ATTRIBUTION} · ${reports}`, width - 3 * margin - rightWidth), margin, height - footer / 2);
  ctx.textAlign = "right";
  ctx.fillText(right, width - margin, height - footer / 2);
  ctx.textAlign = "left";
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, width: number, layout: ImageLayout) {
  const { unit: u, header, margin } = layout;
  const x = width - margin - 18 * u;
  const top = header + margin;
  ctx.fillStyle = PANEL;
  ctx.beginPath();
  ctx.arc(x, top + 34 * u, 28 * u, 0, 2 * Math.PI);
  ctx.fill();
  // The map is never rotated (rotation is switched off), so north is straight up.
  ctx.beginPath();
  ctx.moveTo(x, top + 20 * u);
  ctx.lineTo(x + 11 * u, top + 54 * u);
  ctx.lineTo(x, top + 46 * u);
  ctx.lineTo(x - 11 * u, top + 54 * u);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.font = font(15 * u, true);
  ctx.textAlign = "center";
  ctx.textBaseline = "alphabetic";
  ctx.fillText("N", x, top + 17 * u);
  ctx.textAlign = "left";
}

function drawScaleBar(ctx: CanvasRenderingContext2D, height: number, layout: ImageLayout, camera: { lat: number; zoom: number }, pixelRatio: number) {
  const { unit: u, footer, margin } = layout;
  const bar = scaleBar(camera.lat, camera.zoom, pixelRatio, 220 * u);
  const x = margin;
  const y = height - footer - margin;
  ctx.font = font(15 * u, true);
  const labelWidth = ctx.measureText(bar.label).width;
  ctx.fillStyle = PANEL;
  ctx.fillRect(x - 10 * u, y - 34 * u, bar.pixels + labelWidth + 34 * u, 46 * u);
  ctx.fillStyle = INK;
  ctx.fillRect(x, y - 4 * u, bar.pixels, 4 * u);
  ctx.fillRect(x, y - 14 * u, 2 * u, 14 * u);
  ctx.fillRect(x + bar.pixels - 2 * u, y - 14 * u, 2 * u, 14 * u);
  ctx.textBaseline = "alphabetic";
  ctx.fillText(bar.label, x + bar.pixels + 10 * u, y);
  ctx.font = font(11 * u);
  ctx.fillStyle = INK_SOFT;
  ctx.fillText(`scale at ${camera.lat.toFixed(1)}° N`, x, y - 20 * u);
}

/** Legend rows: a symbol drawer and a label. */
type Row = { draw: (ctx: CanvasRenderingContext2D, x: number, y: number) => void; label: string };

function legendRows(layers: readonly LayerId[], u: number): Array<Row | string> {
  const rows: Array<Row | string> = [];
  if (layers.includes("incidents")) {
    rows.push("Incidents by type");
    for (const type of EVENT_TYPES) rows.push({ label: EVENT_TYPE_LABEL[type], draw: (ctx, x, y) => dot(ctx, x, y, 7 * u, EVENT_TYPE_COLOR[type], "#ffffff", 1.5 * u) });
    const sizes = FATALITY_RADIUS.filter(([n]) => n === 1 || n === 10 || n === 100);
    rows.push({
      label: "Size: fatalities (1, 10, 100)",
      draw: (ctx, x, y) => sizes.forEach(([, r], k) => dot(ctx, x - 8 * u + k * 10 * u, y, r * 0.55 * u, "#374151", "#ffffff", u)),
    });
    rows.push({ label: "Ring: area known, not the spot", draw: (ctx, x, y) => ring(ctx, x, y, (AREA_RING_RADIUS.governorate - 5) * u, "#374151", u) });
    rows.push({
      label: "Cluster: number of incidents",
      draw: (ctx, x, y) => {
        dot(ctx, x, y, 10 * u, CLUSTER_COLOR, "#ffffff", 2 * u);
        ctx.fillStyle = "#ffffff";
        ctx.font = font(10 * u, true);
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.fillText("12", x, y + 0.5 * u);
        ctx.textAlign = "left";
      },
    });
  }
  if (layers.includes("mentions")) rows.push({ label: "Place named in an article", draw: (ctx, x, y) => dot(ctx, x, y, 4 * u, MENTION_COLOR, "#ffffff", u) });
  const ramp = (colors: readonly string[]) => (ctx: CanvasRenderingContext2D, x: number, y: number) => {
    const g = ctx.createLinearGradient(x - 12 * u, 0, x + 12 * u, 0);
    colors.forEach((c, k) => g.addColorStop(k / (colors.length - 1), c));
    ctx.fillStyle = g;
    ctx.fillRect(x - 12 * u, y - 5 * u, 24 * u, 10 * u);
  };
  if (layers.includes("regions")) rows.push({ label: "Incidents per governorate", draw: ramp([CHOROPLETH_LOW, CHOROPLETH_HIGH]) });
  if (layers.includes("heat")) rows.push({ label: "Heat: incident density", draw: ramp(HEAT_RAMP.slice(1)) });
  return rows;
}

function drawLegend(ctx: CanvasRenderingContext2D, width: number, height: number, layout: ImageLayout, layers: readonly LayerId[], areaActive: boolean) {
  const { unit: u, footer, margin, legendWidth } = layout;
  const rows = legendRows(layers, u);
  if (areaActive)
    rows.push({
      label: "Active area filter",
      draw: (ctx, x, y) => {
        ctx.setLineDash([4 * u, 3 * u]);
        ctx.strokeStyle = AREA_COLOR;
        ctx.lineWidth = 2 * u;
        ctx.beginPath();
        ctx.moveTo(x - 12 * u, y);
        ctx.lineTo(x + 12 * u, y);
        ctx.stroke();
        ctx.setLineDash([]);
      },
    });
  if (rows.length === 0) return;
  const rowHeight = 27 * u;
  const pad = 14 * u;
  const boxHeight = pad * 2 + rows.length * rowHeight;
  const x0 = width - margin - legendWidth;
  const y0 = height - footer - margin - boxHeight;
  ctx.fillStyle = PANEL;
  ctx.strokeStyle = "#d1d5db";
  ctx.lineWidth = Math.max(1, u);
  ctx.fillRect(x0, y0, legendWidth, boxHeight);
  ctx.strokeRect(x0, y0, legendWidth, boxHeight);
  rows.forEach((row, k) => {
    const y = y0 + pad + k * rowHeight + rowHeight / 2;
    ctx.textBaseline = "middle";
    if (typeof row === "string") {
      ctx.font = font(15 * u, true);
      ctx.fillStyle = INK;
      ctx.fillText(row, x0 + pad, y);
      return;
    }
    row.draw(ctx, x0 + pad + 14 * u, y);
    ctx.font = font(15 * u);
    ctx.fillStyle = INK;
    ctx.fillText(fit(ctx, row.label, legendWidth - 3 * pad - 28 * u), x0 + pad + 38 * u, y);
  });
}

export function drawCaptions(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number; pixelRatio: number },
  camera: { lat: number; zoom: number },
  captions: ImageCaptions,
  areaActive: boolean,
): void {
  const layout = imageLayout(size.width, size.height);
  drawHeader(ctx, size.width, layout, captions);
  drawNorthArrow(ctx, size.width, layout);
  drawLegend(ctx, size.width, size.height, layout, captions.layers, areaActive);
  drawScaleBar(ctx, size.height, layout, camera, size.pixelRatio);
  drawFooter(ctx, size.width, size.height, layout, captions);
}

/** Room the captions take, as map padding in CSS pixels, so the view stays clear of them. */
export function mapPadding(width: number, height: number, pixelRatio: number): { top: number; right: number; bottom: number; left: number } {
  const l = imageLayout(width, height);
  const css = (n: number) => Math.round(n / pixelRatio);
  return { top: css(l.header + l.margin + 20 * l.unit), right: css(l.legendWidth + 2 * l.margin), bottom: css(l.footer + l.margin + 52 * l.unit), left: css(l.margin + 12 * l.unit) };
}

/** Only the north arrow and the scale bar, sized for a map shown at `pixelRatio` (the printed brief's map). */
export function drawScaleAndNorth(ctx: CanvasRenderingContext2D, size: { width: number; height: number; pixelRatio: number }, camera: { lat: number; zoom: number }): void {
  const unit = 0.8 * size.pixelRatio;
  const layout: ImageLayout = { unit, header: 0, footer: 0, legendWidth: 0, margin: Math.round(16 * unit) };
  drawNorthArrow(ctx, size.width, layout);
  drawScaleBar(ctx, size.height, layout, camera, size.pixelRatio);
}
