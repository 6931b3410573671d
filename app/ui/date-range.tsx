import type { LayerQuery } from "../../lib/layers/query";
import { formatDay } from "./format";

export interface DateRangeProps {
  from: string | undefined;
  to: string | undefined;
  /** Earliest and latest event dates in the corpus, to bound the pickers. */
  min: string | null;
  max: string | null;
  undated: number | null;
  onChange: (patch: Pick<LayerQuery, "from" | "to">) => void;
}

function DateField(props: { label: string; name: string; value: string | undefined; min: string | null; max: string | null; onChange: (value: string | undefined) => void }) {
  return (
    <label>
      <span>{props.label}</span>
      <input
        type="date"
        name={props.name}
        value={props.value ?? ""}
        min={props.min ?? undefined}
        max={props.max ?? undefined}
        onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
      />
    </label>
  );
}

/** From/to event-date pickers (inclusive). */
export default function DateRange({ from, to, min, max, undated, onChange }: DateRangeProps) {
  const active = Boolean(from || to);
  return (
    <fieldset className="control">
      <legend>Event date</legend>
      <div className="date-row">
        <DateField label="From" name="from" value={from} min={min} max={to ?? max} onChange={(v) => onChange({ from: v, to })} />
        <DateField label="To" name="to" value={to} min={from ?? min} max={max} onChange={(v) => onChange({ from, to: v })} />
      </div>
      <p className="hint">
        {min && max ? `Events in the corpus run from ${formatDay(min)} to ${formatDay(max)}.` : null}
        {active && undated
          ? ` Incidents without a known event date (${undated} in the corpus) are left out while a date is set.`
          : null}
      </p>
      {active ? (
        <button type="button" className="link-button" onClick={() => onChange({ from: undefined, to: undefined })}>
          Clear dates
        </button>
      ) : null}
    </fieldset>
  );
}
