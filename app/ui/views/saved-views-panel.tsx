"use client";

import { type FormEvent, useEffect, useState } from "react";
import { DEFAULT_BRIEFING_ID, moveInOrder, type Briefing, type SavedView } from "../../../lib/store/views";
import { useSession, type WriteAnswer } from "../editor/editor-api";
import { parseViewState, serializeViewState } from "../url-state";
import ErrorAlert from "../editor/error-alert";
import CopyLink from "./copy-link";
import { dashboardHref, presentHref, savedViewHref } from "./links";
import { useBriefingViews, useBriefings, viewsApi } from "./views-api";
import styles from "./views.module.css";

const TITLE_MAX = 120;
const NOTE_MAX = 600;

/**
 * The current dashboard screen as a URL query (the URL holds the whole view: filters, layers, selection, map),
 * written afresh so whatever the dashboard could not read in the address is not saved with it.
 */
function currentState(): string {
  return serializeViewState(parseViewState(window.location.search).state);
}

/** Opens a saved view in the dashboard: a new history entry, so Back returns to the screen before. */
function openView(view: SavedView) {
  window.history.pushState(null, "", dashboardHref(view));
}

/**
 * Saved views and briefings: share the current screen, save it with a title and a note, and list, open,
 * rename, reorder, delete and present a briefing's views. Editors change them; anyone can open and present.
 */
