/**
 * The part of a frame the reader can see, from what IntersectionObserver reports for the blocks
 * inside it: the union of their visible rectangles. Works in a cross-origin iframe, where
 * `rootMargin` is ignored and `rootBounds` is null (see EMBED-NOTES). Rects in frame coordinates.
 *
 *   visibleBand([{ top: 100, bottom: 400 }, { top: 400, bottom: 700 }]) // → { top: 100, bottom: 700 }
 *   visibleBand([{ top: 0, bottom: 0 }]) // → null (nothing visible)
 */
export function visibleBand(rects: readonly { top: number; bottom: number }[]): { top: number; bottom: number } | null {
  let top = Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    if (!(r.bottom > r.top)) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
  }
  return bottom > top ? { top, bottom } : null;
}
