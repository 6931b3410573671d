import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { holdRepaints, type RepaintingMap } from "./repaint-hold";

/** The two things the hold touches of a MapLibre map: a repaint method on the class, and camera events. */
class FakeMap implements RepaintingMap {
  frames = 0;
  private listeners = new Set<() => void>();
  triggerRepaint(): void {
    this.frames++;
  }
  on(_type: "movestart", listener: () => void) {
    this.listeners.add(listener);
    return this;
  }
  off(_type: "movestart", listener: () => void) {
    this.listeners.delete(listener);
    return this;
  }
  moveStarts() {
    for (const l of [...this.listeners]) l();
  }
  get listening() {
    return this.listeners.size;
  }
}

describe("holdRepaints", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("withholds repaint requests until released, then asks for one frame", () => {
    const map = new FakeMap();
    const release = holdRepaints(map, new EventTarget(), 1000);
    map.triggerRepaint();
    map.triggerRepaint();
    expect(map.frames).toBe(0);
    release();
    expect(map.frames).toBe(1);
    // The class's own method is back: repaints go through again.
    expect(Object.prototype.hasOwnProperty.call(map, "triggerRepaint")).toBe(false);
    map.triggerRepaint();
    expect(map.frames).toBe(2);
  });

  it("asks for no frame on release when none was withheld, and a second release does nothing", () => {
    const map = new FakeMap();
    const release = holdRepaints(map, new EventTarget(), 1000);
    release();
    release();
    expect(map.frames).toBe(0);
    expect(map.listening).toBe(0);
  });

  it("lets go by itself after the time limit, so a lost request never freezes the map", () => {
    const map = new FakeMap();
    holdRepaints(map, new EventTarget(), 500);
    map.triggerRepaint();
    vi.advanceTimersByTime(499);
    expect(map.frames).toBe(0);
    vi.advanceTimersByTime(1);
    expect(map.frames).toBe(1);
  });

  it("lets go at once when the analyst touches the map or the camera moves", () => {
    for (const type of ["pointerdown", "wheel", "keydown", "touchstart"]) {
      const map = new FakeMap();
      const container = new EventTarget();
      holdRepaints(map, container, 10_000);
      map.triggerRepaint();
      container.dispatchEvent(new Event(type));
      expect(map.frames, type).toBe(1);
    }
    const map = new FakeMap();
    holdRepaints(map, new EventTarget(), 10_000);
    map.triggerRepaint();
    map.moveStarts();
    expect(map.frames).toBe(1);
    expect(map.listening).toBe(0);
  });
});
