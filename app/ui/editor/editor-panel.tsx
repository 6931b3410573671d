"use client";

import { type FormEvent, useState } from "react";
import type { IngestResult } from "../../../lib/store/results";
import { IngestAnswerSchema, useDocuments, useRefreshAtlas, useSession, useUnresolvedNames, write } from "./editor-api";
import PointPicker, { type Point } from "./point-picker";
import ErrorAlert from "./error-alert";
import styles from "./editor.module.css";

/** Sign-in, or the read-only notice; for an editor, adding articles and placing unplaced names. */
export default function EditorPanel() {
  const session = useSession();
  if (!session.data) return null;
  const { editingEnabled, editor, message } = session.data;
  return (
    <section className={styles.editor} aria-label="Editing" data-testid="editor-panel">
      {!editingEnabled ? (
        <p className={styles.banner} role="status" data-testid="read-only">
          Read-only. {message}
        </p>
      ) : editor === null ? (
        <SignIn onDone={() => void session.mutate()} />
      ) : (
        <>
          <SignedIn editor={editor} onSignOut={() => void session.mutate()} />
          <AddArticles />
          <UnplacedNames />
          <StoredDocuments />
        </>
      )}
    </section>
  );
}

function SignIn({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await write("/api/session", "POST", { editor: name, password });
    setBusy(false);
    setPassword("");
    if (!r.ok) return setError(r.error);
    setError(null);
    onDone();
  };
  return (
    <details className={styles.section}>
      <summary>Sign in to edit</summary>
      <form onSubmit={submit} aria-label="Editor sign-in">
        <div className={styles.row}>
          <label>
            Your name
            <input className={styles.field} value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" required maxLength={60} />
          </label>
          <label>
            Editor password
            <input className={styles.field} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
          </label>
        </div>
        <button type="submit" className={`${styles.button} ${styles.primary}`} disabled={busy}>
          Sign in
        </button>
        <ErrorAlert error={error} />
      </form>
    </details>
  );
}

function SignedIn({ editor, onSignOut }: { editor: string; onSignOut: () => void }) {
  return (
    <div className={styles.row}>
      <span data-testid="signed-in">
        Editing as <strong>{editor}</strong>
      </span>
      <button type="button" className={styles.button} onClick={() => void write("/api/session", "DELETE").then(onSignOut)}>
        Sign out
      </button>
    </div>
  );
}

function ResultLine({ r }: { r: IngestResult }) {
  const label = r.status === "added" ? "Added" : r.status === "duplicate" ? "Already stored" : "Refused";
  return (
    <li data-status={r.status}>
      <span className={styles[r.status]}>{label}</span> {r.name}
      {r.status === "added" ? ` — ${r.articles} article(s), ${r.reports} incident report(s)` : ""}
      {r.error ? <span className={styles.warn}>{r.error.message}</span> : null}
      {r.warnings.map((w) => (
        <span key={w} className={styles.warn}>
          {w}
        </span>
      ))}
    </li>
  );
}

