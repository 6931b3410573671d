import { EVENT_TYPES, EVENT_TYPE_COLOR, EVENT_TYPE_LABEL } from "./format";
import { AREA_RING_RADIUS, CHOROPLETH_HIGH, CHOROPLETH_LOW, MENTION_COLOR, POINT_RADIUS } from "./map-layers";
import type { LayerId } from "./url-state";

const INK = "#374151";

function Dot({ color, r = POINT_RADIUS }: { color: string; r?: number }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="legend-symbol">
      <circle cx="7" cy="7" r={r} fill={color} stroke="#fff" strokeWidth="1.5" />
    </svg>
  );
}

function Ring({ r }: { r: number }) {
  const size = 2 * r + 4;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" className="legend-symbol">
      <circle cx={size / 2} cy={size / 2} r={r} fill={INK} fillOpacity="0.1" stroke={INK} strokeWidth="2.25" />
    </svg>
  );
}

/** What the colours and shapes on the map mean. Symbols are drawn with the map's own sizes and colours. */
export default function Legend({ layers, maxRegionCount }: { layers: readonly LayerId[]; maxRegionCount: number | null }) {
  return (
    <details className="legend" open data-testid="legend">
      <summary className="legend-title">Legend</summary>
      {layers.includes("incidents") ? (
        <>
          <ul className="legend-list">
            {EVENT_TYPES.map((type) => (
              <li key={type}>
                <span className="legend-key">
                  <Dot color={EVENT_TYPE_COLOR[type]} />
                </span>
                {EVENT_TYPE_LABEL[type]}
              </li>
            ))}
          </ul>
          <h3 className="legend-subtitle">How exact the place is</h3>
          <ul className="legend-list">
            <li>
              <span className="legend-key">
                <Dot color={INK} />
              </span>
              <span>Site, neighbourhood or town named</span>
            </li>
            <li>
              <span className="legend-key">
                <Ring r={AREA_RING_RADIUS.district - 2} />
                <Ring r={AREA_RING_RADIUS.governorate - 3} />
              </span>
              <span>Only the district or governorate: ring at its centre, not the spot</span>
            </li>
            <li>
              <span className="legend-key legend-stack" aria-hidden="true">
                <Dot color={INK} />
                <b>3</b>
              </span>
              <span>Incidents sharing one point (click to page through)</span>
            </li>
          </ul>
        </>
      ) : null}
      {layers.includes("mentions") ? (
        <ul className="legend-list legend-section">
          <li>
            <span className="legend-key">
              <Dot color={MENTION_COLOR} r={3.5} />
            </span>
            Place named in an article (any mention, not only incidents)
          </li>
        </ul>
      ) : null}
      {layers.includes("regions") ? (
        <div className="legend-ramp legend-section">
          <span className="legend-subtitle">Incidents per governorate</span>
          <span
            className="legend-ramp-bar"
            style={{ background: `linear-gradient(to right, ${CHOROPLETH_LOW}, ${CHOROPLETH_HIGH})` }}
            aria-hidden="true"
          />
          <span className="legend-ramp-scale">
            <span>1</span>
            <span>{maxRegionCount && maxRegionCount > 1 ? maxRegionCount : ""}</span>
          </span>
          <span className="legend-note">Unshaded: none under these filters</span>
        </div>
      ) : null}
      {layers.length === 0 ? <p className="legend-note">All layers are switched off.</p> : null}
    </details>
  );
}
