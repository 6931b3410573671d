import { notFound, redirect } from "next/navigation";
import { isNotFound } from "@/lib/store/errors";
import { getLiveAtlas } from "@/lib/store/index";
import type { SavedView } from "@/lib/store/views";
import { dashboardHref } from "../../ui/views/links";

export const dynamic = "force-dynamic";

/**
 * A saved view's link: opens the dashboard on what the view holds now (its query read in the current
 * format, so a view saved by an older version still opens), or says plainly that it no longer exists.
 */
export default async function SavedViewLink({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  let view: SavedView | null = null;
  try {
    view = (await getLiveAtlas()).store.views.getView(id);
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  if (view) redirect(dashboardHref(view));
  notFound();
}
