import { Suspense } from "react";
import { preload } from "react-dom";
import Dashboard from "./ui/dashboard";
import DashboardFallback from "./ui/dashboard-fallback";

/** The dashboard. Its view is read from the URL in the browser, so the prerendered page is the shell below. */
export default function Page() {
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
