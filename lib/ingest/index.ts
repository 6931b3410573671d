import { type Article, ArticleSchema, type SourceDocument } from "./article";
import { knownMastheads, publisherForMasthead } from "./publishers";
import { readArticleHead } from "./metadata";
import { segmentDocument } from "./segment";

export { ArticleSchema, SourceDocumentSchema, type Article, type SourceDocument } from "./article";

/**
 * A document becomes the articles it carries. A page reposting several
 * outlets' stories yields one article per story, each credited to its own
 * outlet; furniture (navigation, adverts, donation boxes) yields nothing.
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

  const articles: Article[] = [];
  for (const { segment, head } of heads) {
    if (!head) continue;
    const index = articles.length;
    const useMasthead = !head.publisher && mastheadPublisher !== null;
    articles.push(
      ArticleSchema.parse({
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
      }),
    );
  }
  return articles;
}
