/** Where MapLibre's ES module is served (app/maplibre-gl.mjs/route.ts); the dashboard's head preloads it. */
export const MAPLIBRE_MODULE_URL = "/maplibre-gl.mjs";
