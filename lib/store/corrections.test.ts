import { describe, expect, it } from "vitest";
import type { Mention } from "../geoparse/mention";
import { applyMentionCorrections, type MentionCorrection } from "./corrections";

function mention(id: string, articleId: string, surface: string, start: number): Mention {
  return {
    id,
    articleId,
    surface,
    start,
    end: start + surface.length,
    status: "resolved",
    recognisedBy: "gazetteer",
    placeId: "169304",
    name: "Jablah",
    lat: 35.36,
    lon: 35.93,
    country: "SY",
    admin1: "SY-LA",
    precision: "town",
    confidence: 0.9,
    alternatives: [],
    parentId: null,
    reason: "test",
  };
}

function moveTo(id: number, target: string, articleId: string, surface: string, lat: number, lon: number): MentionCorrection {
  return {
    kind: "mention",
    id,
    target,
    articleId,
    surface,
    before: {},
    after: { status: "resolved", placeId: `point:${lat},${lon}`, name: `${lat}, ${lon}`, lat, lon, country: null, admin1: null, precision: "site" },
    editor: "Tester",
    at: "2026-01-01T00:00:00.000Z",
  };
}

describe("applyMentionCorrections", () => {
  it("moves every mention of the corrected name in the same article, and no other article's", () => {
    const mentions = [mention("a:0@10", "a:0", "Jableh", 10), mention("a:0@50", "a:0", "Jableh", 50), mention("b:0@10", "b:0", "Jableh", 10)];
    const out = applyMentionCorrections(mentions, [moveTo(1, "a:0@10", "a:0", "Jableh", 34.9, 35.4)], new Map());
    expect(out.map((m) => m.lat)).toEqual([34.9, 34.9, 35.36]);
  });

  it("lets a correction of the mention itself win over a later one of its namesake", () => {
    const mentions = [mention("a:0@10", "a:0", "Jableh", 10), mention("a:0@50", "a:0", "Jableh", 50)];
    const out = applyMentionCorrections(mentions, [moveTo(1, "a:0@50", "a:0", "Jableh", 33, 36), moveTo(2, "a:0@10", "a:0", "Jableh", 34.9, 35.4)], new Map());
    expect(out.map((m) => m.lat)).toEqual([34.9, 33]);
  });
});
