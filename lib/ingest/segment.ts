import { parseDateHeader, type PageDate } from "../dates/page-date";
import { type Line, splitLines, isBlank } from "./lines";

/** A run of lines that holds at most one story, with the dated header above it if the page has one. */
export interface Segment {
  lines: Line[];
  header: PageDate | null;
}

/** Lines that end a story on aggregator pages ("Continue Reading", "Read more"). */
export const STORY_END = /^\s*(continue reading|read more|read the full (story|article))\s*[.…»›>]*\s*$/i;

/**
 * Cuts a page into segments: at dated day headers (a blog carrying several
 * posts) and after "Continue Reading" links (a site page listing several stories).
 */
export function segmentDocument(text: string): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { lines: [], header: null };
  const flush = () => {
    if (current.lines.some((l) => !isBlank(l))) segments.push(current);
  };
  for (const line of splitLines(text)) {
    const header = parseDateHeader(line.text);
    if (header) {
      flush();
      current = { lines: [], header };
      continue;
    }
    if (STORY_END.test(line.text)) {
      flush();
      // A story that ends with "Continue Reading" does not carry the day header onward.
      current = { lines: [], header: null };
      continue;
    }
    current.lines.push(line);
  }
  flush();
  return segments;
}
