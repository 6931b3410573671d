import { NextResponse } from "next/server";
import { EXPORT_CONTENT_TYPE, ExportFormatSchema, exportFilename, writeExport } from "@/lib/export/formats";
import { filterIncidents } from "@/lib/layers/filter";
import { parseLayerQuery } from "@/lib/layers/parse-query";
import type { Atlas } from "@/lib/store/corpus";
import { getAtlas } from "@/lib/store/index";
import { jsonError } from "../../respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/{csv|geojson|kml}?<the layer filters>: the incidents the map shows under the same
 * filters (read by the same parser as /api/layers/*), as a download named after the date range.
 */
export async function GET(request: Request, context: { params: Promise<{ format: string }> }): Promise<Response> {
  const { format: raw } = await context.params;
  const format = ExportFormatSchema.safeParse(raw);
  if (!format.success) return jsonError(404, `Unknown export format "${raw}". Available: ${ExportFormatSchema.options.join(", ")}.`);
  let atlas: Atlas;
  try {
    atlas = await getAtlas();
  } catch (e) {
    return jsonError(500, `The corpus could not be loaded: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = parseLayerQuery(new URL(request.url).searchParams, atlas.regions);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.parameter);
  const names = new Map(atlas.regions.governorates.map((g) => [g.properties.code, g.properties.name]));
  const incidents = filterIncidents(atlas.incidents, parsed.query);
  const filename = exportFilename(parsed.query, format.data);
  const body = writeExport(format.data, incidents, names, `Incident Atlas: ${incidents.length} incidents`);
  return new NextResponse(body, {
    headers: {
      "content-type": EXPORT_CONTENT_TYPE[format.data],
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
      "x-incident-count": String(incidents.length),
    },
  });
}
