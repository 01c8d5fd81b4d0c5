/**
 * The embed's public API, one module per side or dialect:
 * - protocol.ts — our dialect: constants, limits, message types, `parseEmbedMessage`;
 * - pym.ts      — pym.js messages and viewport positions, both ways;
 * - amp.ts      — the AMP / @newswire/frames resize request, both ways;
 * - child.ts    — the story's side (`connectToHost`, `linkToHost`, `isFramed`);
 * - host.ts     — the host page's side (`startEmbedHost`; embed-entry.ts builds it into dist/embed.js);
 * - theme.ts    — what the themes do to a page (`applyTheme`);
 * - snippet.ts  — the HTML a journalist pastes (`buildSnippet`).
 *
 * @module
 */
export {
  EMBED_LIMITS,
  EMBED_SOURCE,
  EMBED_THEMES,
  EMBED_VERSION,
  STEP_ID,
  isStepRef,
  parseEmbedMessage,
  type EmbedDirection,
  type EmbedEnvelope,
  type EmbedTheme,
  type GeometryMessage,
  type HeightMessage,
  type ReadyMessage,
  type ScrollToMessage,
  type StepMessage,
  type ThemeMessage,
  type ToChildMessage,
  type ToHostMessage,
} from './protocol.ts';
export { formatPymMessage, formatViewportPosition, parseDecimal, parsePymMessage, parseViewportPosition, type PymMessage, type ViewportPosition } from './pym.ts';
export { ampEmbedSize, parseAmpMessage, type AmpEmbedSize } from './amp.ts';
export { connectToHost, isFramed, linkToHost, type HostConnection, type HostGeometry, type HostHandlers, type HostLinkConnection } from './child.ts';
export { startEmbedHost } from './host.ts';
export { applyTheme, isPinnedTheme } from './theme.ts';
export { buildSnippet, type SnippetOptions } from './snippet.ts';
