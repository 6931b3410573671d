/** Earth's equatorial circumference in metres (WGS 84), the Web Mercator scale at the equator. */
const EQUATOR_M = 40_075_016.686;
/** MapLibre's tiles are 512 CSS pixels wide. */
const TILE_SIZE = 512;

/** Ground metres per CSS pixel at a latitude and zoom (Web Mercator stretches by 1 / cos latitude). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EQUATOR_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

/** The largest 1, 2 or 5 × 10ⁿ not above `max` (a length a reader can take in at a glance). */
export function niceLength(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) throw new Error(`niceLength needs a positive length, got ${max}`);
  const power = 10 ** Math.floor(Math.log10(max));
  const first = max / power;
  const step = first >= 5 ? 5 : first >= 2 ? 2 : 1;
  return step * power;
}

export interface ScaleBar {
  /** Ground length the bar stands for, in metres, and its label ("50 km", "500 m"). */
  metres: number;
  label: string;
  /** Its length on the image, in image pixels. */
  pixels: number;
}

/**
 * A scale bar no longer than `maxPixels` image pixels, for a map drawn at `pixelRatio` image pixels per CSS pixel,
 * true at `latitude` (the map's centre: Mercator's scale changes with latitude).
 */
export function scaleBar(latitude: number, zoom: number, pixelRatio: number, maxPixels: number): ScaleBar {
  const metresPerImagePixel = metresPerPixel(latitude, zoom) / pixelRatio;
  const metres = niceLength(maxPixels * metresPerImagePixel);
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, label, pixels: metres / metresPerImagePixel };
}
