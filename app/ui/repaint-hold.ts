/**
 * Holding back a MapLibre map's repaints while it waits for new tiles.
 *
 * Reloading a source's tiles (for new filters) makes MapLibre ask for a frame at once, and that frame
 * draws the old tiles again. In software WebGL (SwiftShader, as on the machines without a GPU the
 * dashboard is projected from) a frame keeps the GPU process busy for 40–90 ms, and the next frame
 * cannot start before it is done: the frame that shows the answer waits behind one that shows
 * nothing new. While held, repaint requests are noted, not sent; releasing sends one.
 *
 * Nothing the analyst does waits: any input on the map, or any camera move, releases at once, and
 * so does the time limit, so a slow or failed request never freezes the map.
 */

/** What the hold needs of a map: its repaint request (an instance field shadows the class's method) and camera events. */
export interface RepaintingMap {
  triggerRepaint(): void;
  on(type: "movestart", listener: () => void): unknown;
  off(type: "movestart", listener: () => void): unknown;
}

/** The DOM input that means the analyst is using the map (capture phase, so nothing can swallow it first). */
const INPUT_EVENTS = ["pointerdown", "wheel", "keydown", "touchstart"] as const;

/**
 * Holds back `map`'s repaints until the returned function is called, the analyst touches `container`,
 * the camera moves, or `maxMs` passes, whichever is first. Releasing twice is harmless.
 */
export function holdRepaints(map: RepaintingMap, container: EventTarget, maxMs: number): () => void {
  let withheld = false;
  let released = false;
  const held = map as RepaintingMap & { triggerRepaint: () => void };
  const hadOwn = Object.prototype.hasOwnProperty.call(held, "triggerRepaint");
  const own = hadOwn ? held.triggerRepaint : undefined;

  const release = () => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    map.off("movestart", release);
    for (const type of INPUT_EVENTS) container.removeEventListener(type, release, { capture: true });
    if (hadOwn) held.triggerRepaint = own!;
    else delete (held as { triggerRepaint?: () => void }).triggerRepaint;
    if (withheld) held.triggerRepaint();
  };

  held.triggerRepaint = function withheldRepaint() {
    withheld = true;
  };
  const timer = setTimeout(release, maxMs);
  map.on("movestart", release);
  for (const type of INPUT_EVENTS) container.addEventListener(type, release, { capture: true, passive: true });
  return release;
}
