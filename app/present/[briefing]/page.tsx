import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { Suspense } from "react";
import { preloadModule } from "react-dom";
import { isNotFound } from "@/lib/store/errors";
import { getLiveAtlas } from "@/lib/store/index";
import { BriefingIdSchema, type Briefing, type SavedView } from "@/lib/store/views";
import { MAPLIBRE_MODULE_URL } from "../../ui/maplibre-url";
import Presentation from "../../ui/views/presentation";

export const dynamic = "force-dynamic";


async function load(id: string): Promise<{ briefing: Briefing; views: SavedView[] } | null> {
  if (!BriefingIdSchema.safeParse(id).success) return null;
  try {
    const { store } = await getLiveAtlas();
    return { briefing: store.views.getBriefing(id), views: store.views.listViews(id) };
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ briefing: string }> }): Promise<Metadata> {
  const loaded = await load(decodeURIComponent((await params).briefing));
  return { title: `${loaded?.briefing.title ?? "Briefing"} — Incident Atlas` };
}

/** Presentation mode: a briefing's saved views as slides over the map (see app/ui/views/presentation.tsx). */
export default async function PresentPage({ params }: { params: Promise<{ briefing: string }> }) {
  const loaded = await load(decodeURIComponent((await params).briefing));
  if (!loaded) notFound();
  // MapLibre, fetched and compiled with the page's own scripts (as on the dashboard).
  preloadModule(MAPLIBRE_MODULE_URL, { as: "script", nonce: (await headers()).get("x-nonce") ?? undefined });
  return (
    <Suspense fallback={null}>
      <Presentation briefing={loaded.briefing} views={loaded.views} />
    </Suspense>
  );
}
