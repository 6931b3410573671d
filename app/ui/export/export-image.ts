import type { Map as MapLibreMap } from "maplibre-gl";
import { drawCaptions, loadExportFonts, mapPadding, type ImageCaptions } from "./compose-image";
import { exportPixelRatio, type ExportSize } from "./export-size";
import { renderMap } from "./render-map";

export interface ExportedImage {
  blob: Blob;
  width: number;
  height: number;
  pixelRatio: number;
  camera: { lon: number; lat: number; zoom: number };
}

/**
 * The map as on screen (its style, layers, filters and the area in view), drawn at exactly `size` pixels with
 * its captions, as a PNG.
 */
export async function exportMapImage(live: MapLibreMap, size: ExportSize, captions: ImageCaptions, areaActive: boolean): Promise<ExportedImage> {
  const pixelRatio = exportPixelRatio(size);
  const b = live.getBounds();
  const fontsReady = loadExportFonts();
  const { canvas, camera } = await renderMap({
    style: live.getStyle(),
    view: { bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] },
    width: size.width,
    height: size.height,
    pixelRatio,
    padding: mapPadding(size.width, size.height, pixelRatio),
  });
  await fontsReady;
  const ctx = canvas.getContext("2d")!;
  drawCaptions(ctx, { ...size, pixelRatio }, camera, captions, areaActive);
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((png) => (png ? resolve(png) : reject(new Error("the image could not be encoded"))), "image/png"));
  return { blob, width: size.width, height: size.height, pixelRatio, camera };
}

/** Saves a blob under a file name through a temporary link (the browser's own download). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
