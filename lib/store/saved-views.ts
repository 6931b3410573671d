import type Database from "better-sqlite3";
import { ConflictError, NotFoundError } from "./errors";
import {
  type Briefing,
  BriefingInputSchema,
  BriefingPatchSchema,
  BriefingSchema,
  DEFAULT_BRIEFING_ID,
  type SavedView,
  type SavedViewInput,
  SavedViewInputSchema,
  type SavedViewPatch,
  SavedViewPatchSchema,
  SAVED_VIEW_VERSION,
  type ViewOrder,
  ViewOrderSchema,
  orderProblem,
  upgradeSavedView,
} from "./views";

type Row = Record<string, unknown>;
const now = () => new Date().toISOString();

/** A stored row as the record it was written as (version 1 rows had no note, briefing or position), then upgraded. */
function viewFromRow(r: Row): SavedView {
  const stamps = { id: r.id, state: r.state, createdBy: r.created_by, createdAt: r.created_at, updatedBy: r.updated_by, updatedAt: r.updated_at };
  const record =
    r.version === 1 ? { ...stamps, version: 1, name: r.name } : { ...stamps, version: r.version, title: r.name, note: r.note, briefingId: r.briefing_id, position: r.position };
  // A version-1 row was given its briefing and place by migration 2: keep them.
  const view = upgradeSavedView(record, Number(r.position));
  return r.version === 1 ? { ...view, briefingId: String(r.briefing_id) } : view;
}

function briefingFromRow(r: Row): Briefing {
  return BriefingSchema.parse({
    id: r.id,
    title: r.title,
    position: r.position,
    views: r.views,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  });
}

const BRIEFING_SELECT = "SELECT b.*, (SELECT count(*) FROM views v WHERE v.briefing_id = b.id) AS views FROM briefings b";

/**
 * Saved views and briefings in the store (tables `views` and `briefings`, migration 2). Positions within
 * a briefing are kept 0..n-1 by every write, each write one transaction.
 */
export class SavedViews {
  constructor(private readonly db: Database.Database) {}

  listBriefings(): Briefing[] {
    return (this.db.prepare(`${BRIEFING_SELECT} ORDER BY b.position, b.title`).all() as Row[]).map(briefingFromRow);
  }

  getBriefing(id: string): Briefing {
    const row = this.db.prepare(`${BRIEFING_SELECT} WHERE b.id = ?`).get(id) as Row | undefined;
    if (!row) throw new NotFoundError(`No briefing with id “${id}”.`);
    return briefingFromRow(row);
  }

  createBriefing(input: { title: string }, editor: string): Briefing {
    const { title } = BriefingInputSchema.parse(input);
    const id = crypto.randomUUID();
    const at = now();
    this.db.transaction(() => {
      const position = (this.db.prepare("SELECT coalesce(max(position) + 1, 0) FROM briefings").pluck().get() as number) ?? 0;
      this.db.prepare("INSERT INTO briefings (id, title, position, created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)").run(id, title, position, editor, at, editor, at);
    }).immediate();
    return this.getBriefing(id);
  }

  renameBriefing(input: { id: string; title: string }, editor: string): Briefing {
    const { id, title } = BriefingPatchSchema.parse(input);
    if (this.db.prepare("UPDATE briefings SET title = ?, updated_by = ?, updated_at = ? WHERE id = ?").run(title, editor, now(), id).changes === 0) {
      throw new NotFoundError(`No briefing with id “${id}”.`);
    }
    return this.getBriefing(id);
  }

  /** Only an empty briefing other than the default one can go: its views are never deleted as a side effect. */
  deleteBriefing(id: string): void {
    if (id === DEFAULT_BRIEFING_ID) throw new ConflictError("The default briefing cannot be deleted.");
    const briefing = this.getBriefing(id);
    if (briefing.views > 0) throw new ConflictError(`“${briefing.title}” still holds ${briefing.views} saved view(s): delete or move them first.`);
    this.db.prepare("DELETE FROM briefings WHERE id = ?").run(id);
  }

