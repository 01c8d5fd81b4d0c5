/**
 * Writes the payload of pym.js's `viewport-iframe-position` message, as a pym parent does:
 * the host viewport's size and the iframe's `getBoundingClientRect()` edges, joined by spaces.
 *
 * @example
 * const rect = iframe.getBoundingClientRect();
 * formatViewportPosition(innerWidth, innerHeight, rect.top, rect.left, rect.bottom, rect.right)
 * // → '1280 720 -350.5 0 5650 1280'
 */
export function formatViewportPosition(
  viewportWidth: number,
  viewportHeight: number,
  top: number,
  left: number,
  bottom: number,
  right: number,
): string {
  return [viewportWidth, viewportHeight, top, left, bottom, right].join(' ');
}
