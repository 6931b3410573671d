/** Where saved views, briefings and their slides live, as site-relative links (usable on the server too). */
import { upgradeViewQuery } from "../../../lib/store/view-query";
import type { SavedView } from "../../../lib/store/views";

/** The dashboard URL (path and query) that shows a saved view, its query read in the current format. */
export function dashboardHref(view: Pick<SavedView, "state">): string {
  const { query } = upgradeViewQuery(view.state);
  return query ? `/?${query}` : "/";
}

/** The link to a saved view: it opens whatever the view holds when it is followed (a rename or new state included). */
export function savedViewHref(view: Pick<SavedView, "id">): string {
  return `/views/${encodeURIComponent(view.id)}`;
}

/** Presentation mode for a briefing, at a slide (1-based). */
export function presentHref(briefingId: string, slide = 1): string {
  return `/present/${encodeURIComponent(briefingId)}${slide > 1 ? `?slide=${slide}` : ""}`;
}
