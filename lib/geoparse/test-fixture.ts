import { ENGLISH_WORDS } from "./english-words";
import { buildGazetteerIndex, type Gazetteer, gazetteerFromIndex } from "./gazetteer";
import type { GazetteerIndex } from "./gazetteer-index";
import type { Governorate } from "./regions";

/** A small gazetteer in GeoNames format for tests that must not depend on the full data. */

/** A GeoNames row: id, name, alternates, lat, lon, class, code, country, admin1, population. */
export const row = (id: string, name: string, alt: string, lat: number, lon: number, fc: string, code: string, cc: string, a1: string, pop: number) =>
  [id, name, name, alt, lat, lon, fc, code, cc, "", a1, "", "", "", pop, "", "", "", ""].join("\t");

export const FIXTURE = [
  "# a small gazetteer in GeoNames format",
  row("171830", "Bāniyās", "Baniyas,banyas", 35.18188, 35.94871, "P", "PPLA2", "SY", "14", 39066),
  row("173576", "Latakia", "Lattakia,Al Ladhiqiyah", 35.53168, 35.79011, "P", "PPLA", "SY", "02", 340181),
  row("174262", "Ad Dālīyah", "Daliyah", 35.3441, 36.0458, "P", "PPLA3", "SY", "02", 0),
  row("294000", "Daliyya", "Daliyah", 32.59, 35.07, "P", "PPL", "IL", "04", 815),
  row("170063", "Jablah", "Jableh", 35.36, 35.92, "P", "PPLA2", "SY", "02", 65915),
  row("170654", "Damascus", "Dimashq", 33.5102, 36.29128, "P", "PPLC", "SY", "13", 1569394),
  row("323786", "Ankara", "", 39.91987, 32.85427, "P", "PPLC", "TR", "68", 3517182),
  row("4500000", "Clinton", "", 40.6, -74.9, "P", "PPL", "US", "NJ", 2700),
  row("4500001", "Page", "", 36.9, -111.4, "P", "PPL", "US", "AZ", 7500),
  row("cc:SY", "Syria", "Syrian Arab Republic", 35, 38, "A", "PCLI", "SY", "00", 10000000),
  row("sup:al-hol-camp", "Al-Hol Camp", "al-Hol camp,al-Hawl camp", 36.3756, 41.1486, "S", "CMP", "SY", "01", 0),
  row("173797", "Al Ḩawl", "Al-Hawl,al-Hol", 36.39, 41.15, "P", "PPLA3", "SY", "01", 0),
].join("\n");

let index: GazetteerIndex | null = null;
/** A fresh gazetteer over the fixture; the immutable index (with the 275,000-word list) is built once per test file. */
export const fixtureGazetteer = (): Gazetteer => {
  index ??= buildGazetteerIndex(
    [
      { path: "fixture.tsv", source: "test" },
      { path: "words.json", source: "an-array-of-english-words", kind: "common-words" },
    ],
    (path) => (path === "words.json" ? JSON.stringify([...ENGLISH_WORDS]) : FIXTURE),
  );
  return gazetteerFromIndex(index);
};

/** A rectangle standing in for a governorate: lon x..x+1, lat y0..y1. */
export const governorateBox = (code: string, name: string, x: number, y0: number, y1: number): Governorate => ({
  type: "Feature",
  properties: { code, name, labelLon: x + 0.5, labelLat: (y0 + y1) / 2, nameAlt: [] },
  geometry: { type: "Polygon", coordinates: [[[x, y0], [x + 1, y0], [x + 1, y1], [x, y1], [x, y0]]] },
});
