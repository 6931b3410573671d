import { dateFromUrl, findCompleteDate, parseDateHeader, parseDateLine } from "../dates/page-date";
import type { FoundBy } from "./article";
import { type Line, isBlank, wordCount } from "./lines";
import { publisherForHost } from "./publishers";
import { type Segment, STORY_END } from "./segment";

export interface ArticleHead {
  title: string | null;
  author: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  foundBy: { publisher: FoundBy; url: FoundBy; title: FoundBy; author: FoundBy; published: FoundBy };
  /**
   * Where the story's head begins in the document: its title line, so that the place names of the title and the
   * standfirst below it are read too. The body's start when no title was found.
   */
  headStart: number;
  /** Offsets of the body within the document. */
  bodyStart: number;
  bodyEnd: number;
}

/** How far into a story its head (title, by-line, date, link) may reach, in non-blank lines. */
const HEAD_LINES = 12;
/** A story needs at least this much body text; shorter segments are page furniture. */
const MIN_BODY_CHARS = 300;

const URL_LINE = /^\s*(https?:\/\/[^\s]+)\s*$/i;
const BYLINE = /^\s*by\s+(.+?)\s*(?:[|•·,–—-]\s*(.+))?$/i;
const VIEWS = /^\s*[\d.,]+\s+(views|reads|comments)\s*$/i;
const PUBLISHED_WORD = /^\s*(published|updated|posted|on)\s*:?\s*$/i;
/** "BEIRUT (Dispatches) --", "DAMASCUS, March 8 (Reuters) -": a wire dateline opens the body. */
const DATELINE = /^\s*[A-Z][A-Z .'-]{2,30}(?:,[^\n(]{0,30})?\s*(?:\([^)]{2,40}\))?\s*(?:--|—|–|-)\s/;
/** A by-line holding a domain name, e.g. "24/01/2026 strategic-culture.su 7min". */
const DOMAIN = /\b((?:[a-z0-9-]+\.)+(?:com|org|net|co|su|ru|uk|info|news|io|tv|ir|sy|tr|il|lb|eu|fr|de))\b/i;
const NAME_PARTICLE = /^(van|von|der|den|de|del|da|di|al|el|bin|ibn|abu|la|le)$/i;

function isAuthorLike(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 48 || /[.!?:;"“”]$/.test(t) || /\d/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => /^[A-Z][\p{L}'’.-]*$/u.test(w) || NAME_PARTICLE.test(w));
}

/**
 * A line holding only a date. In a short text a blog-style day header ("Tuesday, 26 July 2022") counts too: with no
 * other head above the text, it is the text's own date, not the date a page reposted it.
 */
function dateLine(text: string, short: boolean): boolean {
  return parseDateLine(text) !== null || (short && parseDateHeader(text) !== null);
}

function isMarker(text: string, short = false): boolean {
  return (
    URL_LINE.test(text) ||
    VIEWS.test(text) ||
    PUBLISHED_WORD.test(text) ||
    dateLine(text, short) ||
    (BYLINE.test(text) && text.length < 80) ||
    (DOMAIN.test(text) && findCompleteDate(text) !== null && text.length < 80)
  );
}

/** A whole sentence of prose (a title may end in "?" but rarely in a full stop). */
function isSentence(text: string): boolean {
  return wordCount(text) >= 6 && /[.!]["”’)]?\s*$/.test(text.trim());
}

/** Running prose: long, with at least one sentence ending in it. */
function isParagraph(text: string): boolean {
  return text.trim().length >= 100 && /[.!?…]["”’)]?(\s|$)/.test(text.trim());
}

/**
 * A line of page furniture rather than text: a menu item, a sharing button, a "Read more" link. Short (three words at
 * most) and not ending as a sentence does.
 */
export function isFurnitureLine(text: string): boolean {
  const t = text.trim();
  return STORY_END.test(t) || (wordCount(t) <= 3 && !/[.!?…]["”’)]?$/.test(t));
}

export interface HeadOptions {
  /**
   * Read the segment as a short text (a wire flash, a post, an analyst's note): it is known to hold the document's
   * only text, so it needs no minimum length; a sentence, however short, begins the body; a date line above it is
   * its date; and furniture lines before and after it are left out of it. Never null when the segment has a line.
   */
  short?: boolean;
}

/** Reads the head of a story (title, author, date, link) and where its body starts; null for page furniture. */
export function readArticleHead(segment: Segment, options: HeadOptions = {}): ArticleHead | null {
  const short = options.short === true;
  const lines = segment.lines.filter((l) => !isBlank(l));
  if (lines.length === 0) return null;

  let bodyIndex: number;
  let body: Line[];
  if (short) {
    bodyIndex = shortTextBodyIndex(lines);
    body = lines.slice(bodyIndex);
    // Sharing buttons, menus and links below a short text are not part of it (unless it is nothing but such lines).
    const lastText = body.findLastIndex((l) => !isFurnitureLine(l.text));
    if (lastText !== -1) body = body.slice(0, lastText + 1);
  } else {
    const head = lines.slice(0, HEAD_LINES);
    const datelineAt = head.findIndex((l) => DATELINE.test(l.text));
    let lastMarker = -1;
    head.forEach((l, i) => {
      if (isMarker(l.text)) lastMarker = i;
    });
    if (datelineAt !== -1 && (lastMarker === -1 || datelineAt > lastMarker)) {
      bodyIndex = datelineAt;
    } else {
      // The body starts at the first paragraph after the last head marker (title
      // and author lines may still follow a by-line); without markers, at the first paragraph.
      const from = lastMarker + 1;
      const firstParagraph = head.findIndex((l, i) => i >= from && (isParagraph(l.text) || (lastMarker !== -1 && isSentence(l.text))));
      bodyIndex = firstParagraph === -1 ? (lastMarker === -1 ? lines.length : from) : firstParagraph;
    }
    body = lines.slice(bodyIndex);
    const bodyChars = body.reduce((n, l) => n + l.text.trim().length, 0);
    // Furniture is short lines; a story has running prose, however short the story is.
    const prose = body.filter((l) => isParagraph(l.text) && l.text.trim().length >= 150);
    if (bodyChars < MIN_BODY_CHARS && prose.length === 0) return null;
  }

  const meta = lines.slice(0, bodyIndex);
  let title: string | null = null;
  let author: string | null = null;
  let url: string | null = null;
  let published: string | null = null;
  let publishedBy: FoundBy = "none";
  let domain: string | null = null;
  let titleLine: Line | null = null;
  for (const l of meta) {
    const text = l.text.trim();
    const urlMatch = URL_LINE.exec(text);
    if (urlMatch) {
      url ??= urlMatch[1]!;
      continue;
    }
    const by = BYLINE.exec(text);
    if (by && text.length < 80) {
      author ??= by[1]!.trim();
      const date = by[2] ? findCompleteDate(by[2]) : null;
      if (date && !published) [published, publishedBy] = [date.date, "byline"];
      continue;
    }
    const date = findCompleteDate(text);
    if (date && text.length < 80 && (dateLine(text, short) || DOMAIN.test(text))) {
      if (!published) [published, publishedBy] = [date.date, "byline"];
      const d = DOMAIN.exec(text);
      if (d) domain ??= d[1]!.toLowerCase();
      continue;
    }
    if (VIEWS.test(text) || PUBLISHED_WORD.test(text)) continue;
    if (!title && wordCount(text) >= 4 && !isAuthorLike(text)) {
      title = text;
      titleLine = l;
      continue;
    }
    if (!author && isAuthorLike(text) && title) author = text;
  }

  // A dateline opens the body: the title is whatever stood above it, if anything.
  let publisher: string | null = null;
  let publisherBy: FoundBy = "none";
  if (url) {
    try {
      publisher = publisherForHost(new URL(url).hostname);
      publisherBy = "url";
    } catch {
      url = null;
    }
  }
  if (!publisher && domain) [publisher, publisherBy] = [publisherForHost(domain), "byline"];
  if (url && !published) {
    const fromUrl = dateFromUrl(url);
    if (fromUrl) [published, publishedBy] = [fromUrl, "url"];
  }

  const first = body[0]!;
  const last = body[body.length - 1]!;
  const bodyStart = first.start + (first.text.length - first.text.trimStart().length);
  return {
    title,
    author,
    url,
    publisher,
    published,
    foundBy: {
      publisher: publisherBy,
      url: url ? "head" : "none",
      title: title ? "head" : "none",
      author: author ? "head" : "none",
      published: publishedBy,
    },
    headStart: titleLine ? titleLine.start + (titleLine.text.length - titleLine.text.trimStart().length) : bodyStart,
    bodyStart,
    bodyEnd: last.end,
  };
}

/**
 * Where a short text's body begins, among its non-blank lines: at its first sentence, or at a wire dateline, with the
 * lines above it its head (a date line, a title, a by-line, a link). Without a sentence, after the head's date, by-line
 * or link lines if it opens with some; otherwise at its first line that is not furniture (a post of a few words with
 * no full stop is still text). Always a line of the text, so the body is never empty.
 */
function shortTextBodyIndex(lines: Line[]): number {
  const opening = lines.findIndex((l) => DATELINE.test(l.text) || isParagraph(l.text) || isSentence(l.text));
  if (opening !== -1) return opening;
  let afterMarkers = 0;
  while (afterMarkers < lines.length && isMarker(lines[afterMarkers]!.text, true)) afterMarkers++;
  const firstText = lines.findIndex((l, i) => i >= afterMarkers && !isFurnitureLine(l.text));
  if (firstText !== -1) return firstText;
  return afterMarkers < lines.length ? afterMarkers : 0;
}
