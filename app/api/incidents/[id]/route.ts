import { NextResponse } from "next/server";
import { getAtlas } from "@/lib/store/index";
import { jsonError } from "../../respond";

export const dynamic = "force-dynamic";

/** One incident with its article's context: the article's metadata and the mention it rests on. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const atlas = await getAtlas();
  const incident = atlas.incidents.find((i) => i.id === decodeURIComponent(id));
  if (!incident) return jsonError(404, `No incident with id "${decodeURIComponent(id)}".`, "id");
  const article = atlas.articles.find((a) => a.id === incident.articleId)!;
  const mention = atlas.mentions.find((m) => m.id === incident.mentionId) ?? null;
  return NextResponse.json({
    incident,
    mention,
    article: { ...article, text: undefined },
    articleText: article.text,
  });
}
