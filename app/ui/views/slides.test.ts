import { describe, expect, it } from "vitest";
import { slideAfterKey, slideFromParam } from "./slides";

describe("slideFromParam", () => {
  it("reads ?slide= within the briefing, 1 for anything else", () => {
    expect(slideFromParam("3", 5)).toBe(3);
    expect(slideFromParam(null, 5)).toBe(1);
    expect(slideFromParam("9", 5)).toBe(5);
    expect(slideFromParam("0", 5)).toBe(1);
    expect(slideFromParam("two", 5)).toBe(1);
    expect(slideFromParam("2.5", 5)).toBe(1);
    expect(slideFromParam("2", 0)).toBe(1);
  });
});

describe("slideAfterKey", () => {
  it.each([
    ["ArrowRight", false, 3],
    ["PageDown", false, 3],
    [" ", false, 3],
    [" ", true, 1],
    ["ArrowLeft", false, 1],
    ["PageUp", false, 1],
    ["Home", false, 1],
    ["End", false, 4],
  ])("%s (shift %s) from slide 2 of 4 goes to %i", (key, shift, expected) => {
    expect(slideAfterKey(key, shift, 2, 4)).toBe(expected);
  });

  it("stays at either end, and ignores other keys", () => {
    expect(slideAfterKey("ArrowRight", false, 4, 4)).toBe(4);
    expect(slideAfterKey("PageUp", false, 1, 4)).toBe(1);
    expect(slideAfterKey("x", false, 2, 4)).toBeNull();
    expect(slideAfterKey("Escape", false, 2, 4)).toBeNull();
  });
});
