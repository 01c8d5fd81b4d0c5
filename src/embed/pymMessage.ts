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
