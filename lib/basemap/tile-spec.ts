/**
 * What the basemap's tiles (lib/basemap/tiles.ts) and its style (app/map/basemap-style.ts) agree
 * on. Constants only, so the browser bundle can import them without the tile cutter.
 */

/** Tile layer name -> the file of public/basemap it is cut from. */
export const BASEMAP_TILE_FILES = {
  land: "land.geojson",
  syria: "syria.geojson",
  borders: "borders.geojson",
  coastline: "coastline.geojson",
  rivers: "rivers.geojson",
  lakes: "lakes.geojson",
  "governorate-lines": "governorate-lines.geojson",
  "governorate-labels": "governorate-labels.geojson",
  places: "places.geojson",
  "country-labels": "country-labels.geojson",
  "water-labels": "water-labels.geojson",
} as const;

export type BasemapTileLayer = keyof typeof BASEMAP_TILE_FILES;

/** The data is 1:10m at best: deeper tiles are drawn from zoom 10's (overzoomed). */
export const BASEMAP_TILE_MAX_ZOOM = 10;

/**
 * Syria and its neighbours (west, south, east, north): what the dashboard's opening view, and a
 * first zoom or pan from it, shows. The server cuts these tiles when it starts.
 */
export const OPENING_AREA: [number, number, number, number] = [30, 28, 48, 41];
/** The zooms cut ahead of time over OPENING_AREA (the opening view is about zoom 5 on a laptop screen). */
export const OPENING_ZOOMS = { min: 0, max: 7 } as const;
