/** A pym.js message split into its parts. */
export interface PymMessage {
  /** The child's id (pym parents pass it to the child as the `childId` query parameter). */
  id: string;
  /** The message type, e.g. 'height', 'parentPositionInfo', 'viewport-iframe-position'. */
  type: string;
  /** Everything after the type; may be empty. */
  payload: string;
}

/** The longest pym message we read; real ones are well under 200 characters. */
const MAX_LENGTH = 2000;
const DELIMITER = 'xPYMx';
const PREFIX = 'pym' + DELIMITER;

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
