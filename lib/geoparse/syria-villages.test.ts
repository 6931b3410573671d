import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPaths, loadPipeline, type Pipeline } from "../store/corpus";
import { formatAdminPath } from "./admin-path";
import { distanceKm } from "./distance";
import { geoparseArticle } from "./index";

/**
 * Syria at village level, through the shipped gazetteer (OCHA's communities merged with GeoNames), on sentences
 * written here: containers decide, areas are areas, namesakes are said, nothing is placed abroad by accident.
 */
let pipeline: Pipeline;
beforeAll(() => {
  pipeline = loadPipeline(defaultPaths(join(__dirname, "../..")));
});
const mentionsOf = (text: string) => geoparseArticle("t", text, pipeline.gazetteer, pipeline.regions);
const mention = (text: string, surface: string) => mentionsOf(text).find((m) => m.surface === surface);

describe("the admin hierarchy on every Syrian place", () => {
  it("gives a village its sub-district, district, governorate and P-code", () => {
    const m = mention("Clashes broke out in Ad Daliyah, near Jableh.", "Ad Daliyah")!;
    expect(m.admin).toMatchObject({ admin1: { pcode: "SY06" }, admin2: { pcode: "SY0602" } });
    expect(m.admin!.admin3?.pcode).toMatch(/^SY0602\d\d$/);
    expect(formatAdminPath(m.name!, m.admin)).toMatch(/district · Lattakia$/);
  });

  it("gives no admin path abroad", () => {
    expect(mention("Talks were held in Geneva and in Ankara.", "Geneva")?.admin ?? null).toBeNull();
  });
});

describe("stated containers decide", () => {
  it("places Madaya in Idleb province in Idleb, not on the Madaya near Damascus", () => {
    const m = mention("Shelling hit Madaya in Idleb province.", "Madaya")!;
    if (m.status === "resolved") expect(m.admin?.admin1.pcode).toBe("SY07");
    else expect(m.alternatives.length).toBeGreaterThan(0);
  });

  it("never places a Quneitra village on a namesake abroad", () => {
    const m = mention("Clashes took place in Jaba in the countryside of Quneitra.", "Jaba")!;
    expect(m.country === null || m.country === "SY").toBe(true);
  });

  it("leaves a name unresolved, with its candidates, when no candidate lies in the container", () => {
    const m = mention("Gunmen attacked a checkpoint in Kafranbel in Deir ez-Zor governorate.", "Kafranbel")!;
    expect(m.status).toBe("unresolved");
    expect(m.alternatives.some((c) => c.name.startsWith("Kafr"))).toBe(true);
  });
});

describe("areas are areas", () => {
  it("reads 'Lattakia countryside' and 'rural Hama' as the governorate, not the city", () => {
    expect(mention("Shelling hit the Lattakia countryside.", "Lattakia")).toMatchObject({ precision: "governorate" });
    expect(mention("Fighting went on in the northern Hama countryside.", "Hama")).toMatchObject({ precision: "governorate" });
  });

  it("keeps a district written with its word a district, and the bare name the town", () => {
    expect(mention("Raids were reported across Jableh district.", "Jableh")?.precision).toBe("district");
    expect(mention("Raids were reported in Jableh.", "Jableh")?.precision).toBe("town");
  });
});

describe("namesakes said honestly", () => {
  it("leaves a village name many villages share unresolved when nothing in the text chooses", () => {
    const m = mention("Regime forces recaptured the village of Masaada.", "Masaada")!;
    expect(m.status).toBe("unresolved");
    expect(m.alternatives.length).toBeGreaterThan(1);
  });

  it("places it once the text names the governorate", () => {
    const m = mention("Regime forces recaptured the village of Masaada in the eastern Hama countryside.", "Masaada");
    if (m?.status === "resolved") expect(m.admin?.admin1.pcode).toBe("SY05");
  });
});

describe("not abroad by accident", () => {
  it("does not place a publisher, a month or a word of the region abroad in an article about Syria", () => {
    const text = "On 3 March, clashes in Deir ez-Zor were funded with money from the Gulf, Al-Manar reported on Sep 4. Israeli forces shelled Quneitra.";
    const placed = mentionsOf(text).filter((m) => m.status === "resolved");
    for (const m of placed) expect(m.country, m.surface).toBe("SY");
  });

  it("still places a Syrian town next to its container, and the container near it", () => {
    const [town, governorate] = ["Saraqib", "Idlib"].map((s) => mention("On 5 March, warplanes struck Saraqib in Idlib province.", s)!);
    expect(town!.status).toBe("resolved");
    expect(distanceKm({ lat: town!.lat!, lon: town!.lon! }, { lat: 35.86, lon: 36.8 })).toBeLessThan(10);
    expect(governorate!.precision).toBe("governorate");
  });
});
