import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "./index";
import { publisherForHost, registrableDomain } from "./publishers";
import { textForGeoparsing } from "./readable-text";

const sample = (name: string) => ({ id: name, text: readFileSync(join(__dirname, "../../data/articles", name), "utf8") });

describe("ingestDocument", () => {
  it("splits a blog page at its dated day headers and credits each repost to its original outlet", () => {
    const articles = ingestDocument(sample("004_10130fa225ec1e71.txt"));
    expect(articles.map((a) => a.publisher)).toEqual(["Middle East Eye", "The Cradle", "Antiwar.com", "The Cradle"]);
    expect(articles.map((a) => a.url?.split("/")[2])).toEqual(["www.middleeasteye.net", "thecradle.co", "news.antiwar.com", "thecradle.co"]);
    expect(articles.map((a) => a.published)).toEqual(["2025-11-13", "2025-11-14", "2025-11-13", "2025-10-29"]);
    // The Spanish day header is when the blog posted it, kept apart from the article's own date.
    expect(articles.map((a) => a.postedOnPage)).toEqual(["2025-11-16", "2025-11-15", "2025-11-14", "2025-11-12"]);
    expect(articles[3]!.title).toBe("Constructing chaos: Tel Aviv’s hand in Syria’s sectarian slaughter");
    expect(articles[2]!.author).toBe("Dave DeCamp");
  });

  it("splits a site page at 'Continue Reading' and drops the page furniture", () => {
    const articles = ingestDocument(sample("003_f30fef442a84d73b.txt"));
    expect(articles.map((a) => a.title)).toEqual([
      "ISIS enters its final days",
      "Putin, Trump meet in Helsinki for first bilateral summit",
      "“Foreign entity, NOT RUSSIA” hacked Hillary Clinton’s emails (Video)",
      "Donald Trump plays good cop and bad cop with a weak Theresa May (Video)",
    ]);
    expect(articles.every((a) => a.published === null)).toBe(true);
    expect(articles.every((a) => a.publisher === "The Duran" && a.foundBy.publisher === "masthead")).toBe(true);
    expect(articles.some((a) => a.text.includes("Waiting for PayPal"))).toBe(false);
  });

  it("keeps unknown fields null rather than guessing", () => {
    const [article] = ingestDocument(sample("001_5fa4c7f42a7d9c15.txt"));
    expect(article).toMatchObject({ publisher: null, published: null, title: null, url: null, author: null });
    expect(article!.foundBy.published).toBe("none");
    expect(article!.text.startsWith("BEIRUT (Dispatches)")).toBe(true);
  });

  it("reads a by-line with a numeric day-first date and the site's domain", () => {
    const [article] = ingestDocument(sample("000_13dd54ba1ddfbf21.txt"));
    expect(article).toMatchObject({ publisher: "Strategic Culture Foundation", published: "2026-01-24", author: "Sonja van den Ende" });
    expect(article!.title).toMatch(/^Is al-Julani losing his grip/);
  });

  it("keeps every article's text a verbatim slice of its document", () => {
    for (const name of ["000_13dd54ba1ddfbf21.txt", "002_79ebb0621d7fc071.txt", "004_10130fa225ec1e71.txt"]) {
      const doc = sample(name);
      for (const a of ingestDocument(doc)) expect(doc.text.slice(a.offset, a.offset + a.text.length)).toBe(a.text);
    }
  });

  it("keeps the title and standfirst at the head of the text, and marks where the body begins", () => {
    const body =
      "The shelling began at dawn and went on until the evening, residents said, and many families left their homes for the hills before noon. " +
      "By nightfall the main road was blocked by the wrecks of two lorries, and the clinic at the crossroads had run out of dressings, a nurse told reporters by telephone.";
    const text = [
      "Menu",
      "",
      "Shelling empties the villages of the valley",
      "",
      "Jane Example",
      "",
      "3 March 2025",
      "",
      "Thousands have fled towards Lakeside since the weekend, aid groups say",
      "",
      "https://news.example.org/2025/03/03/shelling-valley",
      "",
      body,
    ].join("\n");
    const [article] = ingestDocument({ id: "doc", text });
    expect(article!.title).toBe("Shelling empties the villages of the valley");
    // The head starts at the title, not at the menu above it.
    expect(article!.text.startsWith("Shelling empties the villages")).toBe(true);
    expect(article!.text).toContain("Thousands have fled towards Lakeside");
    expect(article!.text.slice(article!.bodyStart)).toBe(body);
    expect(text.slice(article!.offset, article!.offset + article!.text.length)).toBe(article!.text);
  });

  it("starts the text at the body when the story has no title", () => {
    const [article] = ingestDocument(sample("001_5fa4c7f42a7d9c15.txt"));
    expect(article!.bodyStart).toBe(0);
  });

  it("returns nothing for empty input, and keeps a page of furniture only as one article that says what it is", () => {
    expect(ingestDocument({ id: "empty", text: "" })).toEqual([]);
    // Never silently lost: the text is kept, flagged as likely furniture (see short-texts.test.ts).
    const [nav, ...more] = ingestDocument({ id: "nav", text: "Home\nLatest\nNews\nSubscribe\n" });
    expect(more).toEqual([]);
    expect(nav!.warnings?.join(" ")).toMatch(/no sentence of running text/);
  });
});

