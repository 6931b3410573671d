import { createHash } from "node:crypto";
import { convert } from "html-to-text";
import { IngestError } from "./errors";

/** Largest document accepted, in bytes (documented in the README). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type DocumentFormat = "text" | "markdown" | "html";

/** A document ready for the pipeline: decoded, reduced to text, normalised and hashed. */
export interface PreparedDocument {
  /** Name the analyst gave it (file name, or the title of a paste). */
  name: string;
  format: DocumentFormat;
  text: string;
  /** sha256 of the normalised text: the same article added twice is stored once. */
  hash: string;
  /** Things done to the input the analyst should know about (scripts removed, ...). */
  warnings: string[];
}

const HTML_NAME = /\.x?html?$/i;
const MARKDOWN_NAME = /\.(md|markdown)$/i;
const HTML_SNIFF = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])|<\/(p|div|article|section|span|a|h[1-6])>/i;

/** Control characters other than tab, newline, carriage return and form feed: text has almost none. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > sample.length * 0.05;
}

export function formatFor(name: string, text: string, declared?: string | null): DocumentFormat {
  if (declared && /html/i.test(declared)) return "html";
  if (HTML_NAME.test(name)) return "html";
  if (MARKDOWN_NAME.test(name) || (declared && /markdown/i.test(declared))) return "markdown";
  return HTML_SNIFF.test(text.slice(0, 4096)) ? "html" : "text";
}

/** HTML reduced to its text: scripts, styles and every tag dropped, links kept as their words. */
export function htmlToText(html: string): { text: string; removedScripts: boolean } {
  const removedScripts = /<script[\s>]/i.test(html) || /\son[a-z]+\s*=/i.test(html) || /javascript:/i.test(html);
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "noscript", format: "skip" },
      { selector: "iframe", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "h4", options: { uppercase: false } },
      { selector: "h5", options: { uppercase: false } },
      { selector: "h6", options: { uppercase: false } },
      { selector: "table", format: "dataTable" },
    ],
  });
  return { text, removedScripts };
}

/** The text as stored: byte-order mark dropped, line endings made \n; otherwise exactly as given, so offsets hold. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Unicode form, trailing blanks and blank-line runs made uniform, so the same content hashes the same. */
export function hashKey(text: string): string {
  return normaliseText(text)
    .normalize("NFC")
    .split("\n")
    .map((l) => l.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Bytes from an upload or a file become a document, or an IngestError saying
 * plainly why not. Never throws anything else.
 */
export function prepareDocument(name: string, input: Uint8Array | string, declaredType?: string | null): PreparedDocument {
  const cleanName = name.replace(/[\u0000-\u001f]/g, "").trim();
  if (cleanName.length === 0 || cleanName.length > 200) throw new IngestError("bad-name", "The document needs a name of 1 to 200 characters.");
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size === 0) throw new IngestError("empty", `${cleanName}: the file is empty.`);
  if (size > MAX_DOCUMENT_BYTES)
    throw new IngestError("too-large", `${cleanName}: ${(size / 1048576).toFixed(1)} MB is over the ${MAX_DOCUMENT_BYTES / 1048576} MB limit for one document; split it.`);
  let raw: string;
  if (typeof input === "string") raw = input;
  else {
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff))
      throw new IngestError("utf16", `${cleanName}: the file is UTF-16; save it as UTF-8 and add it again.`);
    if (looksBinary(input)) throw new IngestError("binary", `${cleanName}: this is a binary file, not text (PDF, Word and images are not read; paste their text instead).`);
    try {
      raw = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      throw new IngestError("not-utf8", `${cleanName}: the file is not valid UTF-8 text; save it as UTF-8 and add it again.`);
    }
  }
  if (typeof input === "string" && looksBinary(Buffer.from(input, "utf8")))
    throw new IngestError("binary", `${cleanName}: the text contains binary data.`);
  const format = formatFor(cleanName, raw, declaredType);
  const warnings: string[] = [];
  let body = raw;
  if (format === "html") {
    const reduced = htmlToText(raw);
    body = reduced.text;
    if (reduced.removedScripts) warnings.push("The HTML contained scripts or event handlers; they were removed and only the text kept.");
  }
  const text = normaliseText(body);
  if (text.trim().length === 0) throw new IngestError("no-text", `${cleanName}: no text was found in the document.`);
  return { name: cleanName, format, text, hash: contentHash(hashKey(text)), warnings };
}
