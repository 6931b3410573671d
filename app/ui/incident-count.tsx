import { useEffect, useState } from "react";
import { formatCount } from "./format";

/**
 * How long an answer may take before "updating…" is shown: most come sooner, and a note that flashes on
 * and off costs two repaints of the page just when the map is drawing the new answer.
 */
const UPDATING_NOTE_AFTER_MS = 300;

/** `on`, but turned on only once it has stayed on for `ms` (turned off at once). */
function useAfter(on: boolean, ms: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return on && shown;
}

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
  const updatingNote = useAfter(loading, UPDATING_NOTE_AFTER_MS);
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
          {updatingNote ? <span className="muted"> · updating…</span> : null}
        </>
      )}
    </p>
  );
}
