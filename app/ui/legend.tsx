import { EVENT_TYPES, EVENT_TYPE_COLOR, EVENT_TYPE_LABEL } from "./format";
import { AREA_COLOR, AREA_RING_RADIUS, CHOROPLETH_HIGH, CHOROPLETH_LOW, CLUSTER_COLOR, FATALITY_RADIUS, HEAT_RAMP, MENTION_COLOR } from "./map-layers";
import type { LayerId } from "./url-state";

const INK = "#374151";

function Dot({ color, r = 5.5 }: { color: string; r?: number }) {
  const size = Math.max(14, 2 * r + 4);
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" className="legend-symbol">
      <circle cx={size / 2} cy={size / 2} r={r} fill={color} stroke="#fff" strokeWidth="1.5" />
    </svg>
  );
}

function Ring({ r, color = INK }: { r: number; color?: string }) {
  const size = 2 * r + 4;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" className="legend-symbol">
      <circle cx={size / 2} cy={size / 2} r={r} fill={color} fillOpacity="0.1" stroke={color} strokeWidth="2" />
    </svg>
  );
}

/** What the colours and shapes on the map mean. Symbols are drawn with the map's own sizes and colours. */
export default function Legend({
  layers,
  maxRegionCount,
  areaActive,
  clustersClickable = true,
}: {
  layers: readonly LayerId[];
  maxRegionCount: number | null;
  areaActive: boolean;
  /** False where clicking a cluster does nothing: presentation mode, and paper. */
  clustersClickable?: boolean;
}) {
  const sizes = FATALITY_RADIUS.filter(([n]) => n === 1 || n === 10 || n === 100);
  return (
    <details className="legend" open data-testid="legend">
      <summary className="legend-title">Legend</summary>
      {layers.includes("incidents") ? (
        <>
          <ul className="legend-list legend-types">
            {EVENT_TYPES.map((type) => (
              <li key={type}>
                <span className="legend-key">
                  <Dot color={EVENT_TYPE_COLOR[type]} />
                </span>
                {EVENT_TYPE_LABEL[type]}
              </li>
            ))}
          </ul>
          <ul className="legend-list legend-section">
            <li>
              <span className="legend-key legend-sizes">
                {sizes.map(([n, r]) => (
                  <Dot key={n} color={INK} r={r * 0.55} />
                ))}
              </span>
              <span>Size: fatalities (1, 10, 100)</span>
            </li>
            <li>
              <span className="legend-key">
                <Ring r={AREA_RING_RADIUS.governorate - 4} />
              </span>
              <span title="Only the district or governorate is known: the ring sits at its centre, not at a spot">Ring: area known, not the spot</span>
            </li>
            <li>
              <span className="legend-key">
                <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" className="legend-symbol">
                  <circle cx="12" cy="12" r="10" fill={CLUSTER_COLOR} stroke="#fff" strokeWidth="2" />
                  <text x="12" y="16" textAnchor="middle" fontSize="10" fill="#fff" fontWeight="700">
                    12
                  </text>
                </svg>
              </span>
              <span>{clustersClickable ? "Cluster: click to list" : "Cluster: number of incidents"}</span>
            </li>
          </ul>
        </>
      ) : null}
      {layers.includes("mentions") ? (
        <ul className="legend-list legend-section">
          <li>
            <span className="legend-key">
              <Dot color={MENTION_COLOR} r={3.5} />
              <Ring r={7} color={MENTION_COLOR} />
            </span>
            Place named in an article (ring: a governorate or country)
          </li>
        </ul>
      ) : null}
      {layers.includes("regions") ? (
        <div className="legend-ramp legend-section">
          <span className="legend-subtitle">Incidents per governorate</span>
          <span className="legend-ramp-bar" style={{ background: `linear-gradient(to right, ${CHOROPLETH_LOW}, ${CHOROPLETH_HIGH})` }} aria-hidden="true" />
          <span className="legend-ramp-scale">
            <span>1</span>
            <span>{maxRegionCount && maxRegionCount > 1 ? maxRegionCount : ""}</span>
          </span>
        </div>
      ) : null}
      {layers.includes("heat") ? (
        <div className="legend-ramp legend-section">
          <span className="legend-subtitle">Heat: incident density</span>
          <span className="legend-ramp-bar" style={{ background: `linear-gradient(to right, ${HEAT_RAMP.slice(1).join(", ")})` }} aria-hidden="true" />
          <span className="legend-ramp-scale">
            <span>few</span>
            <span>many</span>
          </span>
        </div>
      ) : null}
      {areaActive ? (
        <ul className="legend-list legend-section">
          <li>
            <span className="legend-key">
              <svg width="24" height="10" aria-hidden="true" className="legend-symbol">
                <line x1="1" x2="23" y1="5" y2="5" stroke={AREA_COLOR} strokeWidth="2" strokeDasharray="4 3" />
              </svg>
            </span>
            Active region filter
          </li>
        </ul>
      ) : null}
      {layers.length === 0 ? <p className="legend-note">All layers are switched off.</p> : null}
    </details>
  );
}
