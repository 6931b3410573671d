import type { IncidentFeature } from "./api";
import { EVENT_TYPE_COLOR, EVENT_TYPE_LABEL, formatEventDate, formatPublisher, isAreaPrecision } from "./format";

function byDateThenName(a: IncidentFeature, b: IncidentFeature): number {
  const da = a.properties.dateStart;
  const db = b.properties.dateStart;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return a.properties.name.localeCompare(b.properties.name, "en");
}

/** The incidents on the map as a list: keyboard-reachable, and readable without the map. */
export default function IncidentList({
  incidents,
  selectedId,
  onSelect,
}: {
  /** Undefined while the first answer is loading. */
  incidents: readonly IncidentFeature[] | undefined;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const sorted = [...(incidents ?? [])].sort(byDateThenName);
  return (
    <details className="control incident-list" open>
      <summary>Incident list</summary>
      {incidents === undefined ? <p className="hint">Loading…</p> : null}
      {incidents !== undefined && sorted.length === 0 ? <p className="hint">Nothing matches these filters.</p> : null}
      <ol data-testid="incident-list">
        {sorted.map((f) => {
          const p = f.properties;
          return (
            <li key={p.id} data-incident-id={p.id} data-name={p.name} data-source={p.source ?? ""}>
              <button
                type="button"
                className={p.id === selectedId ? "incident-item selected" : "incident-item"}
                aria-current={p.id === selectedId ? "true" : undefined}
                onClick={() => onSelect(p.id)}
              >
                <span
                  className={isAreaPrecision(p.precision) ? "swatch ring" : "swatch"}
                  style={isAreaPrecision(p.precision) ? { borderColor: EVENT_TYPE_COLOR[p.type] } : { background: EVENT_TYPE_COLOR[p.type] }}
                  aria-hidden="true"
                />
                <span className="incident-item-text">
                  <span className="incident-item-name">{p.name}</span>
                  <span className="incident-item-meta">
                    {formatEventDate(p.dateStart, p.dateEnd, p.datePrecision)} · {EVENT_TYPE_LABEL[p.type]} ·{" "}
                    {formatPublisher(p.source)}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
