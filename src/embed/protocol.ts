/**
 * Our iframe dialect: plain objects sent with `postMessage`, tagged with `source` and `v` so that
 * they cannot be mistaken for anyone else's messages; their constants, types and limits, and
 * `parseEmbedMessage`, the one gate every received message of ours goes through.
 *
 * Child → host:
 * - `height`    — the child's content height in CSS px (finite, 0 … 100 000);
 * - `scroll-to` — scroll the host so that child y = `offset` (finite, 0 … 100 000) is at the top of
 *                 the host viewport;
 * - `ready`     — the child has started and listens.
 * Host → child:
 * - `geometry`  — the iframe element's `getBoundingClientRect().top` in the host viewport (finite,
 *                 |top| ≤ 1 000 000, may be negative) and the host viewport's size (1 … 100 000);
 * - `theme`     — 'light' | 'dark' | 'transparent' | 'auto';
 * - `step`      — a deep link to a step: its id, or the number it was first published under (1 … 1000).
 * A message with a number out of its range is invalid as a whole: it is dropped, never clamped.
 *
 * @module
 */

/**
 * The `source` every message of our dialect carries.
 *
 * @example
 * const message: HeightMessage = { source: EMBED_SOURCE, v: EMBED_VERSION, type: 'height', height: 4321 };
 * parent.postMessage(message, '*');
 */
export const EMBED_SOURCE = 'cambodia-2013-explainer';

/** The dialect's version; a receiver drops any other version. */
export const EMBED_VERSION = 1;

/** The ranges of every numeric field; a value outside its range makes the message invalid. */
export const EMBED_LIMITS = {
  /** `height`, px: 0 … maxHeight. */
  maxHeight: 100_000,
  /** `offset`, px: 0 … maxOffset. */
  maxOffset: 100_000,
  /** `top`, px: -maxTop … maxTop. */
  maxTop: 1_000_000,
  /** `viewportHeight` and `viewportWidth`, px: minViewport … maxViewport. */
  minViewport: 1,
  maxViewport: 100_000,
  /** `step`: an integer, minStep … maxStep (a published step number), or a step id of at most maxStepId characters. */
  minStep: 1,
  maxStep: 1000,
  maxStepId: 64,
} as const;

/** A step id as data/copy.json writes them: lower-case letters, digits and single hyphens, with at least one letter. */
export const STEP_ID = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Whether a value names a step: a published step number (an integer minStep … maxStep) or a step id.
 *
 *   isStepRef(7) // → true;  isStepRef('result') // → true;  isStepRef('3') // → false (a number is sent as a number)
 */
export function isStepRef(value: unknown): value is number | string {
  if (typeof value === 'string') return value.length <= EMBED_LIMITS.maxStepId && STEP_ID.test(value);
  return typeof value === 'number' && Number.isInteger(value) && value >= EMBED_LIMITS.minStep && value <= EMBED_LIMITS.maxStep;
}

/**
 * The themes a host may ask for (a `theme` message, `data-theme`, `?theme=`): the first three pin
 * the embed's look, "auto" follows the reader's colour scheme. theme.ts applies them.
 */
export const EMBED_THEMES = ['light', 'dark', 'transparent', 'auto'] as const;

/** One of `EMBED_THEMES`. */
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The fields every message of our dialect carries. */
export interface EmbedEnvelope {
  source: typeof EMBED_SOURCE;
  v: typeof EMBED_VERSION;
}

/** Child → host: the child's content height in CSS px. */
export interface HeightMessage extends EmbedEnvelope {
  type: 'height';
  height: number;
}

/** Child → host: scroll so that child y = `offset` is at the top of the host viewport. */
export interface ScrollToMessage extends EmbedEnvelope {
  type: 'scroll-to';
  offset: number;
}

/** Child → host: the child has started and listens. */
export interface ReadyMessage extends EmbedEnvelope {
  type: 'ready';
}

/** Host → child: where the iframe is in the host viewport, and the viewport's size. */
export interface GeometryMessage extends EmbedEnvelope {
  type: 'geometry';
  top: number;
  viewportHeight: number;
  viewportWidth: number;
}

/** Host → child: the theme the host page wants. */
export interface ThemeMessage extends EmbedEnvelope {
  type: 'theme';
  theme: EmbedTheme;
}

/** Host → child: open at a step, by id ("result") or by the number it was first published under (7). */
export interface StepMessage extends EmbedEnvelope {
  type: 'step';
  step: number | string;
}

/** Every message a child sends to its host. */
export type ToHostMessage = HeightMessage | ScrollToMessage | ReadyMessage;

/** Every message a host sends to a child. */
export type ToChildMessage = GeometryMessage | ThemeMessage | StepMessage;

/** Which way a message travels; each direction has its own types. */
export type EmbedDirection = 'to-host' | 'to-child';

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
 * Rules (see `EMBED_LIMITS` for the ranges):
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
        return isNumberIn(height, 0, EMBED_LIMITS.maxHeight) ? { ...envelope, type, height } : null;
      }
      if (type === 'scroll-to') {
        const offset = record.offset;
        return isNumberIn(offset, 0, EMBED_LIMITS.maxOffset) ? { ...envelope, type, offset } : null;
      }
      return null;
    }
    if (direction === 'to-child') {
      if (type === 'geometry') {
        const top = record.top;
        const viewportHeight = record.viewportHeight;
        const viewportWidth = record.viewportWidth;
        if (!isNumberIn(top, -EMBED_LIMITS.maxTop, EMBED_LIMITS.maxTop)) return null;
        if (!isNumberIn(viewportHeight, EMBED_LIMITS.minViewport, EMBED_LIMITS.maxViewport)) return null;
        if (!isNumberIn(viewportWidth, EMBED_LIMITS.minViewport, EMBED_LIMITS.maxViewport)) return null;
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

// The helpers below are shared inside src/embed (amp.ts reads with the same rules, child.ts and
// host.ts clamp what they send); index.ts does not export them.

/**
 * Lets a received message through only if it is a plain object: not null, not an array, not a
 * class instance (Date, Map, a DOM node …). Objects from another realm pass, since structured
 * clone builds them there; so do objects without a prototype.
 *
 * @example
 * asPlainRecord({ type: 'height' })      // → the same object, typed as a record
 * asPlainRecord(Object.create(null))     // → that object
 * asPlainRecord([1, 2]) // → null     asPlainRecord(null) // → null     asPlainRecord('x') // → null
 * asPlainRecord(new Date())              // → null
 *
 * A Proxy whose traps throw makes this throw: callers wrap it (and their field reads) in try/catch.
 */
export function asPlainRecord(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return null;
  return data as Record<string, unknown>;
}

/**
 * Whether a received value is a finite number of type `number` within [min, max]. Strings,
 * NaN, ±Infinity and boxed numbers are not.
 *
 * @example
 * isNumberIn(12.5, 0, 100)   // → true
 * isNumberIn(-1, 0, 100)     // → false
 * isNumberIn('12', 0, 100)   // → false
 * isNumberIn(NaN, 0, 100)    // → false
 */
export function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && value >= min && value <= max;
}

/**
 * `value` brought into [min, max]: how each side keeps what it sends (or sets) within range.
 *
 *   clamp(1e9, 0, EMBED_LIMITS.maxHeight) // → 100000;  clamp(-5, 0, 10) // → 0
 */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
