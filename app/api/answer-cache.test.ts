import { describe, expect, it } from "vitest";
import type { Atlas } from "@/lib/store/corpus";
import { CACHED_ANSWERS, MAX_CACHED_ANSWER_CHARS, cachedAnswer } from "./answer-cache";

/** A distinct atlas object: the cache tells atlases apart by identity (each edit makes a new one). */
const newAtlas = () => ({ articles: [], mentions: [], reports: [], incidents: [], notices: [] }) as unknown as Atlas;

function counting(answer: string) {
  let made = 0;
  return {
    make: () => {
      made++;
      return answer;
    },
    get made() {
      return made;
    },
  };
}

describe("cachedAnswer", () => {
  it("makes an answer once per atlas and request, and again for a new atlas (after an edit)", () => {
    const atlas = newAtlas();
    const a = counting('{"n":1}');
    expect(cachedAnswer(atlas, "/api/sources?region=SY-LA", a.make)).toBe('{"n":1}');
    expect(cachedAnswer(atlas, "/api/sources?region=SY-LA", a.make)).toBe('{"n":1}');
    expect(a.made).toBe(1);
    cachedAnswer(atlas, "/api/sources?region=SY-TA", a.make);
    expect(a.made).toBe(2);
    cachedAnswer(newAtlas(), "/api/sources?region=SY-LA", a.make);
    expect(a.made).toBe(3);
  });

  it("does not keep answers too large to keep", () => {
    const atlas = newAtlas();
    const big = counting("x".repeat(MAX_CACHED_ANSWER_CHARS + 1));
    cachedAnswer(atlas, "/api/layers/incidents", big.make);
    cachedAnswer(atlas, "/api/layers/incidents", big.make);
    expect(big.made).toBe(2);
  });

  it("keeps the latest used answers, dropping the least recently used", () => {
    const atlas = newAtlas();
    const a = counting("{}");
    for (let k = 0; k < CACHED_ANSWERS; k++) cachedAnswer(atlas, `/q${k}`, a.make);
    // /q0 used again: /q1 is now the oldest, and the next new answer pushes it out.
    cachedAnswer(atlas, "/q0", a.make);
    cachedAnswer(atlas, "/new", a.make);
    expect(a.made).toBe(CACHED_ANSWERS + 1);
    cachedAnswer(atlas, "/q0", a.make);
    expect(a.made).toBe(CACHED_ANSWERS + 1);
    cachedAnswer(atlas, "/q1", a.make);
    expect(a.made).toBe(CACHED_ANSWERS + 2);
  });
});
