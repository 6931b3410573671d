import { useEffect, useRef } from "react";
import type { IncidentFeature } from "./api";
import IncidentEditor from "./editor/incident-editor"; // store: corrections (issue 7)
import {
  DATE_PRECISION_LABEL,
  EVENT_TYPE_COLOR,
  EVENT_TYPE_LABEL,
  PRECISION_LABEL,
  formatConfidence,
  formatDay,
  formatEventDate,
  formatPublisher,
  safeHttpUrl,
  splitEvidence,
} from "./format";

export interface IncidentDetailProps {
  incident: IncidentFeature;
  /** Position within the incidents under the last click (several can share a point). */
  index: number;
  total: number;
  onStep: (delta: number) => void;
  onClose: () => void;
}

/** Everything known about one incident. Article text is untrusted: it is only ever rendered as text. */
export default function IncidentDetail({ incident, index, total, onStep, onClose }: IncidentDetailProps) {
  const p = incident.properties;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const link = safeHttpUrl(p.url);
  const evidence = splitEvidence(p.evidence, p.evidenceStart, p.placeStart, p.placeEnd);
  const [lon, lat] = incident.geometry.coordinates;

  useEffect(() => {
    headingRef.current?.focus();
  }, [p.id]);

  return (
    <aside className="detail" aria-labelledby="detail-title" data-testid="incident-detail" data-incident-id={p.id}>
      <header className="detail-header">
        <span className="detail-type">
          <span className="swatch" style={{ background: EVENT_TYPE_COLOR[p.type] }} aria-hidden="true" />
          {EVENT_TYPE_LABEL[p.type]}
          {p.subType ? <span className="detail-subtype"> · {p.subType}</span> : null}
        </span>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close incident details">
          ×
        </button>
      </header>
      <h2 id="detail-title" className="detail-title" tabIndex={-1} ref={headingRef}>
        {p.name}
      </h2>
      {total > 1 ? (
        <nav className="detail-pager" aria-label="Incidents at this point">
          <button type="button" onClick={() => onStep(-1)} disabled={index === 0}>
            ‹ Previous
          </button>
          <span>
            {index + 1} of {total} here
          </span>
          <button type="button" onClick={() => onStep(1)} disabled={index === total - 1}>
            Next ›
          </button>
        </nav>
      ) : null}

      <dl className="facts">
        <dt>Written as</dt>
        <dd>&ldquo;{p.surface}&rdquo;</dd>
        <dt>Placed at</dt>
        <dd>
          {p.name}
          {p.admin1Name ? `, ${p.admin1Name}` : ""}
          {p.admin1 ? <span className="muted"> ({p.admin1})</span> : null}
          <span className="muted coords">
            {typeof lat === "number" && typeof lon === "number" ? `${lat.toFixed(4)}° N, ${lon.toFixed(4)}° E` : ""}
          </span>
        </dd>
        <dt>Precision</dt>
        <dd>{PRECISION_LABEL[p.precision]}</dd>
        <dt>Confidence</dt>
        <dd>{formatConfidence(p.confidence)} that this is the place meant</dd>
        <dt>Event date</dt>
        <dd data-testid="event-date">
          {formatEventDate(p.dateStart, p.dateEnd, p.datePrecision)}
          {p.dateStart ? <span className="muted"> ({DATE_PRECISION_LABEL[p.datePrecision]})</span> : null}
          {p.dateText ? <span className="muted block">from the words &ldquo;{p.dateText}&rdquo;</span> : null}
        </dd>
        {p.fatalities !== null ? (
          <>
            <dt>Fatalities</dt>
            <dd>{p.fatalities.toLocaleString("en-GB")} reported</dd>
          </>
        ) : null}
        <dt>Publisher</dt>
        <dd>{formatPublisher(p.source)}</dd>
        <dt>Published</dt>
        <dd>{p.published ? formatDay(p.published) : "Publication date unknown"}</dd>
        {p.title ? (
          <>
            <dt>Article</dt>
            <dd>{p.title}</dd>
          </>
        ) : null}
      </dl>

      <figure className="evidence">
        <figcaption>Evidence sentence</figcaption>
        <blockquote data-testid="evidence">
          {evidence ? (
            <>
              {evidence.before}
              <mark>{evidence.place}</mark>
              {evidence.after}
            </>
          ) : (
            p.evidence
          )}
        </blockquote>
      </figure>

      <IncidentEditor incidentId={p.id} /> {/* store: "corrected by" badge and correction controls (issue 7) */}
      {link ? (
        <a className="article-link" href={link} target="_blank" rel="noopener noreferrer">
          Open the original article <span aria-hidden="true">↗</span>
        </a>
      ) : (
        <p className="muted">No link to the original article is known{p.url ? ` (source given as “${p.url}”)` : ""}.</p>
      )}
    </aside>
  );
}
