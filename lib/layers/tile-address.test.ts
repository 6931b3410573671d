import { describe, expect, it } from "vitest";
import { isTileAddress, tileAddressSchema, tilesCovering } from "./tile-address";

describe("tile addresses", () => {
  it("reads a route's z/x/y.pbf as numbers", () => {
    expect(tileAddressSchema(14).parse({ z: "2", x: "3", y: "1.pbf" })).toEqual({ z: 2, x: 3, y: 1 });
  });

  it("refuses what is not a tile of the set, saying why", () => {
    const schema = tileAddressSchema(10);
    const message = (t: { z: string; x: string; y: string }) => schema.safeParse(t).error?.issues[0]?.message;
    expect(message({ z: "11", x: "0", y: "0" })).toBe("zoom goes from 0 to 10");
    expect(message({ z: "3", x: "8", y: "0" })).toBe("the column and row must lie inside the zoom's grid");
    expect(message({ z: "2", x: "1.5", y: "0" })).toBe("a tile's zoom, column and row are whole numbers");
    expect(message({ z: "-1", x: "0", y: "0" })).toBe("a tile's zoom, column and row are whole numbers");
  });

  it("checks numbers the same way", () => {
    expect(isTileAddress({ z: 10, x: 1023, y: 0 }, 10)).toBe(true);
    expect(isTileAddress({ z: 11, x: 0, y: 0 }, 10)).toBe(false);
    expect(isTileAddress({ z: 2, x: 4, y: 0 }, 14)).toBe(false);
    expect(isTileAddress({ z: 1.5, x: 0, y: 0 }, 14)).toBe(false);
  });

  it("lists the tiles covering a box", () => {
    // Damascus lies in the zoom-5 tile the dashboard's opening view asks for.
    expect(tilesCovering([36.2, 33.4, 36.4, 33.6], 5)).toEqual([{ z: 5, x: 19, y: 12 }]);
    expect(tilesCovering([-180, -90, 180, 90], 1)).toHaveLength(4);
    // A box across a tile edge (0° longitude, 0° latitude) at zoom 2: columns 1-2, rows 1-2.
    expect(tilesCovering([-10, -10, 10, 10], 2)).toEqual([
      { z: 2, x: 1, y: 1 },
      { z: 2, x: 1, y: 2 },
      { z: 2, x: 2, y: 1 },
      { z: 2, x: 2, y: 2 },
    ]);
  });
});
