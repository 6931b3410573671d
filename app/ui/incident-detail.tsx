"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import type { IncidentDetailResponse, IncidentFeature } from "./api";
import {
  DATE_PRECISION_LABEL,
  EVENT_TYPE_COLOR,
  EVENT_TYPE_LABEL,
  PRECISION_LABEL,
  excerptBounds,
  formatConfidence,
  formatDay,
  formatEventDate,
  formatKilled,
  formatPublisher,
  formatToll,
  highlightSegments,
  safeHttpUrl,
  type HighlightKind,
} from "./format";
import { useIncidentDetail } from "./use-atlas-data";
import { formatAdminPath } from "../../lib/geoparse/admin-path";
import { mostPrecisePcode } from "../../lib/layers/admin";

export interface IncidentDetailProps {
  id: string;
  /** The map's copy of the incident, shown while the full record loads. */
  feature: IncidentFeature | undefined;
  onClose: () => void;
  /** Colour of a publisher, as in the source facet. */
  colorOf: (source: string | null) => string;
  /** Extra panels (e.g. corrections) rendered under the reports. */
  children?: ReactNode;
}

type ReportEntry = IncidentDetailResponse["reports"][number];

const MARK_CLASS: Record<HighlightKind, string> = { evidence: "hl-evidence", place: "hl-place", date: "hl-date", fatalities: "hl-fatalities" };

/** The article around the evidence, highlighted with React elements only: article text is untrusted and never HTML. */
function ArticleText({ entry }: { entry: ReportEntry }) {
  const [full, setFull] = useState(false);
  const { report, articleText } = entry;
  // Every sentence of the article about this event is evidence (one event, one report per article).
  const sentences = [report.evidence, ...(report.moreEvidence ?? [])];
  const spans: Array<{ start: number; end: number; kind: HighlightKind }> = [
    ...sentences.map((s) => ({ start: s.start, end: s.end, kind: "evidence" as const })),
    { start: report.placeEvidence.start, end: report.placeEvidence.end, kind: "place" },
  ];
  if (report.dateEvidence) spans.push({ start: report.dateEvidence.start, end: report.dateEvidence.end, kind: "date" });
  if (report.fatalities) spans.push({ start: report.fatalities.span.start, end: report.fatalities.span.end, kind: "fatalities" });
  const first = sentences.reduce((a, b) => (b.start < a.start ? b : a));
  const last = sentences.reduce((a, b) => (b.end > a.end ? b : a));
  const bounds = full ? { start: 0, end: articleText.length } : excerptBounds(articleText, first.start, last.end);
  const shown = articleText.slice(bounds.start, bounds.end);
  const segments = highlightSegments(
    shown,
    spans.map((s) => ({ ...s, start: s.start - bounds.start, end: s.end - bounds.start })),
  );
  const clipped = bounds.start > 0 || bounds.end < articleText.length;
  return (
    <div className="article-text" data-testid="article-text">
      <p className="article-body">
        {bounds.start > 0 ? "… " : null}
        {segments.map((s, i) =>
          s.kinds.length === 0 ? (
            <span key={i}>{s.text}</span>
          ) : (
            <mark key={i} className={s.kinds.map((k) => MARK_CLASS[k]).join(" ")} data-kinds={s.kinds.join(" ")}>
              {s.text}
            </mark>
          ),
        )}
        {bounds.end < articleText.length ? " …" : null}
      </p>
      {clipped || full ? (
        <button type="button" className="link-button" onClick={() => setFull(!full)} aria-expanded={full}>
          {full ? "Show only the passage" : `Show the whole article (${articleText.length.toLocaleString("en-GB")} characters)`}
        </button>
      ) : null}
    </div>
  );
}

