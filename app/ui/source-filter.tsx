import type { SourceCount } from "../../lib/layers/features";
import { formatPublisher } from "./format";
import { isSourceSelected, toggleSource } from "./url-state";

export interface SourceFilterProps {
  selected: readonly string[];
  sources: readonly SourceCount[] | undefined;
  onChange: (source: string[]) => void;
}

/** One checkbox per publisher, with its counts under the other filters. */
export default function SourceFilter({ selected, sources, onChange }: SourceFilterProps) {
  const offered = sources ?? [];
  const all = offered.map((s) => s.value);
  // Publishers named in a link but absent under the current filters still get a box, so they can be unticked.
  const extra = selected.filter((v) => !all.includes(v));
  const tickedCount = offered.filter((s) => isSourceSelected(selected, s.value)).length + extra.length;

  return (
    <fieldset className="control" data-testid="source-filter">
      <legend>Publisher</legend>
      {sources === undefined ? <p className="hint">Loading publishers…</p> : null}
      {sources !== undefined && offered.length === 0 && extra.length === 0 ? (
        <p className="hint">No publishers under these filters.</p>
      ) : null}
      <ul className="check-list">
        {offered.map((s) => {
          const checked = isSourceSelected(selected, s.value);
          const lastOne = checked && tickedCount === 1;
          return (
            <li key={s.value}>
              <label className="check" title={lastOne ? "At least one publisher stays selected" : undefined}>
                <input
                  type="checkbox"
                  name="source"
                  value={s.value}
                  checked={checked}
                  disabled={lastOne}
                  onChange={(e) => onChange(toggleSource(selected, all, s.value, e.currentTarget.checked))}
                />
                <span className={s.source === null ? "source-name unknown" : "source-name"}>
                  {formatPublisher(s.source)}
                </span>
                <span className="count" title={`${s.incidents} incidents from ${s.articles} articles`}>
                  {s.incidents}
                  <span className="muted"> / {s.articles} art.</span>
                </span>
              </label>
            </li>
          );
        })}
        {extra.map((value) => (
          <li key={`extra-${value}`}>
            <label className="check">
              <input
                type="checkbox"
                name="source"
                value={value}
                checked
                disabled={tickedCount === 1}
                onChange={() => onChange(selected.filter((v) => v !== value))}
              />
              <span className="source-name">{value === "unknown" ? formatPublisher(null) : value}</span>
              <span className="count muted">none here</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="control-actions">
        {selected.length > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Select all publishers
          </button>
        ) : null}
      </div>
      <p className="hint">Counts: incidents / articles under the date and governorate filters.</p>
    </fieldset>
  );
}
