import { NextResponse } from "next/server";
import { articleStatistics } from "@/lib/events/statistics";
import { getAtlas } from "@/lib/store/index";
import { jsonError } from "../../respond";

export const dynamic = "force-dynamic";

/** One incident with every report of it: each report's article metadata and text, and the mention it rests on. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const atlas = await getAtlas();
  const incident = atlas.incidents.find((i) => i.id === decodeURIComponent(id));
  if (!incident) return jsonError(404, `No incident with id "${decodeURIComponent(id)}".`, "id");
  const reports = incident.reports.map((report) => {
    const article = atlas.articles.find((a) => a.id === report.articleId)!;
    return {
      report,
      mention: atlas.mentions.find((m) => m.id === report.mentionId) ?? null,
      article: { ...article, text: undefined },
      articleText: article.text,
      // Period and cumulative counts the article gives ("35 since the beginning of the year"): shown, never mapped.
      statistics: articleStatistics(article),
    };
  });
  // The first report's fields are repeated at the top level for clients of the one-report shape.
  return NextResponse.json({ incident, reports, ...reports[0] });
}