/** Period and cumulative counts the article gives: the article's statistics, never an incident's toll, never mapped. */
function ArticleStatistics({ entry }: { entry: ReportEntry }) {
  if (entry.statistics.length === 0) return null;
  return (
    <section className="article-statistics" data-testid="article-statistics" aria-label="Statistics the article gives">
      <h4>
        Statistics the article gives <span className="muted">(over a period: not this incident&apos;s toll, not on the map)</span>
      </h4>
      <ul>
        {entry.statistics.map((s, i) => (
          <li key={i}>
            <strong>
              {formatToll(s)} {s.what === "killed" ? "killed" : "deaths"}
            </strong>{" "}
            <span className="muted">{s.period.text}</span>
            <blockquote className="statistic-sentence">“{s.sentence.text}”</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The report's toll as written ("≥35 killed", "~20 killed", "dozens killed", "0 killed"), and who the dead were where it says. */
function fatalityClaim(r: ReportEntry["report"]): string {
  const victims = r.fatalities?.victims && r.fatalities.victims !== "unknown" ? ` (${r.fatalities.victims.replace("-", " ")})` : "";
  return formatKilled(r.fatalities) + victims;
}

function ReportCard({ entry, index, total, colorOf }: { entry: ReportEntry; index: number; total: number; colorOf: (s: string | null) => string }) {
  const { report, article, mention } = entry;
  const link = safeHttpUrl(report.url ?? article.url);
  return (
    <article className="report" data-testid="report" aria-label={`Report ${index + 1} of ${total}`}>
      <header className="report-header">
        <span className="swatch" style={{ background: colorOf(report.source) }} aria-hidden="true" />
        <strong className={report.source ? "" : "unknown"}>{formatPublisher(report.source)}</strong>
        <span className="muted">{report.published ? formatDay(report.published) : "publication date unknown"}</span>
      </header>
      {report.title ? <p className="report-title">{report.title}</p> : null}
      <p className="report-claims">
        <span>{fatalityClaim(report)}</span>
        <span className="muted"> · {report.dateStart ? `event date ${formatEventDate(report.dateStart, report.dateEnd, report.datePrecision)}` : "event date unknown"}</span>
        {report.attributedTo.length ? <span className="muted"> · according to {report.attributedTo.join(", ")}</span> : null}
      </p>
      {report.place.standsFor ? (
        <p className="stand-in" data-testid="stand-in">
          “{report.place.standsFor}” is not in the gazetteer: placed at {report.place.name} ({report.place.precision}), the area the text names around it.
        </p>
      ) : null}
      {report.moreEvidence?.length ? (
        <p className="muted" data-testid="evidence-count">
          This article tells the event in {report.moreEvidence.length + 1} sentences; each is highlighted.
        </p>
      ) : null}
      <ArticleText entry={entry} />
      <ArticleStatistics entry={entry} />
      {mention ? (
        <details className="geocoder">
          <summary>
            Geocoder: “{mention.surface}” → {mention.name ?? "not placed"} · {formatConfidence(mention.confidence)}
          </summary>
          <p className="muted">{mention.reason}</p>
          {mention.alternatives.length ? (
            <>
              <p className="geocoder-sub">Runner-up candidates</p>
              <ol className="candidates" data-testid="candidates">
                {mention.alternatives.slice(0, 5).map((c) => (
                  <li key={c.placeId}>
                    {c.name} <span className="muted">({c.country}, {c.featureCode}, {c.lat.toFixed(3)}, {c.lon.toFixed(3)}) score {c.score.toFixed(2)}</span>
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p className="muted">No other candidate was considered.</p>
          )}
        </details>
      ) : null}
      {link ? (
        <a className="article-link" href={link} target="_blank" rel="noopener noreferrer">
          Open the original article <span aria-hidden="true">↗</span>
        </a>
      ) : (
        <p className="muted small">No link to the original article is known.</p>
      )}
    </article>
  );
}

/** Everything known about one incident: the facts, then every report of it with its article text. */
export default function IncidentDetail({ id, feature, onClose, colorOf, children }: IncidentDetailProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detail = useIncidentDetail(id);
  const data = detail.data?.data;
  const incident = data?.incident;
  const lead = data?.reports[0];
  const type = incident?.type ?? feature?.properties.type;
  const name = incident?.place.name ?? feature?.properties.name ?? "";

  useEffect(() => {
    headingRef.current?.focus();
  }, [id]);

  return (
    <section className="detail" aria-labelledby="detail-title" data-testid="incident-detail" data-incident-id={id}>
      <header className="detail-header">
        {type ? (
          <span className="detail-type">
            <span className="swatch" style={{ background: EVENT_TYPE_COLOR[type] }} aria-hidden="true" />
            {EVENT_TYPE_LABEL[type]}
            {incident?.subType ? <span className="detail-subtype"> · {incident.subType}</span> : null}
          </span>
        ) : (
          <span />
        )}
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close incident details">
          ×
        </button>
      </header>
      <h2 id="detail-title" className="detail-title" tabIndex={-1} ref={headingRef}>
        {name}
      </h2>
      {incident?.place.admin ? (
        <p className="detail-admin" data-testid="admin-path">
          {formatAdminPath(incident.place.name, incident.place.admin)}{" "}
          <span
            className="muted pcode"
            title={`OCHA P-codes: ${[incident.place.admin.admin1, incident.place.admin.admin2, incident.place.admin.admin3].flatMap((u) => (u ? [`${u.pcode} ${u.name}`] : [])).concat(incident.place.admin.pcode ? [`${incident.place.admin.pcode} ${incident.place.name}`] : []).join(" › ")}`}
          >
            {mostPrecisePcode(incident.place.admin)}
          </span>
        </p>
      ) : null}
      {detail.error ? (
        <p className="error" role="alert">
          Could not load this incident: {detail.error.message}
        </p>
      ) : null}
      {!data && !detail.error ? <p className="hint">Loading the reports…</p> : null}
      {incident && lead ? (
        <>
          <dl className="facts">
            <dt>Placed at</dt>
            <dd>
              {incident.place.name}
              {incident.place.admin1 ? <span className="muted"> ({incident.place.admin1})</span> : null}
              <span className="muted coords">
                {incident.place.lat.toFixed(4)}° N, {incident.place.lon.toFixed(4)}° E
              </span>
            </dd>
            <dt>Precision</dt>
            <dd data-testid="precision">{PRECISION_LABEL[incident.place.precision]}</dd>
            <dt>Confidence</dt>
            <dd>{formatConfidence(incident.place.confidence)} that this is the place meant</dd>
            <dt>Event date</dt>
            <dd data-testid="event-date">
              {formatEventDate(incident.dateStart, incident.dateEnd, incident.datePrecision)}
              {incident.dateStart ? <span className="muted"> ({DATE_PRECISION_LABEL[incident.datePrecision]})</span> : null}
              {lead.report.dateEvidence ? <span className="muted block">from the words “{lead.report.dateEvidence.text}”</span> : null}
            </dd>
            {incident.fatalities ? (
              <>
                <dt>Fatalities</dt>
                <dd>
                  {formatToll(incident.fatalities)}
                  {incident.reports.length > 1 && incident.fatalities.high !== incident.fatalities.low ? (
                    <span className="muted"> (median of the reports’ figures {incident.fatalities.best.toLocaleString("en-GB")})</span>
                  ) : null}
                </dd>
              </>
            ) : null}
            {incident.actors.length ? (
              <>
                <dt>Actors</dt>
                <dd>{incident.actors.join(", ")}</dd>
              </>
            ) : null}
            {incident.attributedTo.length ? (
              <>
                <dt>Cited sources</dt>
                <dd>{incident.attributedTo.join(", ")}</dd>
              </>
            ) : null}
          </dl>
          <p className="legend-inline" aria-hidden="true">
            <mark className="hl-evidence">evidence sentence</mark> <mark className="hl-place">place</mark>{" "}
            <mark className="hl-date">date</mark> <mark className="hl-fatalities">fatalities</mark>
          </p>
          <h3 className="detail-sub">
            {data.reports.length === 1 ? "1 report" : `${data.reports.length} reports`} of this incident
          </h3>
          {data.reports.map((entry, i) => (
            <ReportCard key={entry.report.id} entry={entry} index={i} total={data.reports.length} colorOf={colorOf} />
          ))}
        </>
      ) : null}
      {children}
    </section>
  );
}