describe("publishers", () => {
  it("names outlets by their registrable domain", () => {
    expect(registrableDomain("news.antiwar.com")).toBe("antiwar.com");
    expect(registrableDomain("www.bbc.co.uk")).toBe("bbc.co.uk");
    expect(publisherForHost("www.middleeasteye.net")).toBe("Middle East Eye");
    expect(publisherForHost("example-news.org")).toBe("example-news.org");
  });
});

describe("textForGeoparsing", () => {
  it("blanks the head's author and link, keeps the title, standfirst and body, and keeps every offset", () => {
    const text = "Floods reach Lakeside\n\nAnna Ende\n\nhttps://example.org/lakeside-floods\n\nThe river rose overnight in Lakeside.";
    const bodyStart = text.indexOf("The river");
    const read = textForGeoparsing({ text, bodyStart, author: "Anna Ende", url: "https://example.org/lakeside-floods" });
    expect(read).toHaveLength(text.length);
    expect(read).not.toContain("Ende");
    expect(read).not.toContain("example.org");
    expect(read.startsWith("Floods reach Lakeside")).toBe(true);
    expect(read.slice(bodyStart)).toBe(text.slice(bodyStart));
  });

  it("keeps a by-line that names a desk rather than a person, with the place in it", () => {
    const text = "Floods reach Lakeside\n\nby The Herald's Lakeside Correspondent\n\nThe river rose overnight.";
    const read = textForGeoparsing({ text, bodyStart: text.indexOf("The river"), author: "The Herald's Lakeside Correspondent", url: null });
    expect(read).toBe(text);
  });

  it("leaves a text without a head as it is, even where the author's name recurs in the body", () => {
    const text = "Anna Ende reported from Lakeside.";
    expect(textForGeoparsing({ text, bodyStart: 0, author: "Anna Ende", url: null })).toBe(text);
  });
});

describe("textForGeoparsing: roads named for two towns", () => {
  it("parts the towns of an 'X-Y road' with a slash, keeping every offset", async () => {
    const { textForGeoparsing } = await import("./readable-text");
    const text = "Clashes broke out on the Suqa-Tall Nur road and along the Kafr Ruma-Ariha international highway, not in Saint-Denis.";
    const out = textForGeoparsing({ text, bodyStart: 0, author: null, url: null });
    expect(out).toHaveLength(text.length);
    expect(out).toContain("Suqa/Tall Nur road");
    expect(out).toContain("Ruma/Ariha international highway");
    expect(out).toContain("Saint-Denis");
  });
});
