import { z } from "zod";

export const SIZE_PRESETS = [
  { id: "1920x1080", label: "1920 × 1080 (slides, Full HD)", width: 1920, height: 1080 },
  { id: "1280x720", label: "1280 × 720 (HD)", width: 1280, height: 720 },
  { id: "3840x2160", label: "3840 × 2160 (4K)", width: 3840, height: 2160 },
] as const;

export const MIN_EXPORT_SIDE = 320;
/** Above this WebGL canvases fail or run out of memory in common browsers. */
export const MAX_EXPORT_SIDE = 4096;

const Side = z.coerce
  .number({ message: "must be a number" })
  .int({ message: "must be a whole number of pixels" })
  .min(MIN_EXPORT_SIDE, { message: `must be at least ${MIN_EXPORT_SIDE} px` })
  .max(MAX_EXPORT_SIDE, { message: `must be at most ${MAX_EXPORT_SIDE} px` });

export const ExportSizeSchema = z.object({ width: Side, height: Side });
export type ExportSize = z.infer<typeof ExportSizeSchema>;

/** A custom size typed by the user, or what is wrong with it in words. */
export function parseExportSize(width: string, height: string): { ok: true; size: ExportSize } | { ok: false; error: string } {
  const parsed = ExportSizeSchema.safeParse({ width: width.trim() === "" ? Number.NaN : width, height: height.trim() === "" ? Number.NaN : height });
  if (parsed.success) return { ok: true, size: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: `${issue.path[0] === "width" ? "Width" : "Height"} ${issue.message}.` };
}

/**
 * Image pixels per CSS pixel for the map: 2 for 4K-class images, so they hold the same view as Full HD
 * at twice the detail instead of tiny symbols; 1 otherwise. Only for even sides, so the CSS size is whole.
 */
export function exportPixelRatio(size: ExportSize): number {
  return size.width >= 2880 && size.height >= 1620 && size.width % 2 === 0 && size.height % 2 === 0 ? 2 : 1;
}
