import type { Article } from "./article";

/**
 * A by-line that names a person ("Sonja van den Ende"), not a desk or a role ("The Cradle's Syria Correspondent",
 * whose place name is one).
 */
function namesAPerson(author: string): boolean {
  const words = author.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && !/^the$/i.test(words[0]!) && !/['’]s\b/.test(author);
}

/**
 * The article's text as the geoparser should read it: in the head, a person's name in the by-line and the link are
 * blanked out with spaces of the same length, so every offset still points into the article's text. A person's name
 * is not a place ("van den Ende" is not the town of Ende) and a link's words are not prose; the title and
 * standfirst stay.
 */
export function textForGeoparsing(article: Pick<Article, "text" | "bodyStart" | "author" | "url">): string {
  if (article.bodyStart === 0) return article.text;
  let head = article.text.slice(0, article.bodyStart);
  for (const field of [article.author && namesAPerson(article.author) ? article.author : null, article.url]) {
    if (field) head = head.split(field).join(" ".repeat(field.length));
  }
  return head + article.text.slice(article.bodyStart);
}
