import { describe, expect, it } from "vitest";
import { geoparseArticle } from "../geoparse/index";
import { buildRegionIndex } from "../geoparse/regions";
import { fixtureGazetteer, governorateBox } from "../geoparse/test-fixture";
import type { Article } from "../ingest/article";
import { extractReports } from "./extract";
import { findActors } from "./actors";
import { findAttributions } from "./attribution";
import { findFatalities, parseNumber, victimsOf } from "./fatalities";

// Baniyas (35.18 N) falls in the Tartus box, Jableh and Latakia (35.36 N and above) in the Latakia box.
const regions = buildRegionIndex([governorateBox("SY-LA", "Latakia", 35.5, 35.3, 36.3), governorateBox("SY-TA", "Tartus", 35.5, 34.5, 35.3)]);

function article(text: string, published: string | null, bodyStart = 0): Article {
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
    bodyStart,
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

  it("reads no incident from the head, whose date line is the publication's, but does from the body", () => {
    const head = "Gunmen kill 12 civilians in Baniyas\n\n29 October 2025\n\n";
    const text = `${head}Residents said gunmen killed 12 civilians in Jableh on 7 March.`;
    const a = article(text, "2025-10-29", head.length);
    const mentions = geoparseArticle(a.id, a.text, fixtureGazetteer(), regions);
    // The head's place is still found: a title's place is a mention like any other.
    expect(mentions.some((m) => m.surface === "Baniyas" && m.status === "resolved")).toBe(true);
    const reports = extractReports(a, mentions);
    expect(reports.map((r) => r.place.surface)).toEqual(["Jableh"]);
    expect(reports[0]).toMatchObject({ dateStart: "2025-03-07" });
  });

  it("makes no incident where a capital only stands for the government", () => {
    expect(incidentsOf("Damascus imposed a curfew after the attack.", "2025-10-29")).toEqual([]);
  });
});

