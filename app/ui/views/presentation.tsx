"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo } from "react";
import type { Incident } from "../../../lib/events/incident";
import { incidentMapFeature } from "../../../lib/layers/build";
import type { Briefing, SavedView } from "../../../lib/store/views";
import { activeArea } from "../active-area";
import type { IncidentFeature } from "../api";
import { EVENT_TYPE_LABEL, formatCount, formatEventDate } from "../format";
import Legend from "../legend";
import MapView from "../map-view";
import { parseViewState } from "../url-state";
import { clusterLeavesUrl, incidentMapUrl, incidentTileUrl, useIncidentDetail, useIncidentPage, useRegions, useMentions, useSources, useSummary, useTimeline } from "../use-atlas-data";
import { dashboardHref } from "./links";
import { describeArea, describeDates, describePublishers } from "./slide-facts";
import { slideAfterKey, slideFromParam } from "./slides";
import styles from "./presentation.module.css";

const noop = () => {};

/** The map's mark for the incident a slide has selected, from its full record. */
function selectedFeature(incident: Incident | undefined, id: string | null): IncidentFeature | undefined {
  return incident && incident.id === id ? incidentMapFeature(incident) : undefined;
}

/**
 * Presentation mode: a briefing's saved views as full-screen slides over one map, which flies from view to
 * view and re-filters its layers. Keys: → ↓ PageDown Space next, ← ↑ PageUp previous, Home/End first/last,
 * F full screen, Escape back to the dashboard on the current slide's view. `?slide=n` keeps the place on reload.
 */
export default function Presentation({ briefing, views }: { briefing: Briefing; views: SavedView[] }) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const total = views.length;
  const slide = slideFromParam(searchParams.get("slide"), total);
  const view = views[slide - 1];
  const { state, problems } = useMemo(() => parseViewState(view?.state ?? ""), [view]);
  const { query, layers } = state;

  const mapUrl = incidentMapUrl(query);
  const count = useIncidentPage(query, null, 1);
  const countReady = count.data?.url.startsWith(`${mapUrl}&`) ?? false;
  const regions = useRegions(query);
  const mentions = useMentions(query, layers.includes("mentions"));
  const timeline = useTimeline(query);
  const sources = useSources(query);
  const summary = useSummary();
  const detail = useIncidentDetail(state.selected);
  const selected = selectedFeature(detail.data?.data.incident, state.selected);

  const area = useMemo(() => activeArea(query, regions.data?.data), [query, regions.data]);
  const maxRegionCount = regions.data ? regions.data.data.features.reduce((top, f) => Math.max(top, f.properties.inFilter ? f.properties.count : 0), 0) : null;
  const regionNames = useMemo(() => new Map((summary.data?.data.regions ?? []).map((r) => [r.code, r.name])), [summary.data]);
  const dates = describeDates(query, timeline.data?.data);
  const publishers = describePublishers(query, sources.data?.data.sources);
  const where = describeArea(query, state.place, (code) => regionNames.get(code) ?? code);

  const goTo = useCallback(
    (n: number) => {
      if (n === slide) return;
      // Replace, not push: Back leaves the presentation instead of stepping through it.
      window.history.replaceState(null, "", `${window.location.pathname}?slide=${n}`);
    },
    [slide],
  );
  const exit = useCallback(() => router.push(view ? dashboardHref(view) : "/"), [router, view]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      if (e.key === "Escape") {
        exit();
      } else if (e.key === "f" || e.key === "F") {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(noop);
      } else {
        const next = slideAfterKey(e.key, e.shiftKey, slide, total);
        if (next === null) return;
        goTo(next);
      }
      // Ours, not the map's (its keyboard pans) nor the page's (Space scrolls).
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [exit, goTo, slide, total]);

  if (!view) {
    return (
      <main className={styles.empty} data-testid="presentation">
        <h1>{briefing.title}</h1>
        <p>This briefing has no saved views yet. Save views into it from the dashboard (“Share and present”), then present it.</p>
        <Link href="/">Back to the dashboard</Link>
      </main>
    );
  }

  const incident = detail.data?.data.incident;
  return (
    <main className={styles.present} data-testid="presentation" aria-roledescription="presentation" aria-label={briefing.title}>
      <div className={styles.map}>
        <MapView
          incidentsUrl={mapUrl}
          incidentTiles={incidentTileUrl(query, 0)}
          clusterLeavesUrl={(clusterId, limit) => clusterLeavesUrl(query, clusterId, limit)}
          mentions={mentions.data}
          regions={regions.data}
          incidentTotal={count.data?.data.total ?? null}
          area={area}
          layers={layers}
          selected={selected}
          hovered={undefined}
          camera={state.camera}
          flyTo={null}
          drawing={null}
          onSelect={noop}
          onCluster={noop}
          onHover={noop}
          onCamera={noop}
          onDrawn={noop}
          cameraTransition="fly"
        />
      </div>

      <section className={styles.card} aria-live="polite" aria-roledescription="slide" data-testid="slide" data-slide={slide}>
        <p className={styles.kicker}>
          <span>{briefing.title}</span>
          <span data-testid="slide-number">
            {slide} / {total}
          </span>
        </p>
        <h1 className={styles.title} data-testid="slide-title">
          {view.title}
        </h1>
        {view.note ? (
          <p className={styles.note} data-testid="slide-note">
            {view.note}
          </p>
        ) : null}
        <dl className={styles.facts}>
          <dt>Incidents</dt>
          <dd data-testid="slide-count" data-count={countReady ? count.data!.data.total : ""} data-for={countReady ? mapUrl : ""}>
            {countReady ? (layers.includes("incidents") ? formatCount(count.data!.data.total, "incident") : `${formatCount(count.data!.data.total, "incident")} (layer hidden)`) : "…"}
          </dd>
          <dt>Dates</dt>
          <dd>
            {dates.range}
            {dates.caveats.map((c) => (
              <span key={c} className={styles.caveat}>
                {c}
              </span>
            ))}
          </dd>
          <dt>Sources</dt>
          <dd>{publishers}</dd>
          <dt>Area</dt>
          <dd>{where}</dd>
          {incident && incident.id === state.selected ? (
            <>
              <dt>Marked</dt>
              <dd>
                {incident.place.name} · {formatEventDate(incident.dateStart, incident.dateEnd, incident.datePrecision)} · {EVENT_TYPE_LABEL[incident.type]}
              </dd>
            </>
          ) : null}
        </dl>
        {problems.length ? <p className={styles.caveat}>Part of this view could not be used: {problems.join(" ")}</p> : null}
      </section>

      <div className={styles.legend}>
        <Legend layers={layers} maxRegionCount={maxRegionCount} areaActive={area.features.length > 0} clustersClickable={false} />
      </div>

      <nav className={styles.controls} aria-label="Slides">
        <button type="button" onClick={() => goTo(Math.max(1, slide - 1))} disabled={slide === 1} aria-label="Previous slide">
          ←
        </button>
        <span className={styles.dots} aria-hidden="true">
          {views.map((v, i) => (
            <span key={v.id} className={i + 1 === slide ? styles.dotOn : styles.dot} />
          ))}
        </span>
        <button type="button" onClick={() => goTo(Math.min(total, slide + 1))} disabled={slide === total} aria-label="Next slide">
          →
        </button>
        <button type="button" onClick={exit} className={styles.exit} title="Escape">
          Exit
        </button>
      </nav>
    </main>
  );
}
