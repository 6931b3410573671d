/**
 * MapLibre GL JS, loaded once for every map of the page: from `/maplibre-gl.mjs`
 * (app/maplibre-gl.mjs/route.ts), which the dashboard's head preloads, so its download and
 * compilation overlap the page's hydration. Should that fail, from the app's own bundle.
 */
import { MAPLIBRE_MODULE_URL } from "./maplibre-url";

export type MapLibre = typeof import("maplibre-gl");

let loading: Promise<MapLibre> | null = null;

export function loadMapLibre(): Promise<MapLibre> {
  loading ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAPLIBRE_MODULE_URL) as Promise<MapLibre>).catch((error: unknown) => {
    console.warn("[atlas map] loading MapLibre from the bundle:", error);
    return import("maplibre-gl");
  });
  return loading;
}
