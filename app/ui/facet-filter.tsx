"use client";

import { useState } from "react";
import { isSourceSelected, toggleSource } from "./url-state";

export interface FacetOption {
  /** The filter value (publisher name, "unknown", organisation name). */
  value: string;
  label: string;
  /** Incidents under the other filters. */
  count: number;
  title?: string;
  color?: string;
  muted?: boolean;
}

export interface FacetFilterProps {
  legend: string;
  /** Parameter name, for the checkboxes' `name` and test ids. */
  name: string;
  selected: readonly string[];
  options: readonly FacetOption[] | undefined;
  onChange: (values: string[]) => void;
  hint?: string;
  emptyText: string;
}

/**
 * One checkbox per value, with its count under the other filters, "All" and "None".
 * An empty selection means all. "None" unticks every box without hiding anything until a box
 * is ticked (a map with nothing selected would only look broken).
 */
export default function FacetFilter({ legend, name, selected, options, onChange, hint, emptyText }: FacetFilterProps) {
  const [none, setNone] = useState(false);
  const offered = options ?? [];
  const all = offered.map((s) => s.value);
  // Values named in a link but absent under the current filters still get a box, so they can be unticked.
  const extra = selected.filter((v) => !all.includes(v));
  const tickedCount = none ? 0 : offered.filter((s) => isSourceSelected(selected, s.value)).length + extra.length;

  const change = (value: string, checked: boolean) => {
    if (none) {
      setNone(false);
      if (checked) onChange([value]);
      return;
    }
    onChange(toggleSource(selected, all, value, checked));
  };

  return (
    <fieldset className="control facet" data-testid={`${name}-filter`}>
      <legend>{legend}</legend>
      <div className="facet-actions">
        <button type="button" className="chip-button" onClick={() => (setNone(false), onChange([]))} aria-pressed={!none && selected.length === 0}>
          All
        </button>
        <button type="button" className="chip-button" onClick={() => setNone(true)} aria-pressed={none}>
          None
        </button>
      </div>
      {options === undefined ? <p className="hint">Loading…</p> : null}
      {options !== undefined && offered.length === 0 && extra.length === 0 ? <p className="hint">{emptyText}</p> : null}
      {none ? <p className="hint warn">Nothing ticked: tick the ones to show (until then all are shown).</p> : null}
      <ul className="check-list">
        {offered.map((s) => {
          const checked = !none && isSourceSelected(selected, s.value);
          const lastOne = checked && tickedCount === 1;
          return (
            <li key={s.value}>
              <label className="check" title={lastOne ? "At least one stays selected" : s.title}>
                <input type="checkbox" name={name} value={s.value} checked={checked} disabled={lastOne} onChange={(e) => change(s.value, e.currentTarget.checked)} />
                {s.color ? <span className="swatch" style={{ background: s.color }} aria-hidden="true" /> : null}
                <span className={s.muted ? "source-name unknown" : "source-name"}>{s.label}</span>
                <span className={s.count === 0 ? "count zero" : "count"}>{s.count.toLocaleString("en-GB")}</span>
              </label>
            </li>
          );
        })}
        {extra.map((value) => (
          <li key={`extra-${value}`}>
            <label className="check">
              <input type="checkbox" name={name} value={value} checked disabled={tickedCount === 1} onChange={() => onChange(selected.filter((v) => v !== value))} />
              <span className="source-name">{value}</span>
              <span className="count muted">none here</span>
            </label>
          </li>
        ))}
      </ul>
      {hint ? <p className="hint">{hint}</p> : null}
    </fieldset>
  );
}
