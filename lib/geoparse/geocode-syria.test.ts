import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPaths, loadPipeline } from "../store/corpus";
import { distanceKm } from "./distance";
import type { Gazetteer } from "./gazetteer";
import { geocodeName } from "./geocode";

/**
 * `atlas geocode --country SY` on Syrian town names as the press writes them. Reference points are the towns'
 * Wikipedia coordinates (rounded to 0.01°). A confident answer more than 10 km off is a defect; "unresolved" is not.
 */
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadPipeline(defaultPaths(join(__dirname, "../.."))).gazetteer;
});

const TOWNS: Array<[string[], number, number]> = [
  [["Azaz", "A'zaz"], 36.59, 37.05],
  [["Marea", "Mare'"], 36.48, 37.2],
  [["Duma", "Douma"], 33.57, 36.4],
  [["Tadmur/Palmyra", "Palmyra", "Tadmur"], 34.56, 38.27],
  [["Jisr al-Shughur", "Jisr ash-Shughur", "Jisr al-Shoughour"], 35.81, 36.32],
  [["Maarat al-Numan", "Maarrat al-Nu'man", "Ma'arat al-Nouman"], 35.64, 36.67],
  [["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr"], 35.34, 40.14],
  [["Raqqa", "Ar-Raqqah"], 35.95, 39.01],
  [["Kobani", "Kobane", "Ayn al-Arab"], 36.89, 38.35],
  [["Qamishli", "Al-Qamishli", "Qamishlo"], 37.05, 41.23],
  [["Manbij"], 36.53, 37.95],
  [["Saraqib"], 35.86, 36.8],
  [["Khan Shaykhun", "Khan Sheikhoun"], 35.44, 36.65],
  [["Darayya", "Daraya"], 33.46, 36.24],
  [["Yabroud", "Yabrud"], 33.97, 36.66],
  [["al-Qusayr", "Qusayr"], 34.51, 36.58],
  [["Salamiyah", "Salamiyeh"], 35.01, 37.05],
  [["Albu Kamal", "Abu Kamal", "Bukamal"], 34.45, 40.92],
  [["Mayadin", "al-Mayadeen"], 35.02, 40.45],
  [["Tabqa"], 35.84, 38.55],
  [["Daraa", "Deraa"], 32.62, 36.1],
  [["Kessab", "Kasab"], 35.93, 35.99],
];

describe("geocoding Syrian town names in the usual English transliterations", () => {
  it.each(TOWNS.flatMap(([names, lat, lon]) => names.map((n) => [n, lat, lon] as const)))("%s is placed within 10 km", (name, lat, lon) => {
    const r = geocodeName(name, gazetteer, { country: "SY" });
    expect(r, name).not.toHaveProperty("unresolved");
    if ("lat" in r) expect(distanceKm(r, { lat, lon })).toBeLessThanOrEqual(10);
  });

  it("says unresolved for a village the gazetteer does not have, rather than placing it elsewhere", () => {
    for (const name of ["Beit Ana", "Khan al-Shih", "Wadi Barada"]) {
      expect(geocodeName(name, gazetteer, { country: "SY" }), name).toMatchObject({ unresolved: true });
    }
  });

  it("reads a feature word: a governorate is placed as the governorate", () => {
    expect(geocodeName("Idlib province", gazetteer, { country: "SY" })).toMatchObject({ precision: "governorate", geonameid: "169387" });
    expect(geocodeName("Idlib", gazetteer, { country: "SY" })).toMatchObject({ precision: "town" });
  });
});
