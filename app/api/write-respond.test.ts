import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "@/lib/store/errors";
import { storeErrorResponse } from "./write-respond";

describe("storeErrorResponse", () => {
  it("answers 404 and 409 with the store's message", async () => {
    const missing = storeErrorResponse(new NotFoundError("No saved view with id “x”."));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "No saved view with id “x”." });
    expect(storeErrorResponse(new ConflictError("stale")).status).toBe(409);
  });

  it("knows the errors by name, so another bundle's copy of the classes is answered the same", () => {
    class NotFoundError extends Error {
      override name = "NotFoundError";
    }
    expect(storeErrorResponse(new NotFoundError("gone")).status).toBe(404);
    expect(storeErrorResponse(new Error("boom")).status).toBe(500);
  });
});
