"use client";

import { type FormEvent, useState } from "react";
import type { EventType, Incident } from "../../../lib/events/incident";
import type { Correction } from "../../../lib/store/corrections";
import { EVENT_TYPE_LABEL, EVENT_TYPES } from "../format";
import { useIncidentDetail } from "../use-atlas-data";
import { useCorrections, useRefreshAtlas, useSession, write } from "./editor-api";
import PointPicker, { type Point } from "./point-picker";
import ErrorAlert from "./error-alert";
import styles from "./editor.module.css";

function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function describe(c: Correction): string {
  switch (c.kind) {
    case "mention":
      return c.after.status === "not-a-place" ? `“${c.surface}” marked as not a place` : `“${c.surface}” moved from ${String(c.before.name ?? "unplaced")} to ${c.after.name}`;
    case "incident":
      return `changed ${Object.keys(c.after).join(", ")}`;
    default:
      return c.kind;
  }
}

/** "Corrected by X at T" for an incident a person has corrected, with the list of corrections. */
export function CorrectedBadge({ incidentId }: { incidentId: string }) {
  const { data } = useCorrections(incidentId);
  const list = data?.corrections ?? [];
  const last = list[list.length - 1];
  if (!last) return null;
  return (
    <details data-testid="corrected-badge">
      <summary className={styles.badge}>
        Corrected by {last.editor} at {when(last.at)}
      </summary>
      <ul className={styles.results}>
        {list.map((c) => (
          <li key={c.id}>
            {when(c.at)}, {c.editor}: {describe(c)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The badge for everyone; for an editor, the controls to correct the place, date, type and fatalities. */
export default function IncidentEditor({ incidentId }: { incidentId: string }) {
  const session = useSession();
  const editing = Boolean(session.data?.editor);
  return (
    <div className={styles.editor} data-testid="incident-editor">
      <CorrectedBadge incidentId={incidentId} />
      {editing ? <Corrections incidentId={incidentId} /> : null}
    </div>
  );
}

function Corrections({ incidentId }: { incidentId: string }) {
  // The dashboard's own hook: one SWR key must have one fetcher, or the detail panel and this form read each other's shapes.
  const detail = useIncidentDetail(incidentId);
  const corrections = useCorrections(incidentId);
  const refresh = useRefreshAtlas();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [point, setPoint] = useState<Point | null>(null);
  const incident = detail.data?.data.incident;
  // An incident joins reports from several articles, each resting on its own mention; the editor picks which one is wrong.
  const placed = (detail.data?.data.reports ?? []).filter((r) => r.mention !== null);
  const [chosenMentionId, setChosenMentionId] = useState<string | null>(null);
  const mention = (placed.find((r) => r.mention?.id === chosenMentionId) ?? placed[0])?.mention ?? null;

  const send = async (body: object, what: string) => {
    const r = await write("/api/corrections", "POST", body);
    if (!r.ok) return setError(r.error);
    setError(null);
    setDone(what);
    await Promise.all([corrections.mutate(), detail.mutate(), refresh()]);
  };

  return (
    <details className={styles.section}>
      <summary>Correct this incident</summary>
      {mention ? (
        <fieldset style={{ border: 0, padding: 0 }}>
          <legend>Where “{mention.surface}” is</legend>
          {placed.length > 1 ? (
            <div className={styles.row}>
              <label>
                Report
                <select className={styles.field} aria-label="Report whose place to correct" value={mention.id} onChange={(e) => setChosenMentionId(e.target.value)}>
                  {placed.map((r) => (
                    <option key={r.report.id} value={r.mention?.id}>
                      {r.report.source ?? "unknown publisher"}: “{r.mention?.surface}”
                    </option>
                  ))}
                </select>
              </label>
            </div>
          ) : null}
          {mention.alternatives.length > 0 ? (
            <div className={styles.row}>
              <label>
                Another candidate
                <select
                  className={styles.field}
                  aria-label="Another candidate"
                  defaultValue=""
                  onChange={(e) => e.target.value && void send({ kind: "candidate", mentionId: mention.id, placeId: e.target.value }, "Moved to the chosen candidate.")}
                >
                  <option value="">choose…</option>
                  {mention.alternatives.map((a) => (
                    <option key={a.placeId} value={a.placeId}>
                      {a.name} ({a.country}, {a.lat.toFixed(2)}, {a.lon.toFixed(2)})
                    </option>
                  ))}
                </select>
              </label>
            </div>
          ) : null}
          <PointPicker value={point} onChange={setPoint} label="Move to a point" />
          <div className={styles.row}>
            <button type="button" className={styles.button} disabled={!point} onClick={() => point && void send({ kind: "point", mentionId: mention.id, point }, "Moved to the point.")}>
              Move here
            </button>
            <button type="button" className={styles.button} onClick={() => void send({ kind: "not-a-place", mentionId: mention.id }, "Marked as not a place; the incident leaves the map.")}>
              Not a place
            </button>
          </div>
        </fieldset>
      ) : null}
      {incident ? <IncidentFields key={JSON.stringify(incident)} incident={incident} onSave={(patch) => void send({ kind: "incident", incidentId, patch }, "Saved.")} /> : null}
      {done ? <p role="status">{done}</p> : null}
      <ErrorAlert error={error} />
    </details>
  );
}

function IncidentFields({ incident, onSave }: { incident: Incident; onSave: (patch: object) => void }) {
  const [dateStart, setDateStart] = useState(incident.dateStart ?? "");
  const [dateEnd, setDateEnd] = useState(incident.dateEnd ?? "");
  const [type, setType] = useState<EventType>(incident.type);
  const [fatalities, setFatalities] = useState(incident.fatalities ? String(incident.fatalities.best) : "");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const patch: Record<string, unknown> = {};
    if (dateStart !== (incident.dateStart ?? "") || dateEnd !== (incident.dateEnd ?? "")) {
      patch.dateStart = dateStart || null;
      patch.dateEnd = dateEnd || dateStart || null;
      patch.datePrecision = dateStart ? (patch.dateEnd === dateStart ? "day" : "days") : "unknown";
    }
    if (type !== incident.type) patch.type = type;
    const best = fatalities.trim() === "" ? null : Number(fatalities);
    if (best !== (incident.fatalities?.best ?? null) && (best === null || (Number.isInteger(best) && best >= 0)))
      patch.fatalities = best === null ? null : { low: best, best, high: best };
    if (Object.keys(patch).length > 0) onSave(patch);
  };
  return (
    <form onSubmit={submit} aria-label="Incident date, type and fatalities">
      <div className={styles.row}>
        <label>
          From
          <input className={styles.field} type="date" value={dateStart} onChange={(e) => setDateStart(e.target.value)} />
        </label>
        <label>
          To
          <input className={styles.field} type="date" value={dateEnd} onChange={(e) => setDateEnd(e.target.value)} />
        </label>
      </div>
      <div className={styles.row}>
        <label>
          Type
          <select className={styles.field} value={type} onChange={(e) => setType(e.target.value as EventType)}>
            {EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {EVENT_TYPE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Fatalities
          <input className={styles.field} type="number" min={0} step={1} size={6} value={fatalities} onChange={(e) => setFatalities(e.target.value)} />
        </label>
      </div>
      <button type="submit" className={`${styles.button} ${styles.primary}`}>
        Save incident
      </button>
    </form>
  );
}
