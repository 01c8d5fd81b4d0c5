import { parseDecimal } from './parseDecimal.ts';

/** Where a pym parent says the iframe is, in the parent's viewport, and the viewport's size. */
export interface ViewportPosition {
  viewportWidth: number;
  viewportHeight: number;
  /** The iframe's `getBoundingClientRect()` edges in the parent's viewport, px. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Reads the payload of pym.js's `viewport-iframe-position` message,
 * `"{viewportWidth} {viewportHeight} {top} {left} {bottom} {right}"`, or gives `null`.
 *
 * @example
 * parseViewportPosition('1280 720 -350.5 0 5650 1280')
 * // → { viewportWidth: 1280, viewportHeight: 720, top: -350.5, left: 0, bottom: 5650, right: 1280 }
 * parseViewportPosition('1280 720 -350.5 0 5650')    // → null (five numbers)
 * parseViewportPosition('1280  720 0 0 0 0')         // → null (two spaces)
 * parseViewportPosition('1280 720 NaN 0 5650 1280')  // → null
 *
 * Exactly six finite numbers, as JavaScript writes them, separated by single spaces, at most
 * 200 characters in all. Ranges are not checked here: the caller checks what it uses. Never throws.
 */
export function parseViewportPosition(payload: unknown): ViewportPosition | null {
  if (typeof payload !== 'string' || payload.length > 200) return null;
  const parts = payload.split(' ');
  if (parts.length !== 6) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    const value = parseDecimal(part);
    if (value === null) return null;
    numbers.push(value);
  }
  const [viewportWidth, viewportHeight, top, left, bottom, right] = numbers;
  return { viewportWidth, viewportHeight, top, left, bottom, right };
}
