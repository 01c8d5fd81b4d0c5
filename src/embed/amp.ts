/**
 * The AMP dialect (`amp-iframe`, @newswire/frames), both ways: its resize request
 * `{ sentinel: 'amp', type: 'embed-size', height }`.
 *
 * @module
 */
import { asPlainRecord, EMBED_LIMITS, isNumberIn } from './protocol.ts';

/** The message AMP's `amp-iframe` and @newswire/frames read to resize a frame. */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/**
 * Builds the AMP / @newswire/frames resize request for a child's content height.
 *
 * @example
 * parent.postMessage(ampEmbedSize(4321), '*');
 * ampEmbedSize(4321) // → { sentinel: 'amp', type: 'embed-size', height: 4321 }
 */
export function ampEmbedSize(height: number): AmpEmbedSize {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/**
 * Reads an AMP / @newswire/frames resize request, `{ sentinel: 'amp', type: 'embed-size', height }`,
 * or gives `null`.
 *
 * @example
 * parseAmpMessage({ sentinel: 'amp', type: 'embed-size', height: 4321 }) // → { type: 'embed-size', height: 4321 }
 * parseAmpMessage({ sentinel: 'amp', type: 'embed-size', height: '4321' }) // → null (a string)
 * parseAmpMessage({ sentinel: 'amp', type: 'embed-size', height: 1e9 })  // → null (out of range)
 *
 * Rules as in parseEmbedMessage: a plain object, `height` a finite number in 0 … 100 000 (out of
 * range is dropped, not clamped), extra fields ignored, hostile objects give `null`; never throws.
 */
export function parseAmpMessage(data: unknown): { type: 'embed-size'; height: number } | null {
  try {
    const record = asPlainRecord(data);
    if (!record || record.sentinel !== 'amp' || record.type !== 'embed-size') return null;
    const height = record.height;
    return isNumberIn(height, 0, EMBED_LIMITS.maxHeight) ? { type: 'embed-size', height } : null;
  } catch {
    return null;
  }
}