describe("findFatalities", () => {
  it.each([
    ["In Baniyas alone, more than 300 people were killed.", 300, 300, null],
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

describe("extractReports: dates, clauses and context", () => {
  it("dates a later paragraph about the same area by the date set before it, with that date's evidence offsets", () => {
    const text = "On 6 March, a major clash erupted in Baniyas.\n\nLater, helicopters dropped bombs on Latakia.";
    const [first, second] = incidentsOf(text, "2025-10-29");
    expect(first).toMatchObject({ dateStart: "2025-03-06", type: "battles" });
    expect(second).toMatchObject({ place: { surface: "Latakia" }, dateStart: "2025-03-06", datePrecision: "day", type: "explosions-remote-violence", subType: "Air/drone strike" });
    expect(text.slice(second!.dateEvidence!.start, second!.dateEvidence!.end)).toBe("On 6 March");
  });

  it("does not carry a date to a later paragraph about a far-away place", () => {
    const text = "On 6 March, a major clash erupted in Baniyas.\n\nThe Al-Hol Camp in Syria has seen mass escapes.";
    const reports = incidentsOf(text, "2025-10-29");
    expect(reports.find((r) => r.place.name === "Al-Hol Camp")).toMatchObject({ dateStart: null, subType: "Other" });
  });

  it("takes the date nearest before the place, not the first of the sentence", () => {
    const [i] = incidentsOf("Though protests began in 2011, it was in 2012 that the rebel offensive against Damascus began.", null);
    expect(i).toMatchObject({ dateStart: "2012-01-01", dateEnd: "2012-12-31", datePrecision: "year", type: "battles" });
  });

  it("skips an event a modal governs, but not one merely later in a sentence with a modal", () => {
    expect(incidentsOf("Forces would attack Baniyas.", "2025-10-29")).toEqual([]);
    expect(incidentsOf("Residents said they could not sleep after clashes erupted in Baniyas.", "2025-10-29")).toHaveLength(1);
  });

  it("leaves out places in a clause about a party's past, landmarks and names used as qualifiers", () => {
    expect(incidentsOf("The Kurds, who have fought since 2012 in Baniyas, now hold ministries.", "2025-10-29")).toEqual([]);
    expect(incidentsOf("Insurgents attacked a police station in Daliyah, located in the hills overlooking Latakia.", "2025-10-29").map((r) => r.place.surface)).toEqual(["Daliyah"]);
    expect(incidentsOf("Reports of the Latakia meeting about the massacre were fabricated.", "2025-10-29")).toEqual([]);
    expect(incidentsOf("Officers were murdered after a deal with the new authorities in Damascus.", "2025-10-29")).toEqual([]);
    expect(incidentsOf("On 6 March, a clash erupted in Daliyah, which lies in the hills of the Jableh countryside.", "2025-10-29").map((r) => r.place.surface)).toEqual(["Daliyah"]);
  });

  it("completes a report with the toll given in the next sentence of its paragraph, with that sentence's source", () => {
    const text = "In April 2025 violence against the Druze broke out in Jableh. More than 100 fighters and civilians were killed, Reuters reported.";
    const [i] = incidentsOf(text, "2025-10-29");
    expect(i).toMatchObject({ fatalities: { low: 100, best: 100, high: null, victims: "mixed" }, attributedTo: ["Reuters"] });
    expect(text.slice(i!.fatalities!.span.start, i!.fatalities!.span.end)).toBe("More than 100 fighters and civilians were killed");
  });

  it("credits a report with the source the next sentence of its paragraph cites for the same events", () => {
    const [i] = incidentsOf("Violence against the Druze flared in Baniyas in July 2025. UN experts reported systematic atrocities by local militias.", "2025-10-29");
    expect(i).toMatchObject({ dateStart: "2025-07-01", attributedTo: ["UN experts"], fatalities: null });
  });

  it("reads the toll of a place from the clause that follows it", () => {
    const reports = incidentsOf("Massacres were carried out in Baniyas, where 15 people were killed, and Jableh, where 3 farmers were killed.", "2025-10-29");
    expect(reports.map((r) => [r.place.surface, r.fatalities?.best])).toEqual([["Baniyas", 15], ["Jableh", 3]]);
  });

  it("names the actors and the organisations cited, not the publisher itself", () => {
    const [i] = incidentsOf("According to the Syrian Observatory for Human Rights (SOHR), HTS forces killed 12 civilians in Baniyas, Example News learned.", "2025-10-29");
    expect(i!.actors).toContain("Hayat Tahrir al-Sham");
    expect(i!.attributedTo).toEqual(["Syrian Observatory for Human Rights"]);
  });

  it("keeps an incident with an unknown date when the article has no publication date and the text does not fix the year", () => {
    const [i] = incidentsOf("On March 4, two members of the Defense Ministry were killed in Latakia.", null);
    expect(i).toMatchObject({ dateStart: null, datePrecision: "unknown", fatalities: { best: 2, victims: "security-forces" } });
  });
});

describe("fatality figures", () => {
  it.each([
    ["two", 2], ["Four", 4], ["twenty-five", 25], ["three thousand", 3000], ["two hundred", 200], ["1,500", 1500], ["973", 973], ["a dozen", 12], ["dozens", 24], ["hundreds", 200],
  ])("reads %s as %i", (words, n) => expect(parseNumber(words)).toBe(n));

  it.each([
    ["around 20 members of the General Security and 17 men from the village were killed in the gun battle.", 37, 37, 37, "mixed"],
    ["killing his two adult sons.", 2, 2, 2, "unknown"],
    ["the jihadist fanatics who murdered three thousand of its own people", 3000, 3000, 3000, "unknown"],
    ["has resulted in dozens of deaths and mass displacement.", 24, 24, null, "unknown"],
    ["Nearly 40 soldiers were killed.", 36, 40, 40, "security-forces"],
    ["Up to 50 fighters were killed.", 0, 50, 50, "fighters"],
  ])("%s", (sentence, low, best, high, victims) => {
    expect(findFatalities(sentence)).toMatchObject({ low, best, high, victims });
  });

  it("does not take ages, distances, money or dates for a death toll", () => {
    // The age is not the count; "a ... man" is one.
    expect(findFatalities("a 20-year-old man was killed")).toMatchObject({ low: 1, best: 1, high: 1 });
    expect(findFatalities("forces 20 kilometers from the capital killed nobody")).toBeNull();
    expect(findFatalities("On 7 March, the violence killed")).toBeNull();
  });

  it("tells who the dead were from the words naming them", () => {
    expect(victimsOf("Alawite civilians")).toBe("civilians");
    expect(victimsOf("members of the Syrian Defense Ministry")).toBe("security-forces");
    expect(victimsOf("Druze fighters and civilians")).toBe("mixed");
    expect(victimsOf("Four civilians, two construction workers, and two school guards")).toBe("civilians");
    expect(victimsOf("people")).toBe("unknown");
  });

  it("gives the offsets of the claim within the sentence", () => {
    const s = "In Baniyas alone, more than 300 people were killed during a campaign.";
    const f = findFatalities(s)!;
    expect(s.slice(f.span.start, f.span.end)).toBe("more than 300 people were killed");
  });
});

describe("attributed sources and actors", () => {
  it.each([
    ["According to the UK-based Syrian Observatory for Human Rights (SOHR), at least 973 civilians were slaughtered.", ["Syrian Observatory for Human Rights"]],
    ["UN experts and human rights groups reported systematic atrocities.", ["UN experts", "human rights groups"]],
    ["Reuters reported that, according to Syrian state media, two members were killed.", ["Reuters", "Syrian state media"]],
    ["One resident told Reuters there had been heavy gunfire.", ["Reuters"]],
    ["Testimonies collected by Syrians for Truth and Justice (STJ) indicated random arrests.", ["Syrians for Truth and Justice"]],
    ["Israel is seeking a deal, Axios reported on Thursday.", ["Axios"]],
    ["Gohmert said the emails were hacked.", []],
  ])("%s", (sentence, expected) => expect(findAttributions(sentence)).toEqual(expected));

  it("finds named forces, group acronyms and unnamed parties once each", () => {
    expect(findActors("Fighting broke out between Kurdish Democratic Forces (SDF) and caliphate forces.")).toEqual(["Kurdish Democratic Forces"]);
    expect(findActors("The Turkish-backed Syrian National Army (SNA) deployed.")).toEqual(["Syrian National Army"]);
    expect(findActors("Alawite insurgents attacked General Security positions.")).toEqual(["insurgents", "General Security"]);
    expect(findActors("The Syrian army is pressing ISIS hard.")).toEqual(["Syrian army", "Islamic State"]);
  });
});
