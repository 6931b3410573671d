import { formatCount } from "./format";

export interface IncidentCountProps {
  count: number | undefined;
  /** The API request the count answers (for tests and for the curious: it is the same query the map shows). */
  forUrl: string | undefined;
  /** How many of them lie outside Syria (not in any Syrian governorate). */
  outsideSyria: number;
  loading: boolean;
  visible: boolean;
}

export default function IncidentCount({ count, forUrl, outsideSyria, loading, visible }: IncidentCountProps) {
  return (
    <p
      className="incident-count"
      role="status"
      aria-live="polite"
      data-testid="incident-count"
      data-count={count ?? ""}
      data-for={forUrl ?? ""}
      data-loading={loading ? "true" : "false"}
    >
      {count === undefined ? (
        "Loading incidents…"
      ) : (
        <>
          <strong>{formatCount(count, "incident")}</strong> {visible ? "shown" : "match (layer hidden)"}
          {outsideSyria > 0 ? <span className="muted block">{outsideSyria} of them outside Syria</span> : null}
          {loading ? <span className="muted"> · updating…</span> : null}
        </>
      )}
    </p>
  );
}
