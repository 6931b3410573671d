import type { StyleSpecification } from "maplibre-gl";
import { loadMapLibre } from "../maplibre";

export interface MapRenderRequest {
  style: StyleSpecification;
  /** What to show: an area (west, south, east, north) fitted inside the padding, or a centre and zoom. */
  view: { bounds: [number, number, number, number] } | { center: [number, number]; zoom: number };
  /** Image size in pixels. */
  width: number;
  height: number;
  /** Image pixels per CSS pixel (symbol and label sizes are in CSS pixels). */
  pixelRatio: number;
  /** Room left for captions, in CSS pixels: the bounds are fitted inside it. */
  padding: { top: number; right: number; bottom: number; left: number };
  /** Give up after this long (software WebGL on a busy machine can be slow). */
  timeoutMs?: number;
}

export interface RenderedMap {
  /** A 2D canvas of exactly width × height holding the drawn map. */
  canvas: HTMLCanvasElement;
  /** The camera the map was drawn with, so overlays (scale bar) and checks can project with it. */
  camera: { lon: number; lat: number; zoom: number };
  /** The area the picture covers, west-south-east-north. */
  bounds: [number, number, number, number];
}

/**
 * Draws a style into a map of its own, off screen, at exactly the requested pixel size, and copies the
 * picture as soon as the map is idle (every tile and glyph loaded and drawn). The map is removed after.
 */
export async function renderMap(request: MapRenderRequest): Promise<RenderedMap> {
  const { width, height, pixelRatio, timeoutMs = 120_000 } = request;
  const maplibregl = await loadMapLibre();
  maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");
  const container = document.createElement("div");
  // Off screen but laid out: a map in a `display: none` box has no size to draw at.
  Object.assign(container.style, { position: "fixed", left: "-20000px", top: "0", width: `${width / pixelRatio}px`, height: `${height / pixelRatio}px`, pointerEvents: "none" });
  container.setAttribute("aria-hidden", "true");
  document.body.appendChild(container);
  const view = request.view;
  let map: import("maplibre-gl").Map | null = null;
  try {
    map = new maplibregl.Map({
      container,
      style: request.style,
      ...("bounds" in view ? { bounds: view.bounds, fitBoundsOptions: { padding: request.padding } } : { center: view.center, zoom: view.zoom }),
      pixelRatio,
      maxCanvasSize: [8192, 8192],
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      // Keeps the last frame readable after it is shown.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    const m = map;
    await new Promise<void>((resolve, reject) => {
      const timer = window.setTimeout(() => reject(new Error(`the map took longer than ${Math.round(timeoutMs / 1000)} s to draw`)), timeoutMs);
      m.once("idle", () => {
        window.clearTimeout(timer);
        resolve();
      });
      m.on("error", (event) => console.warn("[atlas export map]", event.error?.message ?? event));
    });
    const out = document.createElement("canvas");
    out.width = width;
    out.height = height;
    const ctx = out.getContext("2d");
    if (!ctx) throw new Error("this browser cannot draw on a canvas");
    // The map's canvas is width × height already; drawing it scaled to exactly that size guards against rounding.
    ctx.drawImage(m.getCanvas(), 0, 0, width, height);
    const c = m.getCenter();
    const b = m.getBounds();
    return { canvas: out, camera: { lon: c.lng, lat: c.lat, zoom: m.getZoom() }, bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
  } finally {
    map?.remove();
    container.remove();
  }
}
