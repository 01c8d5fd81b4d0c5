import { asPlainRecord } from './asPlainRecord.ts';
import {
  EMBED_LIMITS as L,
  EMBED_SOURCE,
  EMBED_THEMES,
  EMBED_VERSION,
  isStepRef,
  type EmbedDirection,
  type EmbedTheme,
  type ToChildMessage,
  type ToHostMessage,
} from './embedProtocol.ts';
import { isNumberIn } from './isNumberIn.ts';

/**
 * Turns whatever arrived in a `message` event into one of our typed messages, or `null`.
 * It is the only gate between `event.data` and our code, on both sides of the frame.
 *
 * @example
 * parseEmbedMessage({ source: 'cambodia-2013-explainer', v: 1, type: 'height', height: 812, extra: 1 }, 'to-host')
 * // → { source: 'cambodia-2013-explainer', v: 1, type: 'height', height: 812 }   (extra fields dropped)
 * parseEmbedMessage({ source: 'cambodia-2013-explainer', v: 1, type: 'height', height: 1e9 }, 'to-host')
 * // → null   (out of range: dropped, not clamped)
 * parseEmbedMessage({ source: 'cambodia-2013-explainer', v: 1, type: 'height', height: 812 }, 'to-child')
 * // → null   (height travels to the host only)
 *
 * Rules (see embedProtocol.ts for the ranges):
 * - `data` must be a plain object with `source === EMBED_SOURCE` and `v === 1`;
 * - `type` must be one of the direction's types; fields of other types are not looked at;
 * - every number must be of type `number`, finite and in its range, `step` an integer;
 *   a message with any field out of range is dropped as a whole (no clamping);
 * - each field is read once, and a hostile object (a throwing getter, a Proxy) gives `null`:
 *   this function never throws.
 * The result is a fresh object with only the message's own fields.
 */
export function parseEmbedMessage(data: unknown, direction: 'to-host'): ToHostMessage | null;
export function parseEmbedMessage(data: unknown, direction: 'to-child'): ToChildMessage | null;
export function parseEmbedMessage(data: unknown, direction: EmbedDirection): ToHostMessage | ToChildMessage | null;
export function parseEmbedMessage(data: unknown, direction: EmbedDirection): ToHostMessage | ToChildMessage | null {
  try {
    const record = asPlainRecord(data);
    if (!record || record.source !== EMBED_SOURCE || record.v !== EMBED_VERSION) return null;
    const envelope = { source: EMBED_SOURCE, v: EMBED_VERSION } as const;
    const type = record.type;
    if (direction === 'to-host') {
      if (type === 'ready') return { ...envelope, type };
      if (type === 'height') {
        const height = record.height;
        return isNumberIn(height, 0, L.maxHeight) ? { ...envelope, type, height } : null;
      }
      if (type === 'scroll-to') {
        const offset = record.offset;
        return isNumberIn(offset, 0, L.maxOffset) ? { ...envelope, type, offset } : null;
      }
      return null;
    }
    if (direction === 'to-child') {
      if (type === 'geometry') {
        const top = record.top;
        const viewportHeight = record.viewportHeight;
        const viewportWidth = record.viewportWidth;
        if (!isNumberIn(top, -L.maxTop, L.maxTop)) return null;
        if (!isNumberIn(viewportHeight, L.minViewport, L.maxViewport)) return null;
        if (!isNumberIn(viewportWidth, L.minViewport, L.maxViewport)) return null;
        return { ...envelope, type, top, viewportHeight, viewportWidth };
      }
      if (type === 'theme') {
        const theme = record.theme;
        return typeof theme === 'string' && (EMBED_THEMES as readonly string[]).includes(theme)
          ? { ...envelope, type, theme: theme as EmbedTheme }
          : null;
      }
      if (type === 'step') {
        const step = record.step;
        return isStepRef(step) ? { ...envelope, type, step } : null;
      }
    }
    return null;
  } catch {
    return null;
  }
}
