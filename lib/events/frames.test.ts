import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPaths, loadPipeline, type Pipeline, processDocuments } from "../store/corpus";

/**
 * Event frames through the shipped pipeline (gazetteer included), on reports written here: only the locus of an event
 * becomes an incident, a toll stays with its own event, one event told in several sentences is one report.
 */
let pipeline: Pipeline;
beforeAll(() => {
  pipeline = loadPipeline(defaultPaths(join(__dirname, "../..")));
});

const reportsOf = (text: string, published = "2025-03-12") => processDocuments([{ id: "t", text: `${published}\n\n${text}` }], pipeline).reports;
const placesOf = (text: string) => reportsOf(text).map((r) => r.place.name);

describe("the locus, not the places around it", () => {
  it("reads an origin of fire, a destination of the displaced and a year's statistic beside the real event", () => {
    const text =
      "On 10 March, regime forces shelled Kafr Nabl from their positions in Jableh, killing four civilians, and displacing families towards Idlib. " +
      "At least 35 people have been killed in the area since the beginning of the year, a monitor said.";
    const reports = reportsOf(text);
    expect(reports.map((r) => r.place.name)).toEqual(["Kafranbel"]);
    const [r] = reports;
    expect(r!.dateStart).toBe("2025-03-10");
    expect(r!.fatalities).toMatchObject({ low: 4, best: 4, high: 4 });
    // The year's count is a statistic of the article, never a toll of the event or of another place.
    expect(reports.some((x) => x.fatalities?.best === 35)).toBe(false);
  });

  it("keeps the countryside, district and governorate named after a village as context, not incidents of their own", () => {
    expect(placesOf("On 4 March, gunmen attacked a checkpoint in Ad Daliyah village in the Jableh countryside, Latakia.")).toEqual(["Ad Dālīyah"]);
    expect(placesOf("On 4 March, two soldiers were killed in clashes in Saraqib (Idlib district, Idlib governorate).")).toEqual(["Sarāqib"]);
  });

  it("makes an area an incident at its own precision when the area itself is where it happened", () => {
    const [r] = reportsOf("On 5 March, warplanes struck the southern Idlib countryside.");
    expect(r!.place.precision).toBe("governorate");
  });

  it("stands a village the gazetteer lacks at its stated container, at low confidence, naming the village", () => {
    const [r, ...rest] = reportsOf("On 6 March, gunmen killed a soldier in Zqzqiyeh village in the Hama countryside.");
    expect(rest).toEqual([]);
    expect(r!.place.precision).toBe("governorate");
    expect(r!.place.confidence).toBeLessThan(0.5);
    expect(r!.place.standsFor).toBe("Zqzqiyeh");
  });

  it("never places a village on a namesake outside the governorate the text names", () => {
    // Two villages of this name lie in Hama and Aleppo governorates: the container chooses, and a wrong one is refused.
    const [r] = reportsOf("On 7 March, clashes broke out in Suran town in the northern Hama countryside.");
    expect(r!.place.admin?.admin1.pcode).toBe("SY05");
  });

  it("does not make an agreement's or a seat of government's name an incident", () => {
    expect(placesOf("On 8 March, the Sochi agreement was violated when clashes broke out in Saraqib.")).toEqual(["Sarāqib"]);
  });
});

describe("a toll belongs to its own event", () => {
  it("makes no incident of a period count, even at a place", () => {
    const text = "On 10 March, gunmen killed two soldiers in Ad Daliyah, near Jableh. At least 35 people have been killed in the Jableh countryside since the beginning of the year.";
    const reports = reportsOf(text);
    expect(reports.map((r) => r.place.name)).toEqual(["Ad Dālīyah"]);
    expect(reports[0]!.fatalities).toMatchObject({ low: 2, high: 2 });
  });

  it("does not copy one figure to every place of its sentence", () => {
    const reports = reportsOf("On 9 March, clashes in Jableh and Baniyas killed 30 people.");
    expect(reports.filter((r) => r.fatalities !== null)).toHaveLength(1);
    const withToll = reports.find((r) => r.fatalities !== null)!;
    expect(withToll.fatalities!.sharedWith?.length).toBe(1);
  });

  it("takes a report's stated total over the part its first sentence told", () => {
    const [r] = reportsOf("On 2 April, militants attacked a patrol in Saraqib, killing three soldiers. The next day a fourth soldier died of his wounds. 4 fatalities.");
    expect(r!.fatalities).toMatchObject({ low: 4, best: 4, high: 4 });
  });

  it("keeps a toll the text splits with each place", () => {
    const reports = reportsOf("On 9 March, 2 civilians were killed in Jableh, and 3 were killed in Baniyas.");
    const byPlace = Object.fromEntries(reports.map((r) => [r.place.name, r.fatalities?.best ?? null]));
    expect(byPlace).toEqual({ Jablah: 2, "Bāniyās": 3 });
  });
});

describe("one event, one report per article", () => {
  it("merges the sentences of one article about one clash into one report with every sentence as evidence", () => {
    const text =
      "On 6 March, clashes broke out in Ad Daliyah, near Jableh, between government forces and gunmen.\n\n" +
      "The clashes in Ad Daliyah continued into the evening. Two soldiers were killed in Ad Daliyah, a monitor said.";
    const reports = reportsOf(text);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.moreEvidence?.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps places listed in one sentence as separate events", () => {
    expect(placesOf("On 7 March, gunmen attacked Jableh and Baniyas.").sort()).toEqual(["Bāniyās", "Jablah"]);
  });

  it("keeps a later, differently dated event at the same place separate", () => {
    const reports = reportsOf("On 2 March, shelling hit Saraqib. On 9 March, shelling hit Saraqib again.");
    expect(reports.map((r) => r.dateStart).sort()).toEqual(["2025-03-02", "2025-03-09"]);
  });
});
