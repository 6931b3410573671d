/** A line of a document with its character offsets (end excludes the newline). */
export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const trimmedEnd = raw.endsWith("\r") ? end - 1 : end;
    lines.push({ text: text.slice(start, trimmedEnd), start, end: trimmedEnd });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

export const isBlank = (line: Line): boolean => line.text.trim() === "";
export const wordCount = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;