function AddArticles() {
  const refresh = useRefreshAtlas();
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [results, setResults] = useState<IngestResult[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // `accepted` empties the form together with showing the results, not after the refresh of every
  // layer: what the editor types in the meantime (the next article) is kept.
  const send = async (body: FormData | object, accepted: () => void) => {
    setBusy(true);
    setError(null);
    const r = await write("/api/articles", "POST", body);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const parsed = IngestAnswerSchema.safeParse(r.body);
    if (!parsed.success) return setError("The server's answer could not be read.");
    setResults(parsed.data.results);
    accepted();
    await refresh();
  };

  const upload = (e: FormEvent) => {
    e.preventDefault();
    const form = new FormData();
    for (const f of files) form.append("file", f);
    void send(form, () => setFiles([]));
  };
  const paste = (e: FormEvent) => {
    e.preventDefault();
    void send({ documents: [{ name: title.trim() || "pasted text", text }] }, () => setText(""));
  };

  return (
    <details className={styles.section} open>
      <summary>Add articles</summary>
      <form onSubmit={upload} aria-label="Upload articles">
        <input
          className={styles.wide}
          type="file"
          multiple
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          aria-label="Article files"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        <button type="submit" className={styles.button} disabled={busy || files.length === 0}>
          Upload {files.length > 0 ? `${files.length} file(s)` : ""}
        </button>
      </form>
      <form onSubmit={paste} aria-label="Paste an article">
        <input className={`${styles.field} ${styles.wide}`} placeholder="Name (optional)" aria-label="Name of the pasted article" value={title} onChange={(e) => setTitle(e.target.value)} />
        <textarea
          className={`${styles.field} ${styles.wide}`}
          rows={4}
          placeholder="Paste article text, Markdown or HTML"
          aria-label="Article text"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className={styles.button} disabled={busy || text.trim() === ""}>
          Add pasted text
        </button>
      </form>
      {busy ? <p role="status">Processing…</p> : null}
      <ErrorAlert error={error} />
      {results.length > 0 ? (
        <ul className={styles.results} aria-label="Results" data-testid="ingest-results">
          {results.map((r, i) => (
            <ResultLine key={`${r.name}-${i}`} r={r} />
          ))}
        </ul>
      ) : null}
    </details>
  );
}

function UnplacedNames() {
  const refresh = useRefreshAtlas();
  const [open, setOpen] = useState(false);
  const names = useUnresolvedNames(open);
  const [placing, setPlacing] = useState<string | null>(null);
  const [point, setPoint] = useState<Point | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (name: string) => {
    if (!point) return;
    const r = await write("/api/gazetteer", "POST", { name, point });
    if (!r.ok) return setError(r.error);
    setError(null);
    setPlacing(null);
    setPoint(null);
    await Promise.all([names.mutate(), refresh()]);
  };

  return (
    <details className={styles.section} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Place unplaced names</summary>
      {names.data?.unresolved.length === 0 ? <p>Every name is placed.</p> : null}
      <ul className={styles.names} aria-label="Unplaced names">
        {names.data?.unresolved.map((n) => (
          <li key={n.key}>
            {n.name} <span className={styles.warn} style={{ display: "inline" }}>×{n.count}</span>{" "}
            {placing === n.key ? (
              <>
                <PointPicker value={point} onChange={setPoint} label={`Where ${n.name} is`} />
                <button type="button" className={`${styles.button} ${styles.primary}`} disabled={!point} onClick={() => void save(n.name)}>
                  Add “{n.name}” to the local gazetteer
                </button>{" "}
                <button type="button" className={styles.button} onClick={() => setPlacing(null)}>
                  Cancel
                </button>
              </>
            ) : (
              <button type="button" className={styles.button} onClick={() => (setPlacing(n.key), setPoint(null))}>
                Place…
              </button>
            )}
          </li>
        ))}
      </ul>
      <ErrorAlert error={error} />
    </details>
  );
}

function StoredDocuments() {
  const refresh = useRefreshAtlas();
  const [open, setOpen] = useState(false);
  const docs = useDocuments(open);
  const [error, setError] = useState<string | null>(null);
  const remove = async (id: string, name: string) => {
    if (!window.confirm(`Remove “${name}” and everything made of it from the atlas? The removal is recorded.`)) return;
    const r = await write(`/api/articles?id=${encodeURIComponent(id)}`, "DELETE");
    if (!r.ok) return setError(r.error);
    setError(null);
    await Promise.all([docs.mutate(), refresh()]);
  };
  return (
    <details className={styles.section} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Stored documents</summary>
      <ul className={styles.names} aria-label="Stored documents">
        {docs.data?.documents.map((d) => (
          <li key={d.id}>
            {d.name} <span className={styles.warn} style={{ display: "inline" }}>— {d.articles} article(s), added by {d.addedBy} on {d.addedAt.slice(0, 10)}</span>{" "}
            <button type="button" className={styles.button} onClick={() => void remove(d.id, d.name)} aria-label={`Remove ${d.name}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <ErrorAlert error={error} />
    </details>
  );
}
