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
  if (article.bodyStart === 0) return roadEnds(article.text);
  let head = article.text.slice(0, article.bodyStart);
  for (const field of [article.author && namesAPerson(article.author) ? article.author : null, article.url]) {
    if (field) head = head.split(field).join(" ".repeat(field.length));
  }
  return roadEnds(head + article.text.slice(article.bodyStart));
}

/**
 * "the Damascus-Homs highway", "on the Suluk-Tell Abiad road": a road named for the two towns it joins. The hyphen
 * between the names becomes a slash (same length, so offsets hold) so that each town is read as a name of its own
 * (a space would make one unknown name of both, a comma a town and its container).
 */
const ROAD_ENDS = /(\p{Lu}[\p{L}'’]*)[-–](?=(?:(?:al|el|as|ash|ad|ar|at|az)[-\s])?\p{Lu}[\p{L}'’]*(?:[\s-]\p{Lu}[\p{L}'’]*){0,2}\s+(?:international\s+)?(?:road|highway|motorway|axis|route|railway|corridor)\b)/gu;
const ROAD_WORD = /\b(?:road|highway|motorway|axis|route|railway|corridor)\b/i;
function roadEnds(text: string): string {
  return ROAD_WORD.test(text) ? text.replace(ROAD_ENDS, "$1/") : text;
}
