import { describe, expect, it } from "vitest";
import {
  BriefingIdSchema,
  DEFAULT_BRIEFING_ID,
  SAVED_VIEW_VERSION,
  SavedViewInputSchema,
  SavedViewPatchSchema,
  ViewOrderSchema,
  moveInOrder,
  orderProblem,
  upgradeSavedView,
} from "./views";

const stamps = { createdBy: "alice", createdAt: "2025-11-01T10:00:00.000Z", updatedBy: "alice", updatedAt: "2025-11-01T10:00:00.000Z" };
/** A record as version 1 stored it: a name and the dashboard's query, nothing else. */
const V1_RECORD = { version: 1, id: "a1", name: "Coast, March", state: "region=SY-LA&from=2025-03-01&to=2025-03-31", ...stamps };

describe("saved view input", () => {
  it("reads a title, a note, a state and a briefing, with defaults", () => {
    expect(SavedViewInputSchema.parse({ title: "  Coast ", state: "?v=1&region=SY-LA" })).toEqual({ title: "Coast", note: "", state: "v=1&region=SY-LA", briefingId: DEFAULT_BRIEFING_ID });
  });

  it("still accepts version 1's {name, state}", () => {
    expect(SavedViewInputSchema.parse({ name: "Coast", state: "region=SY-LA" })).toMatchObject({ title: "Coast", state: "region=SY-LA" });
  });

  it.each([
    [{ title: "", state: "v=1" }, /needs a title/],
    [{ title: "a\nb", state: "v=1" }, /one line/],
    [{ title: "t", state: "a=1\nb=2" }, /one URL query/],
    [{ title: "t", state: "v=1", note: "n".repeat(601) }, /at most 600/],
    [{ title: "t", state: "v=1", note: "a\u0000b" }, /plain text/],
    [{ title: "t", state: "v=1", briefingId: "../etc" }, /letters, digits/],
    [{ title: "t", state: "v=1", owner: "me" }, /Unrecognized key/],
    [{ title: "t", state: "v=1&colour=red" }, /not a dashboard view: Unknown parameter "colour"/],
    [{ title: "t", state: "v=1&from=2025-13-01" }, /not a dashboard view: .*from/],
    [{ title: "t", state: "v=1&map=eight/35/36" }, /not a map view/],
    [{ title: "t", state: "v=99&region=SY-LA" }, /newer than this one/],
  ])("refuses %j with a message", (input, message) => {
    const r = SavedViewInputSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(message);
  });

  it("refuses a change that changes nothing", () => {
    expect(SavedViewPatchSchema.safeParse({ id: "a" }).error!.issues[0]!.message).toMatch(/say what to change/);
    expect(SavedViewPatchSchema.parse({ id: "a", title: "New" })).toEqual({ id: "a", title: "New" });
  });

  it("refuses an order that names a view twice", () => {
    expect(ViewOrderSchema.safeParse({ briefingId: "default", ids: ["a", "b", "a"] }).success).toBe(false);
    expect(BriefingIdSchema.safeParse("a b").success).toBe(false);
  });
});

describe("upgradeSavedView", () => {
  it("reads a version-1 record as a current view in the default briefing", () => {
    expect(upgradeSavedView(V1_RECORD, 3)).toEqual({
      version: SAVED_VIEW_VERSION,
      id: "a1",
      title: "Coast, March",
      note: "",
      state: V1_RECORD.state,
      briefingId: DEFAULT_BRIEFING_ID,
      position: 3,
      ...stamps,
    });
  });

  it("returns a current record as it is", () => {
    const v2 = { version: 2, id: "b", title: "T", note: "N", state: "v=1", briefingId: "x", position: 1, ...stamps };
    expect(upgradeSavedView(v2)).toEqual(v2);
  });

  it("refuses a record of an unknown version instead of guessing", () => {
    expect(() => upgradeSavedView({ ...V1_RECORD, version: 7 })).toThrow();
  });
});

describe("moveInOrder", () => {
  const ids = ["a", "b", "c", "d"];
  it("moves one up or down, and not past either end", () => {
    expect(moveInOrder(ids, "c", -1)).toEqual(["a", "c", "b", "d"]);
    expect(moveInOrder(ids, "a", 1)).toEqual(["b", "a", "c", "d"]);
    expect(moveInOrder(ids, "a", -1)).toEqual(ids);
    expect(moveInOrder(ids, "d", 5)).toEqual(ids);
    expect(moveInOrder(ids, "zz", 1)).toEqual(ids);
  });
});

describe("orderProblem", () => {
  it("accepts exactly a permutation of the current views", () => {
    expect(orderProblem(["a", "b", "c"], ["c", "a", "b"])).toBeNull();
    expect(orderProblem(["a", "b", "c"], ["a", "b"])).toMatch(/leaves out 1/);
    expect(orderProblem(["a", "b"], ["a", "b", "x"])).toMatch(/Not in this briefing: x/);
  });
});
