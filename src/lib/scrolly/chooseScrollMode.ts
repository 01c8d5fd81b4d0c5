/** How the page follows the reader: `chooseScrollMode` tells which applies; `<html data-scroll-mode>` shows it. */
export type ScrollMode = 'page' | 'host' | 'frame' | 'unrolled';

/**
 * Which of the ways of following the reader applies, from what the page can observe about itself.
 *
 * - "page": a top-level page: scrollama and CSS sticky.
 * - "host": inside a frame whose host sends its geometry (our host script, or pym with scroll
 *   tracking): steps follow the host's scroll, the graphic's stickiness is emulated.
 * - "frame": inside a fixed-height frame that scrolls by itself: as on a page, in the frame.
 * - "unrolled": inside an auto-height frame with no geometry: each step shows its own chart, and the
 *   active step comes from IntersectionObserver visibility.
 *
 *   chooseScrollMode({ framed: false })                                   // → "page"
 *   chooseScrollMode({ framed: true, hasGeometry: true })                 // → "host"
 *   chooseScrollMode({ framed: true, hasGeometry: false, frameScrolls: true, resized: false, settled: true }) // → "frame"
 *   chooseScrollMode({ framed: true, hasGeometry: false, frameScrolls: false, resized: true, settled: true }) // → "unrolled"
 */
export function chooseScrollMode(s: {
  framed: boolean;
  /** Geometry from the host has arrived recently. */
  hasGeometry?: boolean;
  /** The frame's document is taller than the frame, so it scrolls inside itself. */
  frameScrolls?: boolean;
  /** Someone resized the frame to the height the child reported (an auto-height resizer). */
  resized?: boolean;
  /** Enough time has passed since start for a resizer or the host to have answered. */
  settled?: boolean;
}): ScrollMode {
  if (!s.framed) return 'page';
  if (s.hasGeometry) return 'host';
  if (s.settled && s.frameScrolls && !s.resized) return 'frame';
  return 'unrolled';
}
