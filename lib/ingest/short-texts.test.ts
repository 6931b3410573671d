import { describe, expect, it } from "vitest";
import { processDocuments } from "../store/corpus";
import { testPipeline } from "../store/test-pipeline";
import { ingestDocument, SHORT_TEXT_WARNINGS } from "./index";

/** Any text is an article: a wire flash, a post or an analyst's note of a sentence or three, with no head to find. */
const verbatim = (text: string) => (a: { offset: number; text: string }) => expect(text.slice(a.offset, a.offset + a.text.length)).toBe(a.text);

describe("short texts", () => {
  it("reads a one-sentence flash as one undated article, and says it is undated", () => {
    const text = "On 4 May 2023, gunmen shot dead two farmers on the road between Jableh and Latakia.";
    const articles = ingestDocument({ id: "flash", text });
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ id: "flash:0", index: 0, title: null, author: null, published: null, text, offset: 0, bodyStart: 0 });
    expect(articles[0]!.foundBy.published).toBe("none");
    expect(articles[0]!.warnings).toEqual([SHORT_TEXT_WARNINGS.noHead]);
  });

  it("reads an ISO date line above a three-sentence note as its publication date, and the rest as its body", () => {
    const body =
      "A drone struck a car at the northern entrance of Baniyas. Two men inside were killed. The local council said the road stayed closed until the evening.";
    const text = `2023-05-06\n\n${body}\n`;
    const [article, ...more] = ingestDocument({ id: "note", text });
    expect(more).toEqual([]);
    expect(article).toMatchObject({ published: "2023-05-06", title: null, text: body, offset: text.indexOf(body), bodyStart: 0, postedOnPage: null });
    expect(article!.foundBy.published).toBe("byline");
    expect(article!.warnings).toEqual([]);
  });

  it("reads a day-header line above a note as its date too (it has no other)", () => {
    const text = "Saturday, 6 May 2023\n\nTwo men were killed when a drone struck their car in Baniyas.\n\nShare\nTweet\n";
    const [article] = ingestDocument({ id: "day", text });
    expect(article).toMatchObject({ published: "2023-05-06", text: "Two men were killed when a drone struck their car in Baniyas." });
  });

  it("keeps both paragraphs of a headless text as one body, with the sharing buttons around it left out", () => {
    const p1 = "Artillery hit the southern quarter of Latakia overnight.";
    const p2 = "Residents said three houses collapsed and a child was hurt; the council asked for ambulances from Jableh.";
    const text = `Menu\nHome\n\n${p1}\n\n${p2}\n\nRead more\nFacebook\nWhatsApp\n`;
    const articles = ingestDocument({ id: "two", text });
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text).toBe(`${p1}\n\n${p2}`);
    expect(articles[0]!.bodyStart).toBe(0);
    expect(articles[0]!.warnings).toEqual([SHORT_TEXT_WARNINGS.noHead]);
    articles.forEach(verbatim(text));
  });

  it("keeps a title and by-line above a short text as its head", () => {
    const text = "Drone strike on the Baniyas road\n\nBy Field Desk | 6 May 2023\n\nTwo men were killed when a drone struck their car.";
    const [article] = ingestDocument({ id: "titled", text });
    expect(article).toMatchObject({ title: "Drone strike on the Baniyas road", author: "Field Desk", published: "2023-05-06", offset: 0, warnings: [] });
    expect(article!.text.slice(article!.bodyStart)).toBe("Two men were killed when a drone struck their car.");
  });

  it("refuses only a document with no text", () => {
    for (const text of ["", "   ", "\n\t \r\n", "----\n* * *\n"]) expect(ingestDocument({ id: "none", text })).toEqual([]);
  });

  it("keeps a navigation menu as one article flagged as likely furniture, from which no incident is read", () => {
    // A page of menu items is kept rather than dropped: the analyst sees the text and the warning, and decides.
    const text = "Home\nLatakia\nJableh\nSubscribe\n";
    const [article, ...more] = ingestDocument({ id: "nav", text });
    expect(more).toEqual([]);
    expect(article!.text).toBe(text.trim());
    expect(article!.warnings).toEqual([SHORT_TEXT_WARNINGS.noHead, SHORT_TEXT_WARNINGS.noProse]);
    const atlas = processDocuments([{ id: "nav", text }], testPipeline());
    expect(atlas.reports).toEqual([]);
    expect(atlas.notices).toEqual([]);
  });

  it("turns a short report into an incident in the pipeline, with no notice", () => {
    const atlas = processDocuments([{ id: "flash", text: "On 4 May 2023, shelling killed three people in Jableh." }], testPipeline());
    expect(atlas.notices).toEqual([]);
    expect(atlas.articles).toHaveLength(1);
    expect(atlas.reports.length).toBeGreaterThan(0);
    expect(atlas.reports[0]!.dateStart).toBe("2023-05-04");
  });

  it("leaves a page with a real story as it was: its furniture is still dropped, and the story has no warnings", () => {
    const body =
      "The shelling began at dawn and went on until the evening, residents said, and many families left their homes for the hills before noon. " +
      "By nightfall the main road was blocked by the wrecks of two lorries, and the clinic at the crossroads had run out of dressings, a nurse told reporters.";
    const text = `Home\nNews\n\nShelling empties the villages near Jableh\n\n3 March 2025\n\n${body}\n\nContinue Reading\n\nDonate\nSubscribe\n`;
    const articles = ingestDocument({ id: "page", text });
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: "Shelling empties the villages near Jableh", published: "2025-03-03", warnings: [] });
  });
});
