import { z } from "zod";

/** How a field of an article was established, so an analyst can judge it. */
export const FoundBySchema = z.enum([
  "url", // read from the article's own URL (host for publisher, /yyyy/mm/dd/ for dates)
  "byline", // a dated line or "by X | date" line at the head of the article
  "dateline", // a news dateline such as "BEIRUT (Dispatches) --"
  "header", // a dated section header of the page that carries the article (e.g. a blog's day header)
  "masthead", // the site name printed on the page
  "head", // the lines above the story's body (title, author, link)
  "none", // not found: the value is null
]);
export type FoundBy = z.infer<typeof FoundBySchema>;

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD");

export const ArticleSchema = z.object({
  /** Stable id: the document id plus the article's index within it. */
  id: z.string().min(1),
  /** The file (or upload) the article came from. */
  documentId: z.string().min(1),
  /** Position of the article within its document (0-based). */
  index: z.number().int().nonnegative(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  /** Publication date of the article itself, never of the page that reposted it if that differs. */
  published: IsoDateSchema.nullable(),
  /** Date the hosting page showed the article (e.g. the blog day header), when different in kind from `published`. */
  postedOnPage: IsoDateSchema.nullable(),
  foundBy: z.object({
    publisher: FoundBySchema,
    url: FoundBySchema,
    title: FoundBySchema,
    author: FoundBySchema,
    published: FoundBySchema,
  }),
  /**
   * The article's text exactly as in the document (a slice of it): its head (title, by-line, standfirst) when one was
   * found, then its body. The head is geoparsed like the body, so a place named only in a title or standfirst is
   * found, but no incident is read from it (a head's date line is the publication date, not an event's).
   */
  text: z.string(),
  /** Character offset of `text` within the original document. */
  offset: z.number().int().nonnegative(),
  /** Where the body begins within `text`; 0 when the text is all body (records written before heads were kept). */
  bodyStart: z.number().int().nonnegative().default(0),
  /**
   * What the reading of the article could not establish, in a few words for the analyst (e.g. a short text with no
   * title, by-line or date, read as an undated note). [] when nothing is amiss, and for records written before
   * warnings were kept. Optional in the type, so that an article built by hand needs none; parsing fills in [].
   */
  warnings: z.array(z.string()).default([]).optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const SourceDocumentSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
