import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPaths, loadPipeline } from "../store/corpus";
import type { Gazetteer } from "./gazetteer";
import { geocodeName } from "./geocode";

/** The project's gazetteer (cities500 + countries + admin-1 + supplement) as the app loads it. */
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadPipeline(defaultPaths(join(__dirname, "../.."))).gazetteer;
});

const VARIANTS: string[][] = [
  ["Baniyas", "Banyas"],
  ["Tartus", "Tartous"],
  ["Latakia", "Lattakia"],
  ["Suwayda", "Sweida", "As-Suwayda"],
  ["al-Hol camp", "al-Hawl camp", "Al-Hol Camp"],
  ["Deir ez-Zor", "Deir Ezzor"],
  ["Kobani", "Kobane"],
  ["Jableh", "Jablah"],
];

describe("spelling variants in the project gazetteer", () => {
  it.each(VARIANTS.map((v) => [v.join(" / "), v] as const))("%s resolve to one place in Syria", (_label, names) => {
    const results = names.map((n) => geocodeName(n, gazetteer, { country: "SY" }));
    for (const r of results) expect(r, r.query).not.toHaveProperty("unresolved");
    const ids = new Set(results.map((r) => ("geonameid" in r ? r.geonameid : null)));
    expect(ids.size).toBe(1);
  });

  it("has the neighbourhoods, camp and air base the corpus names", () => {
    for (const name of ["Sheikh Maqsoud", "Ashrafieh", "Datour", "Hmeimim Air Base", "al-Hol camp"]) {
      const r = geocodeName(name, gazetteer, { country: "SY" });
      expect(r, name).not.toHaveProperty("unresolved");
    }
    // Baniyas and Damascus each have a neighbourhood of that name: on its own the name is ambiguous (in a text, its town decides).
    expect(geocodeName("Al-Qusour", gazetteer, { country: "SY" })).toMatchObject({ unresolved: true, reason: expect.stringMatching(/^ambiguous/) });
  });

  it("says unresolved for a name it does not know", () => {
    expect(geocodeName("Xyzzyville", gazetteer, { country: "SY" })).toMatchObject({ unresolved: true });
  });
});
