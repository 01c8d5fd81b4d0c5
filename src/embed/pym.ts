/**
 * The pym.js 1.3.2 dialect, both ways: its message strings `pymxPYMx{id}xPYMx{type}xPYMx{payload}`,
 * the payload of `viewport-iframe-position`, and the numbers in text its payloads carry.
 *
 * @module
 */

/** The longest pym message we read; real ones are well under 200 characters. */
const MAX_LENGTH = 2000;
const DELIMITER = 'xPYMx';
const PREFIX = 'pym' + DELIMITER;

/** A pym.js message split into its parts. */
export interface PymMessage {
  /** The child's id (pym parents pass it to the child as the `childId` query parameter). */
  id: string;
  /** The message type, e.g. 'height', 'parentPositionInfo', 'viewport-iframe-position'. */
  type: string;
  /** Everything after the type; may be empty. */
  payload: string;
}

/**
 * Writes a message in pym.js 1.3.2's string format, so that pym parents and children (NPR's
 * pym.js, WordPress "Pym Shortcode", Reuters' PymChild, AMP) understand us.
 *
 * @example
 * formatPymMessage('story', 'height', 4321)          // → 'pymxPYMxstoryxPYMxheightxPYMx4321'
 * formatPymMessage('story', 'parentPositionInfo')    // → 'pymxPYMxstoryxPYMxparentPositionInfoxPYMx'
 *
 * `id` and `type` must be non-empty and must not contain 'xPYMx' (`type` no whitespace either);
 * `payload` must not contain line breaks. The caller guarantees this: pym's own children do the same.
 */
export function formatPymMessage(id: string, type: string, payload: string | number = ''): string {
  return `pymxPYMx${id}xPYMx${type}xPYMx${payload}`;
}

/**
 * Reads a pym.js 1.3.2 message, `pymxPYMx{id}xPYMx{type}xPYMx{payload}`, or gives `null`.
 *
 * @example
 * parsePymMessage('pymxPYMxstoryxPYMxheightxPYMx4321')
 * // → { id: 'story', type: 'height', payload: '4321' }
 * parsePymMessage('pymxPYMxstoryxPYMxparentPositionInfoxPYMx')
 * // → { id: 'story', type: 'parentPositionInfo', payload: '' }
 * parsePymMessage({ id: 'story' })      // → null (not a string)
 * parsePymMessage('pymxPYMxstoryxPYMx') // → null (no type)
 *
 * Rules, after pym's own pattern `^pymxPYMx{id}xPYMx(\S+)xPYMx(.*)$`:
 * - a string of at most 2000 characters starting with 'pymxPYMx';
 * - `id` is the text up to the next 'xPYMx', `type` the text up to the one after: both non-empty,
 *   `type` without whitespace;
 * - `payload` is the rest (it may contain 'xPYMx') and has no line breaks.
 * The caller decides whether `id` is one it knows and what the payload means. Never throws.
 */
export function parsePymMessage(data: unknown): PymMessage | null {
  if (typeof data !== 'string' || data.length > MAX_LENGTH || !data.startsWith(PREFIX)) return null;
  const idEnd = data.indexOf(DELIMITER, PREFIX.length);
  if (idEnd <= PREFIX.length) return null;
  const typeStart = idEnd + DELIMITER.length;
  const typeEnd = data.indexOf(DELIMITER, typeStart);
  if (typeEnd <= typeStart) return null;
  const type = data.slice(typeStart, typeEnd);
  const payload = data.slice(typeEnd + DELIMITER.length);
  if (/\s/.test(type) || /[\n\r\u2028\u2029]/.test(payload)) return null;
  return { id: data.slice(PREFIX.length, idEnd), type, payload };
}

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
  // Six parts, each parsed to a number above: the tuple type states what the checks proved.
  const [viewportWidth, viewportHeight, top, left, bottom, right] = numbers as [number, number, number, number, number, number];
  return { viewportWidth, viewportHeight, top, left, bottom, right };
}

/**
 * Reads a number written as JavaScript writes one (`String(n)`), strictly: the payloads of pym
 * messages are numbers in text. `Number()` alone would also take '', ' 12 ', '0x1f' and 'Infinity'.
 *
 * @example
 * parseDecimal('4321')     // → 4321
 * parseDecimal('-12.5')    // → -12.5
 * parseDecimal('1.5e-7')   // → 1.5e-7
 * parseDecimal('')         // → null
 * parseDecimal('0x1f')     // → null
 * parseDecimal('Infinity') // → null
 * parseDecimal('1e400')    // → null (not finite)
 */
export function parseDecimal(text: string): number | null {
  if (text.length > 40 || !/^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value + 0 : null;
}