  /** Views in briefing order, then by position; one briefing's with `briefingId`. */
  listViews(briefingId?: string): SavedView[] {
    const rows = briefingId
      ? this.db.prepare("SELECT * FROM views WHERE briefing_id = ? ORDER BY position, name").all(briefingId)
      : this.db.prepare("SELECT v.* FROM views v LEFT JOIN briefings b ON b.id = v.briefing_id ORDER BY b.position, v.briefing_id, v.position, v.name").all();
    return (rows as Row[]).map(viewFromRow);
  }

  getView(id: string): SavedView {
    const row = this.db.prepare("SELECT * FROM views WHERE id = ?").get(id) as Row | undefined;
    if (!row) throw new NotFoundError(`No saved view with id “${id}”.`);
    return viewFromRow(row);
  }

  /** A new view, at the end of its briefing. */
  createView(input: SavedViewInput, editor: string): SavedView {
    const v = SavedViewInputSchema.parse(input);
    const id = crypto.randomUUID();
    const at = now();
    this.db.transaction(() => {
      this.requireBriefing(v.briefingId);
      this.db
        .prepare("INSERT INTO views (id, name, note, version, state, briefing_id, position, created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .run(id, v.title, v.note, SAVED_VIEW_VERSION, v.state, v.briefingId, this.nextPosition(v.briefingId), editor, at, editor, at);
    }).immediate();
    return this.getView(id);
  }

  /** Renames, edits the note or state, or moves the view to the end of another briefing. The record is written as the current version. */
  updateView(patch: SavedViewPatch, editor: string): SavedView {
    const p = SavedViewPatchSchema.parse(patch);
    this.db.transaction(() => {
      const current = this.getView(p.id);
      let position = current.position;
      const briefingId = p.briefingId ?? current.briefingId;
      if (briefingId !== current.briefingId) {
        this.requireBriefing(briefingId);
        position = this.nextPosition(briefingId);
      }
      this.db
        .prepare("UPDATE views SET name = ?, note = ?, state = ?, briefing_id = ?, position = ?, version = ?, updated_by = ?, updated_at = ? WHERE id = ?")
        .run(p.title ?? current.title, p.note ?? current.note, p.state ?? current.state, briefingId, position, SAVED_VIEW_VERSION, editor, now(), p.id);
      if (briefingId !== current.briefingId) this.compact(current.briefingId);
    }).immediate();
    return this.getView(p.id);
  }

  deleteView(id: string): void {
    this.db.transaction(() => {
      const view = this.getView(id);
      this.db.prepare("DELETE FROM views WHERE id = ?").run(id);
      this.compact(view.briefingId);
    }).immediate();
  }

  /** Puts a briefing's views in the given order; refuses an order that is not exactly its views (someone else changed it). */
  orderViews(order: ViewOrder, editor: string): SavedView[] {
    const { briefingId, ids } = ViewOrderSchema.parse(order);
    this.db.transaction(() => {
      this.requireBriefing(briefingId);
      const current = this.db.prepare("SELECT id FROM views WHERE briefing_id = ? ORDER BY position, name").pluck().all(briefingId) as string[];
      const problem = orderProblem(current, ids);
      if (problem) throw new ConflictError(problem);
      const set = this.db.prepare("UPDATE views SET position = ?, updated_by = ?, updated_at = ? WHERE id = ? AND position != ?");
      const at = now();
      ids.forEach((id, position) => set.run(position, editor, at, id, position));
    }).immediate();
    return this.listViews(briefingId);
  }

  private requireBriefing(id: string): void {
    if (!this.db.prepare("SELECT 1 FROM briefings WHERE id = ?").get(id)) throw new NotFoundError(`No briefing with id “${id}”.`);
  }

  private nextPosition(briefingId: string): number {
    return this.db.prepare("SELECT coalesce(max(position) + 1, 0) FROM views WHERE briefing_id = ?").pluck().get(briefingId) as number;
  }

  /** Positions 0..n-1 again after a view left the briefing. */
  private compact(briefingId: string): void {
    const ids = this.db.prepare("SELECT id FROM views WHERE briefing_id = ? ORDER BY position, name").pluck().all(briefingId) as string[];
    const set = this.db.prepare("UPDATE views SET position = ? WHERE id = ? AND position != ?");
    ids.forEach((id, position) => set.run(position, id, position));
  }
}
