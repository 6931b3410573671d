import { describe, expect, it } from "vitest";
import { geoparseArticle } from "../geoparse/index";
import { buildRegionIndex } from "../geoparse/regions";
import { fixtureGazetteer, governorateBox } from "../geoparse/test-fixture";
import type { Article } from "../ingest/article";
import { extractReports } from "./extract";
import { findFatalities } from "./fatalities";

// Baniyas (35.18 N) falls in the Tartus box, Jableh and Latakia (35.36 N and above) in the Latakia box.
const regions = buildRegionIndex([governorateBox("SY-LA", "Latakia", 35.5, 35.3, 36.3), governorateBox("SY-TA", "Tartus", 35.5, 34.5, 35.3)]);

function article(text: string, published: string | null): Article {
  return {
    id: "doc:0",
    documentId: "doc",
    index: 0,
    publisher: "Example News",
    url: null,
    title: null,
    author: null,
    published,
    postedOnPage: null,
    foundBy: { publisher: "url", url: "none", title: "none", author: "none", published: published ? "byline" : "none" },
    text,
    offset: 0,
  };
}

const incidentsOf = (text: string, published: string | null) => {
  const a = article(text, published);
  return extractReports(a, geoparseArticle(a.id, a.text, fixtureGazetteer(), regions));
};

describe("extractReports", () => {
  it("turns a sentence reporting an event at a place into an incident dated by the sentence, with its evidence", () => {
    const [i, ...rest] = incidentsOf("Life was calm. On 7 March, gunmen killed 12 civilians in Baniyas.", "2025-10-29");
    expect(rest).toEqual([]);
    expect(i).toMatchObject({
      place: { surface: "Baniyas", admin1: "SY-TA" },
      dateStart: "2025-03-07",
      dateEnd: "2025-03-07",
      datePrecision: "day",
      dateEvidence: { text: "On 7 March" },
      type: "violence-against-civilians",
      fatalities: { best: 12 },
      source: "Example News",
      evidence: { text: "On 7 March, gunmen killed 12 civilians in Baniyas." },
    });
  });

  it("never uses the publication date as the event date", () => {
    const [i] = incidentsOf("Clashes erupted in Jableh.", "2025-10-29");
    expect(i).toMatchObject({ dateStart: null, dateEnd: null, datePrecision: "unknown", dateEvidence: null });
  });

  it("gives the incident to the place, not to the container the text names with it", () => {
    const incidents = incidentsOf("Forces stormed Daliyah, a village near Jableh, and killed two men.", "2025-10-29");
    expect(incidents.map((i) => i.place.surface)).toEqual(["Daliyah"]);
  });

  it("ignores a date in a relative clause that is not about the event", () => {
    const [i] = incidentsOf("The massacres continued in Jableh, where the uprising began in 2011.", "2025-10-29");
    expect(i?.dateStart).toBeNull();
  });

  it("makes no incident where a capital only stands for the government", () => {
    expect(incidentsOf("Damascus imposed a curfew after the attack.", "2025-10-29")).toEqual([]);
  });
});

describe("findFatalities", () => {
  it.each([
    ["In Baniyas alone, more than 300 people were killed.", 301, 300, null],
    ["At least 973 Alawite civilians were slaughtered on March 10.", 973, 973, null],
    ["the death toll was estimated between 600 and 2,000, including", 600, 600, 2000],
    ["Hundreds were killed.", 200, 200, null],
    ["The forces were ambushed, leaving 13 of them dead.", 13, 13, 13],
    ["On March 4, it was announced that two members of the ministry were killed.", 2, 2, 2],
    ["On 7 March, gunmen killed 12 civilians in Baniyas.", 12, 12, 12],
  ])("%s", (sentence, low, best, high) => {
    expect(findFatalities(sentence)).toMatchObject({ low, best, high });
  });

  it("finds no count where none is given", () => {
    expect(findFatalities("Clashes erupted in 2025 near the border.")).toBeNull();
  });
});