export default function SavedViewsPanel() {
  const session = useSession();
  const briefings = useBriefings();
  const [chosen, setChosen] = useState(DEFAULT_BRIEFING_ID);
  const list = briefings.data?.briefings ?? [];
  const briefing = list.find((b) => b.id === chosen) ?? list[0];
  const briefingId = briefing?.id ?? DEFAULT_BRIEFING_ID;
  const views = useBriefingViews(briefingId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const editingEnabled = session.data?.editingEnabled ?? false;
  const canEdit = editingEnabled && Boolean(session.data?.editor);
  const items = views.data?.views ?? [];

  /** Runs a write, then reloads the lists; a refusal is shown, not thrown. */
  const run = async (action: () => Promise<WriteAnswer>): Promise<WriteAnswer> => {
    setBusy(true);
    setError(null);
    const r = await action();
    setBusy(false);
    if (!r.ok) setError(r.error);
    await Promise.all([views.mutate(), briefings.mutate()]);
    return r;
  };

  return (
    <section className={styles.panel} aria-labelledby="saved-views-heading" data-testid="saved-views">
      <h2 id="saved-views-heading" className={styles.heading}>
        Share and present
      </h2>
      <CopyLink href={() => `${window.location.pathname}${window.location.search}`} label="Copy link to this view" testId="share-current" />

      <div className={styles.row}>
        <label className={styles.grow}>
          <span className={styles.label}>Briefing</span>
          <select value={briefingId} onChange={(e) => setChosen(e.target.value)} aria-label="Briefing" data-testid="briefing-select">
            {(list.length ? list : [{ id: DEFAULT_BRIEFING_ID, title: "Briefing", views: 0 } as Briefing]).map((b) => (
              <option key={b.id} value={b.id}>
                {b.title} ({b.views})
              </option>
            ))}
          </select>
        </label>
        {items.length > 0 ? (
          <a className={`${styles.button} ${styles.primary}`} href={presentHref(briefingId)} data-testid="present-briefing">
            Present ▸
          </a>
        ) : (
          <span className={`${styles.button} ${styles.disabled}`} aria-disabled="true" title="Save a view into this briefing first">
            Present ▸
          </span>
        )}
      </div>
      {canEdit && briefing ? <BriefingTools briefing={briefing} busy={busy} run={run} onChosen={setChosen} /> : null}

      {canEdit ? (
        <SaveCurrentView briefing={briefing} busy={busy} run={run} />
      ) : session.data ? (
        <p className={styles.note} data-testid="views-read-only">
          {editingEnabled
            ? "Sign in as an editor (below) to save, rename, reorder or delete views. Anyone can open, share and present them."
            : "This atlas is read-only: saved views can be opened, shared and presented, not changed."}
        </p>
      ) : null}

      <ErrorAlert error={error ?? (views.error ? `Saved views could not be loaded: ${views.error.message}` : null)} />

      {views.data && items.length === 0 ? <p className={styles.note}>No saved views in this briefing yet.</p> : null}
      {items.length > 0 ? (
        <ol className={styles.list} aria-label={`Saved views in ${briefing?.title ?? "the briefing"}`} data-testid="saved-view-list">
          {items.map((view, index) => (
            <ViewItem
              key={view.id}
              view={view}
              index={index}
              count={items.length}
              briefings={list}
              canEdit={canEdit}
              busy={busy}
              run={run}
              onMove={(offset) =>
                run(() =>
                  viewsApi.order(
                    briefingId,
                    moveInOrder(
                      items.map((v) => v.id),
                      view.id,
                      offset,
                    ),
                  ),
                )
              }
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

type Run = (action: () => Promise<WriteAnswer>) => Promise<WriteAnswer>;

function SaveCurrentView({ briefing, busy, run }: { briefing: Briefing | undefined; busy: boolean; run: Run }) {
  const [title, setTitle] = useState("");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run(() => viewsApi.create({ title, note, state: currentState(), briefingId: briefing?.id ?? DEFAULT_BRIEFING_ID }));
    if (!r.ok) return;
    setSaved(title.trim());
    setTitle("");
    setNote("");
  };
  return (
    <form onSubmit={submit} className={styles.form} aria-label="Save this view">
      <label>
        <span className={styles.label}>Title</span>
        <input className={styles.field} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={TITLE_MAX} placeholder="e.g. Coast, 6–9 March" />
      </label>
      <label>
        <span className={styles.label}>Note (optional, plain text)</span>
        <textarea className={styles.field} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={NOTE_MAX} />
      </label>
      <button type="submit" className={`${styles.button} ${styles.primary}`} disabled={busy || title.trim() === ""}>
        Save this view{briefing ? ` to “${briefing.title}”` : ""}
      </button>
      {saved ? (
        <span role="status" className={styles.note}>
          Saved “{saved}”.
        </span>
      ) : null}
    </form>
  );
}

function BriefingTools({ briefing, busy, run, onChosen }: { briefing: Briefing; busy: boolean; run: Run; onChosen: (id: string) => void }) {
  const [mode, setMode] = useState<"new" | "rename" | null>(null);
  const [title, setTitle] = useState("");
  useEffect(() => setMode(null), [briefing.id]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run(() => (mode === "new" ? viewsApi.createBriefing(title) : viewsApi.renameBriefing(briefing.id, title)));
    if (!r.ok) return;
    if (mode === "new") onChosen((r.body as { briefing: { id: string } }).briefing.id);
    setMode(null);
  };
  if (mode) {
    return (
      <form onSubmit={submit} className={styles.row} aria-label={mode === "new" ? "New briefing" : "Rename briefing"}>
        <input
          className={`${styles.field} ${styles.grow}`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={TITLE_MAX}
          aria-label="Briefing title"
          autoFocus
        />
        <button type="submit" className={styles.button} disabled={busy || title.trim() === ""}>
          {mode === "new" ? "Create" : "Rename"}
        </button>
        <button type="button" className={styles.linkButton} onClick={() => setMode(null)}>
          Cancel
        </button>
      </form>
    );
  }
  const deletable = briefing.id !== DEFAULT_BRIEFING_ID && briefing.views === 0;
  return (
    <div className={styles.row}>
      <button type="button" className={styles.linkButton} onClick={() => (setTitle(""), setMode("new"))}>
        New briefing
      </button>
      <button type="button" className={styles.linkButton} onClick={() => (setTitle(briefing.title), setMode("rename"))}>
        Rename briefing
      </button>
      {deletable ? (
        <button
          type="button"
          className={styles.linkButton}
          onClick={() => void run(() => viewsApi.removeBriefing(briefing.id)).then((r) => r.ok && onChosen(DEFAULT_BRIEFING_ID))}
        >
          Delete briefing
        </button>
      ) : null}
    </div>
  );
}

function ViewItem({
  view,
  index,
  count,
  briefings,
  canEdit,
  busy,
  run,
  onMove,
}: {
  view: SavedView;
  index: number;
  count: number;
  briefings: Briefing[];
  canEdit: boolean;
  busy: boolean;
  run: Run;
  onMove: (offset: number) => Promise<WriteAnswer>;
}) {
  const [mode, setMode] = useState<"rename" | "delete" | null>(null);
  const [title, setTitle] = useState(view.title);
  const [note, setNote] = useState(view.note);
  const [target, setTarget] = useState(view.briefingId);
  const [refocus, setRefocus] = useState<"up" | "down" | null>(null);

  // Moving re-orders the list: keep the keyboard on the button that was pressed (or its twin at either end).
  useEffect(() => {
    if (!refocus) return;
    const wanted = document.querySelector<HTMLButtonElement>(`[data-move="${CSS.escape(view.id)}-${refocus}"]:not(:disabled)`);
    (wanted ?? document.querySelector<HTMLButtonElement>(`[data-move^="${CSS.escape(view.id)}-"]:not(:disabled)`))?.focus();
    setRefocus(null);
  }, [index, refocus, view.id]);

  const move = async (direction: "up" | "down") => {
    const r = await onMove(direction === "up" ? -1 : 1);
    if (r.ok) setRefocus(direction);
  };

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run(() => viewsApi.update({ id: view.id, title, note, ...(target !== view.briefingId ? { briefingId: target } : {}) }));
    if (r.ok) setMode(null);
  };

  return (
    <li className={styles.item} data-testid="saved-view" data-view-id={view.id}>
      {mode === "rename" ? (
        <form onSubmit={rename} className={styles.form} aria-label={`Rename “${view.title}”`}>
          <input className={styles.field} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={TITLE_MAX} aria-label="Title" autoFocus />
          <textarea className={styles.field} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={NOTE_MAX} aria-label="Note" />
          {briefings.length > 1 ? (
            <label>
              <span className={styles.label}>In briefing (moving puts it last)</span>
              <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label="Move to briefing">
                {briefings.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.title}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <div className={styles.row}>
            <button type="submit" className={styles.button} disabled={busy || title.trim() === ""}>
              Save
            </button>
            <button type="button" className={styles.linkButton} onClick={() => (setTitle(view.title), setNote(view.note), setTarget(view.briefingId), setMode(null))}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <div className={styles.itemHead}>
            <span className={styles.position} aria-hidden="true">
              {index + 1}
            </span>
            <button type="button" className={styles.open} onClick={() => openView(view)} title="Show this view on the map" data-testid="open-view">
              {view.title}
            </button>
            {canEdit ? (
              <span className={styles.moves}>
                <button type="button" className={styles.iconButton} data-move={`${view.id}-up`} disabled={busy || index === 0} onClick={() => void move("up")} aria-label={`Move “${view.title}” up`}>
                  ↑
                </button>
                <button
                  type="button"
                  className={styles.iconButton}
                  data-move={`${view.id}-down`}
                  disabled={busy || index === count - 1}
                  onClick={() => void move("down")}
                  aria-label={`Move “${view.title}” down`}
                >
                  ↓
                </button>
              </span>
            ) : null}
          </div>
          {view.note ? <p className={styles.itemNote}>{view.note}</p> : null}
          <div className={styles.actions}>
            <a className={styles.linkButton} href={presentHref(view.briefingId, index + 1)}>
              Present
            </a>
            <CopyLink href={() => savedViewHref(view)} label="Copy link" testId="copy-view-link" className={styles.inline} />
            {canEdit ? (
              <>
                <button type="button" className={styles.linkButton} onClick={() => (setTitle(view.title), setNote(view.note), setTarget(view.briefingId), setMode("rename"))}>
                  Edit
                </button>
                <button type="button" className={styles.linkButton} onClick={() => setMode("delete")}>
                  Delete
                </button>
              </>
            ) : null}
          </div>
          {mode === "delete" ? (
            <div className={styles.confirm} role="alertdialog" aria-label={`Delete “${view.title}”?`}>
              Delete “{view.title}”? Links to it will stop working.
              <div className={styles.row}>
                <button type="button" className={`${styles.button} ${styles.danger}`} disabled={busy} onClick={() => void run(() => viewsApi.remove(view.id))} autoFocus>
                  Delete
                </button>
                <button type="button" className={styles.linkButton} onClick={() => setMode(null)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
