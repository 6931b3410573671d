/** Stepping through a briefing's slides (1-based, as in `?slide=`), as pure functions. */

/** The slide a `?slide=` value names, kept within 1..total (1 for anything unreadable). */
export function slideFromParam(value: string | null, total: number): number {
  const n = value === null ? 1 : Number(value);
  if (!Number.isInteger(n) || total < 1) return 1;
  return Math.min(Math.max(n, 1), total);
}

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", "n", "N"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp", "p", "P", "Backspace"]);

/**
 * The slide a key leads to, or null when the key is not a slide key. Clickers send PageUp/PageDown;
 * Space steps forward and Shift+Space back, as in slide software.
 */
export function slideAfterKey(key: string, shift: boolean, slide: number, total: number): number | null {
  const clamp = (n: number) => Math.min(Math.max(n, 1), Math.max(total, 1));
  if (key === " " || key === "Spacebar") return clamp(shift ? slide - 1 : slide + 1);
  if (NEXT.has(key)) return clamp(slide + 1);
  if (PREVIOUS.has(key)) return clamp(slide - 1);
  if (key === "Home") return 1;
  if (key === "End") return clamp(total);
  return null;
}
