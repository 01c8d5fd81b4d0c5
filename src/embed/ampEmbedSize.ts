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
