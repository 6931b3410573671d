import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "./index";
import { publisherForHost, registrableDomain } from "./publishers";

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

  it("returns nothing for a page of furniture only, and handles empty input", () => {
    expect(ingestDocument({ id: "empty", text: "" })).toEqual([]);
    expect(ingestDocument({ id: "nav", text: "Home\nLatest\nNews\nSubscribe\n" })).toEqual([]);
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
