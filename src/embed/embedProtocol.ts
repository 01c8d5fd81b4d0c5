/**
 * The constants and message types of our iframe dialect: plain objects sent with `postMessage`,
 * tagged with `source` and `v` so that they cannot be mistaken for anyone else's messages.
 * This file only describes the protocol; `parseEmbedMessage` checks it.
 *
 * @example
 * const message: HeightMessage = { source: EMBED_SOURCE, v: EMBED_VERSION, type: 'height', height: 4321 };
 * parent.postMessage(message, '*');
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
 * - `step`      — a deep link to step N (an integer, 1 … 1000).
 * A message with a number out of its range is invalid as a whole: it is dropped, never clamped.
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

/** The themes a host may ask for. */
export const EMBED_THEMES = ['light', 'dark', 'transparent', 'auto'] as const;
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
