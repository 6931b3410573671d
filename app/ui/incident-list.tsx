import { memo } from "react";
import type { IncidentFeature } from "./api";
import { EVENT_TYPE_COLOR, EVENT_TYPE_LABEL, formatCount, formatEventDate, formatPublisher, isAreaPrecision } from "./format";

/** More rows than this are not rendered: the list says so and asks to zoom or filter. */
export const LIST_LIMIT = 300;

/** Latest first; undated last. */
export function byDateThenName(a: IncidentFeature, b: IncidentFeature): number {
  const da = a.properties.dateStart;
  const db = b.properties.dateStart;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return a.properties.name.localeCompare(b.properties.name, "en");
}

export interface IncidentListProps {
  /** Undefined while the first answer is loading; at most LIST_LIMIT, latest first. */
  incidents: readonly IncidentFeature[] | undefined;
  /** How many there are in all (the list may hold only the latest LIST_LIMIT). */
  total: number | undefined;
  /** What the list shows: the incidents in the map view, or those of a clicked cluster. */
  scope: { kind: "view" } | { kind: "cluster"; onClear: () => void };
  selectedId: string | null;
  hoveredId: string | null;
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
}

/**
 * The incidents in view as a list, synced with the map: hovering highlights the point, choosing flies to it.
 * Memoised: up to LIST_LIMIT rows are not sorted and laid out again when only the filters changed
 * (their answer comes after the map's).
 */
export default memo(function IncidentList({ incidents, total, scope, selectedId, hoveredId, onHover, onSelect }: IncidentListProps) {
  const sorted = [...(incidents ?? [])].sort(byDateThenName);
  const shown = sorted.slice(0, LIST_LIMIT);
  return (
    <section className="incident-list" aria-labelledby="list-title" data-testid="incident-list-panel">
      <header className="list-header">
        <h2 id="list-title" className="list-title">
          {scope.kind === "cluster" ? "Incidents in this cluster" : "Incidents in view"}{" "}
          <span className="muted" data-testid="list-count">
            {incidents ? formatCount(total ?? sorted.length, "incident") : ""}
          </span>
        </h2>
        {scope.kind === "cluster" ? (
          <button type="button" className="link-button" onClick={scope.onClear}>
            Back to all in view
          </button>
        ) : null}
      </header>
      {incidents === undefined ? <p className="hint">Loading incidents…</p> : null}
      {incidents !== undefined && sorted.length === 0 ? (
        <p className="hint empty">No incidents here. Zoom out, pan, or widen the filters.</p>
      ) : null}
      <ol data-testid="incident-list" onMouseLeave={() => onHover(null)}>
        {shown.map((f) => {
          const p = f.properties;
          const area = isAreaPrecision(p.precision);
          const classes = ["incident-item", p.id === selectedId ? "selected" : "", p.id === hoveredId ? "hovered" : ""].filter(Boolean).join(" ");
          return (
            <li key={p.id} data-incident-id={p.id} data-name={p.name} data-source={p.source ?? ""}>
              <button
                type="button"
                className={classes}
                aria-current={p.id === selectedId ? "true" : undefined}
                onClick={() => onSelect(p.id)}
                onMouseEnter={() => onHover(p.id)}
                onFocus={() => onHover(p.id)}
              >
                <span
                  className={area ? "swatch ring" : "swatch"}
                  style={area ? { borderColor: EVENT_TYPE_COLOR[p.type] } : { background: EVENT_TYPE_COLOR[p.type] }}
                  title={area ? "Placed only at an area's centre" : undefined}
                  aria-hidden="true"
                />
                <span className="incident-item-text">
                  <span className="incident-item-name">
                    {p.name}
                    {p.fatalitiesText !== null ? <span className="fatal-badge">{p.fatalitiesText} killed</span> : null}
                  </span>
                  <span className="incident-item-meta">
                    {formatEventDate(p.dateStart, p.dateEnd, p.datePrecision)} · {EVENT_TYPE_LABEL[p.type]} · {formatPublisher(p.source)}
                    {p.reportCount > 1 ? ` +${p.reportCount - 1}` : ""}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {(total ?? sorted.length) > shown.length ? (
        <p className="hint">
          Showing the latest {shown.length} of {(total ?? sorted.length).toLocaleString("en-GB")}. Zoom in or filter to see the rest.
        </p>
      ) : null}
    </section>
  );
});
