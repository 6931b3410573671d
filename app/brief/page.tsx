import type { Metadata } from "next";
import { Suspense } from "react";
import Brief from "./brief";

export const metadata: Metadata = { title: "Incident Atlas — brief" };

/** The one-page brief of a dashboard view (same URL query), made to be printed or saved as PDF. */
export default function BriefPage() {
  return (
    <Suspense fallback={<p>Preparing the brief…</p>}>
      <Brief />
    </Suspense>
  );
}
