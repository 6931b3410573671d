import { type Article, ArticleSchema, type SourceDocument } from "./article";
import { splitLines } from "./lines";
import { knownMastheads, publisherForMasthead } from "./publishers";
import { type ArticleHead, isFurnitureLine, readArticleHead } from "./metadata";
import { type Segment, segmentDocument } from "./segment";

export { ArticleSchema, SourceDocumentSchema, type Article, type SourceDocument } from "./article";

/** Warnings an article read as a short text may carry, for the analyst to see beside it. */
export const SHORT_TEXT_WARNINGS = {
  noHead: "no title, by-line or publication date found: read as an undated note",
  undated: "no publication date found: read as an undated note",
  noProse: "no sentence of running text found: it may be page furniture (a menu, a list of links) rather than a report",
} as const;

/**
 * A document becomes the articles it carries. A page reposting several
 * outlets' stories yields one article per story, each credited to its own
 * outlet; furniture (navigation, adverts, donation boxes) yields nothing.
 *
 * Any text is an article: when no part of the document reads as a story with a
 * head (a wire flash, a post, an analyst's note of a sentence or two), the
 * document's text, less the furniture around it, is read as one short text,
 * dated by a date line above it if it has one, with warnings saying what was not
 * found. Only a document with no text (no letter or digit) yields nothing.
 */
export function ingestDocument(doc: SourceDocument): Article[] {
  const segments = segmentDocument(doc.text);
  const heads = segments.map((segment) => ({ segment, head: readArticleHead(segment) }));

  // The site's own name, printed in its furniture, credits the stories that have no outlet of their own.
  const furniture = heads
    .filter((h) => h.head === null)
    .flatMap((h) => h.segment.lines.map((l) => l.text.trim()))
    .filter((t) => t.length > 0 && t.length <= 40);
  const masthead = knownMastheads().find((name) => furniture.some((t) => t === name || t.startsWith(`${name} `)));
  const mastheadPublisher = masthead ? publisherForMasthead(masthead) : null;

  const stories = heads.filter((h): h is { segment: Segment; head: ArticleHead } => h.head !== null);
  if (stories.length === 0) {
    if (!/[\p{L}\p{N}]/u.test(doc.text)) return [];
    // The whole document, day headers and "Read more" links included, as one text: a date line above it is its date.
    const whole: Segment = { lines: splitLines(doc.text), header: null };
    const head = readArticleHead(whole, { short: true })!;
    return [toArticle(doc, 0, { segment: whole, head }, mastheadPublisher, shortTextWarnings(doc, head))];
  }
  return stories.map((story, index) => toArticle(doc, index, story, mastheadPublisher, []));
}

function toArticle(
  doc: SourceDocument,
  index: number,
  { segment, head }: { segment: Segment; head: ArticleHead },
  mastheadPublisher: string | null,
  warnings: string[],
): Article {
  const useMasthead = !head.publisher && mastheadPublisher !== null;
  return ArticleSchema.parse({
    id: `${doc.id}:${index}`,
    documentId: doc.id,
    index,
    publisher: useMasthead ? mastheadPublisher : head.publisher,
    url: head.url,
    title: head.title,
    author: head.author,
    published: head.published,
    postedOnPage: segment.header?.date ?? null,
    foundBy: { ...head.foundBy, publisher: useMasthead ? "masthead" : head.foundBy.publisher },
    text: doc.text.slice(head.headStart, head.bodyEnd),
    offset: head.headStart,
    bodyStart: head.bodyStart - head.headStart,
    warnings,
  });
}

function shortTextWarnings(doc: SourceDocument, head: ArticleHead): string[] {
  const warnings: string[] = [];
  if (head.published === null) warnings.push(head.title === null && head.author === null ? SHORT_TEXT_WARNINGS.noHead : SHORT_TEXT_WARNINGS.undated);
  const body = splitLines(doc.text.slice(head.bodyStart, head.bodyEnd)).filter((l) => l.text.trim() !== "");
  if (body.every((l) => isFurnitureLine(l.text))) warnings.push(SHORT_TEXT_WARNINGS.noProse);
  return warnings;
}
