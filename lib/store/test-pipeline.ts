import { buildRegionIndex } from "../geoparse/regions";
import { fixtureGazetteer, governorateBox } from "../geoparse/test-fixture";
import type { Pipeline } from "./corpus";

/** The small test gazetteer with two box governorates: Latakia and Jableh in SY-LA, Baniyas in SY-TA. */
export function testPipeline(): Pipeline {
  return {
    gazetteer: fixtureGazetteer(),
    regions: buildRegionIndex([governorateBox("SY-LA", "Latakia", 35.5, 35.3, 36.3), governorateBox("SY-TA", "Tartus", 35.5, 34.5, 35.3)]),
  };
}

/** An article the test gazetteer can place, different for each `n`. */
export function testArticle(n: number, place = "Latakia"): string {
  return `Clashes near ${place} number ${n}\n\nBy Test Desk | March 3, 2025\n\nOn 2 March, ${n + 2} people were killed in shelling in ${place}, a monitor said. Report ${n}.\n`;
}
