import { Suspense } from "react";
import { headers } from "next/headers";
import { preload, preloadModule } from "react-dom";
import Dashboard from "./ui/dashboard";
import DashboardFallback from "./ui/dashboard-fallback";
import { MAPLIBRE_MODULE_URL } from "./ui/maplibre-url";

/** The dashboard. Its view is read from the URL in the browser, so the prerendered page is the shell below. */
export default async function Page() {
  // MapLibre is the largest script and the map's first step: fetched and compiled while the page's
  // own scripts run and hydrate (the CSP admits it by the request's nonce, set in proxy.ts).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  preloadModule(MAPLIBRE_MODULE_URL, { as: "script", nonce });
  // The map's label fonts: MapLibre asks for them only once its worker has cut the first tiles;
  // fetched with the page, they are in the cache by then.
  preload("/fonts/NotoSans-Regular.ttf", { as: "fetch", crossOrigin: "anonymous" });
  preload("/fonts/NotoSans-Bold.ttf", { as: "fetch", crossOrigin: "anonymous" });
  return (
    <Suspense fallback={<DashboardFallback />}>
      <Dashboard />
    </Suspense>
  );
}
