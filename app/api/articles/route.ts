import { z } from "zod";
import { asEditor, readJsonBody } from "@/lib/auth/guard";
import { MAX_DOCUMENT_BYTES } from "@/lib/store/document-input";
import type { IngestInput } from "@/lib/store/store";
import { json, withLive } from "../write-respond";

export const dynamic = "force-dynamic";

/** At most this many documents, and this many bytes, in one upload. */
const MAX_FILES = 50;
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

const PasteSchema = z.object({
  documents: z
    .array(z.object({ name: z.string().trim().min(1).max(200).default("pasted text"), text: z.string(), type: z.enum(["text", "markdown", "html"]).optional() }))
    .min(1, "nothing to add")
    .max(MAX_FILES),
});

/** The stored documents, newest last, with who added them and when. */
export function GET(): Promise<Response> {
  return withLive((live) => json({ documents: live.store.listDocuments(), maxDocumentBytes: MAX_DOCUMENT_BYTES }));
}

/**
 * Adds documents: multipart/form-data with one or more `file` fields, or JSON
 * `{"documents": [{"name", "text", "type"?}]}` for pasted text. Each is
 * processed at once; the answer lists, per document, whether it was added,
 * was already stored, or was refused and why.
 */
export function POST(request: Request): Promise<Response> {
  return asEditor(request, async (editor) => {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_REQUEST_BYTES) return json({ error: `The upload is over ${MAX_REQUEST_BYTES / 1048576} MB; send fewer files at once.` }, 413);
    const inputs: IngestInput[] = [];
    const type = request.headers.get("content-type") ?? "";
    if (type.startsWith("multipart/form-data")) {
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        return json({ error: "The upload could not be read as multipart form data." }, 400);
      }
      const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
      if (files.length === 0) return json({ error: "No file was sent (form field “file”).", parameter: "file" }, 400);
      if (files.length > MAX_FILES) return json({ error: `At most ${MAX_FILES} files at once.`, parameter: "file" }, 400);
      for (const f of files) inputs.push({ name: f.name || "upload", content: new Uint8Array(await f.arrayBuffer()), type: f.type || null });
    } else {
      const body = await readJsonBody(request, PasteSchema);
      if (!body.ok) return body.response;
      for (const d of body.data.documents)
        inputs.push({ name: d.name, content: d.text, type: d.type === "html" ? "text/html" : d.type === "markdown" ? "text/markdown" : null });
    }
    return withLive((live) => json({ results: live.ingest(inputs, editor) }));
  });
}

/** Removes a document (`?id=`) and everything made of it; the removal is recorded with who did it. */
export function DELETE(request: Request): Promise<Response> {
  return asEditor(request, (editor) => {
    const id = new URL(request.url).searchParams.get("id");
    if (!id) return json({ error: "Say which document to remove (?id=).", parameter: "id" }, 400);
    return withLive((live) => {
      live.apply(live.store.deleteDocument(id, editor));
      return json({ deleted: id });
    });
  });
}
