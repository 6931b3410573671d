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

/** From/to event-date pickers (inclusive). */
export default function DateRange({ from, to, min, max, undated, onChange }: DateRangeProps) {
  const active = Boolean(from || to);
  return (
    <fieldset className="control">
      <legend>Event date</legend>
      <div className="date-row">
        <label>
          <span>From</span>
          <input
            type="date"
            name="from"
            value={from ?? ""}
            min={min ?? undefined}
            max={to ?? max ?? undefined}
            onChange={(e) => onChange({ from: e.currentTarget.value || undefined, to })}
          />
        </label>
        <label>
          <span>To</span>
          <input
            type="date"
            name="to"
            value={to ?? ""}
            min={from ?? min ?? undefined}
            max={max ?? undefined}
            onChange={(e) => onChange({ from, to: e.currentTarget.value || undefined })}
          />
        </label>
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
