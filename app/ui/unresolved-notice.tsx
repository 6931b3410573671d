import type { SummaryResponse } from "../../lib/layers/features";

/** Place names the geoparser recognised but could not put on the map: the map is silent about them. */
export default function UnresolvedNotice({ unresolved }: { unresolved: SummaryResponse["unresolved"] | undefined }) {
  if (!unresolved || unresolved.length === 0) return null;
  const sorted = [...unresolved].sort((a, b) => b.count - a.count || a.surface.localeCompare(b.surface, "en"));
  const mentions = sorted.reduce((n, u) => n + u.count, 0);
  return (
    <details className="notice" data-testid="unresolved-notice" open>
      <summary>
        <strong>
          {sorted.length} place name{sorted.length === 1 ? "" : "s"} could not be placed
        </strong>{" "}
        <span className="muted">
          ({mentions} mention{mentions === 1 ? "" : "s"} in the corpus, not on the map)
        </span>
      </summary>
      <ul className="unresolved-list">
        {sorted.map((u) => (
          <li key={u.surface}>
            {u.surface}
            {u.count > 1 ? <span className="muted"> ×{u.count}</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
