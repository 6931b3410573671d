export interface RegionSelectProps {
  value: readonly string[];
  regions: readonly { code: string; name: string }[];
  onChange: (region: string[]) => void;
}

/** One governorate, or all. A link may carry several; they are shown as one entry until changed. */
export default function RegionSelect({ value, regions, onChange }: RegionSelectProps) {
  const sorted = [...regions].sort((a, b) => a.name.localeCompare(b.name, "en"));
  // A link may name a governorate by its English name instead of its code.
  const single = value.length === 1 ? value[0] : undefined;
  const match = single ? sorted.find((r) => r.code === single || r.name.toLowerCase() === single.toLowerCase()) : undefined;
  const several = value.length > 1 ? value.join("|") : null;
  const selected = several ?? match?.code ?? single ?? "";
  const unknownSingle = single !== undefined && !match && sorted.length > 0;

  return (
    <div className="control">
      <label htmlFor="region-select" className="control-label">
        Governorate
      </label>
      <select
        id="region-select"
        name="region"
        value={selected}
        onChange={(e) => {
          const next = e.currentTarget.value;
          onChange(next === "" ? [] : next.split("|"));
        }}
      >
        <option value="">All governorates</option>
        {several ? <option value={several}>{value.length} governorates (from the link)</option> : null}
        {unknownSingle || (single && sorted.length === 0) ? <option value={single}>{single}</option> : null}
        {sorted.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}
