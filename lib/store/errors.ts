import { z } from "zod";

/** Why a document was refused; each code has one human message (see `IngestError`). */
export const IngestErrorCodeSchema = z.enum([
  "empty",
  "too-large",
  "binary",
  "not-utf8",
  "utf16",
  "no-text",
  "bad-name",
  "processing-failed",
]);
export type IngestErrorCode = z.infer<typeof IngestErrorCodeSchema>;

/** The only error ingest throws: a document it refuses, with a message an analyst can act on. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "IngestError";
  }
}

/** The store file was written by a newer version of Incident Atlas: refuse to touch it. */
export class StoreVersionError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The store was written by a newer version of Incident Atlas (schema version ${found}; this version knows up to ${known}). ` +
        "Upgrade Incident Atlas, or point ATLAS_DB at another file.",
    );
    this.name = "StoreVersionError";
  }
}

/** A write names something that is not stored (a view, a briefing, a mention). */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}
/** A write that would contradict what is stored (a stale order, deleting a briefing that still holds views). */
export class ConflictError extends Error {
  override name = "ConflictError";
}

/**
 * Whether `e` is a NotFoundError. By name, not `instanceof`: the server keeps one store for the whole process
 * (on globalThis), and a page's bundle may hold another copy of this module than the one that threw.
 */
export function isNotFound(e: unknown): boolean {
  return e instanceof Error && e.name === "NotFoundError";
}

/** Whether `e` is a ConflictError (by name, as `isNotFound`). */
export function isConflict(e: unknown): boolean {
  return e instanceof Error && e.name === "ConflictError";
}
