import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultPaths, loadPipeline, readCorpusDirectory } from "../store/corpus";
import { articleTexts, type CorpusScore, evaluateCorpus } from "./benchmark";
import { parseGoldLines } from "./evaluate";

/**
 * The geoparser on the sample corpus against its gold file (data/gold/sample-places.jsonl: every place name in
 * the five seed documents, with its GeoNames id and point). The thresholds are the targets of the project.
 */
const root = join(__dirname, "../..");
let score: CorpusScore;
beforeAll(() => {
  const paths = defaultPaths(root);
  const pipeline = loadPipeline(paths);
  const gold = parseGoldLines(readFileSync(join(root, "data/gold/sample-places.jsonl"), "utf8"), "sample-places.jsonl");
  score = evaluateCorpus(articleTexts(readCorpusDirectory(paths.articles)), gold, pipeline.gazetteer, pipeline.regions, ["SY"]);
});

describe("sample corpus against its gold place names", () => {
  it("recognises place names with F1 of at least 0.95 (exact spans)", () => {
    expect(score.recognition.exact.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.recognition.exact.precision).toBeGreaterThanOrEqual(0.95);
  });

  it("puts at least 97% of the places in Syria within 10 km, given the gold spans", () => {
    expect(score.resolutionIn.SY!.total).toBeGreaterThan(150);
    expect(score.resolutionIn.SY!.accuracy10km).toBeGreaterThanOrEqual(0.97);
  });

  it("puts at least 97% of all literal places within 161 km, and is almost never confidently wrong", () => {
    expect(score.resolution.accuracy161km).toBeGreaterThanOrEqual(0.97);
    expect(score.resolution.placedAccuracy161km).toBeGreaterThanOrEqual(0.99);
  });

  it("flags or leaves unplaced more than half of the sub-national names used for something else (a government, a bloc)", () => {
    expect(score.nonLiteral.flaggedOrUnplaced / score.nonLiteral.total).toBeGreaterThanOrEqual(0.55);
  });
});
