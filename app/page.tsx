import { Suspense } from "react";
import Dashboard from "./ui/dashboard";
import DashboardFallback from "./ui/dashboard-fallback";

/** The dashboard. Its view is read from the URL in the browser, so the prerendered page is the shell below. */
export default function Page() {
  return (
    <Suspense fallback={<DashboardFallback />}>
      <Dashboard />
    </Suspense>
  );
}
