/**
 * The story's side of the embed (the child in the frame): it talks to whatever resizer the host
 * page runs, in every dialect at once (ours, AMP / @newswire/frames, pym.js).
 *
 * @module
 */
import { ampEmbedSize } from './amp.ts';
import { clamp, EMBED_LIMITS, EMBED_SOURCE, EMBED_VERSION, parseEmbedMessage, type EmbedTheme } from './protocol.ts';
import { formatPymMessage, parsePymMessage, parseViewportPosition } from './pym.ts';

/** When to repeat `ready` (and the last height) while no host script has answered, ms after start. */
const HELLO_RETRIES_MS = [400, 1000, 2500, 6000];

/** Where the host says the frame is: its top in the host viewport and the viewport's size, px. */
export interface HostGeometry {
  top: number;
  viewportHeight: number;
  viewportWidth: number;
  /** Which dialect brought it: our host script, or a pym.js parent. */
  via: 'ours' | 'pym';
}

/** What the child wants to hear from its host; every handler is optional. */
export interface HostHandlers {
  /** The frame's position in the host viewport (values always within the `geometry` ranges). */
  onGeometry?(geometry: HostGeometry): void;
  /** The theme the host page asks for (its iframe's `data-theme`). */
  onTheme?(theme: EmbedTheme): void;
  /** A deep link to a step: its id, or the number it was first published under (its iframe's `data-step`). */
  onStep?(step: number | string): void;
}

/** The child's side of the conversation. */
export interface HostConnection {
  /** Whether the page runs inside a frame; when it does not, nothing is ever sent. */
  readonly framed: boolean;
  /** Tells the host the content's height in CSS px, in every dialect a resizer may speak. */
  reportHeight(height: number): void;
  /** Asks the host to scroll so that child y = `offset` px is at the top of its viewport. */
  requestScrollTo(offset: number): void;
  /** Stops listening; later reports and requests send nothing. */
  stop(): void;
}

/** Whether `win` runs inside a frame (a page of its own is its own parent). Never throws. */
export function isFramed(win: Window): boolean {
  try {
    return win.parent != null && win.parent !== win;
  } catch {
    return false;
  }
}

/**
 * The child side of the embed: reports the story's height to whatever resizer the host runs
 * (our host script, AMP / @newswire/frames, pym.js) and hands the host's messages to `handlers`.
 * It knows nothing about charts or steps; the caller decides what geometry means.
 *
 * @example
 * const host = connectToHost(window, { onGeometry: (g) => follow(g.top, g.viewportHeight), onStep: jumpTo });
 * if (host.framed) new ResizeObserver(() => host.reportHeight(document.documentElement.offsetHeight))
 *   .observe(document.documentElement);
 * // → posts { source, v: 1, type: 'height', height }, { sentinel: 'amp', type: 'embed-size', height }
 * //   and, on a page opened as …?childId=story, 'pymxPYMxstoryxPYMxheightxPYMx{height}'
 * host.stop();
 *
 * - `framed` is `win.parent !== win`; when false, nothing is sent and nothing is listened to.
 * - On start (framed): listens, then posts our `ready`; with a `childId` it also posts pym
 *   `parentPositionInfo` once, so that a pym parent answers with the frame's position. Until our
 *   geometry arrives it repeats `ready` (and the last height) after 0.4, 1, 2.5 and 6 s, for a host
 *   script that loads after the story.
 * - `reportHeight(h)` rounds h up, clamps it to 0 … 100 000 and posts it (targetOrigin '*': a
 *   height is no secret) unless it is within 1 px of the last report — no resize oscillation.
 * - `requestScrollTo(offset)` clamps offset to 0 … 100 000 and posts our `scroll-to` (and pym
 *   `scrollToChildPos`, rounded, with a `childId`).
 * - Listens only to messages whose `event.source` is `win.parent` (the host's origin cannot be
 *   known in advance, so every field is validated instead): our `geometry`, `theme` and `step`,
 *   and pym `viewport-iframe-position` for this `childId`. Once our own geometry has arrived, pym
 *   positions are ignored, so a page that runs both does not get each position twice.
 * - Nothing it does throws; an error thrown by a handler goes to `win.reportError` when there is one.
 */
export function connectToHost(win: Window, handlers: HostHandlers): HostConnection {
  const framed = isFramed(win);
  const childId = readChildId(win);
  let stopped = false;
  let lastHeight: number | undefined;
  let heardOurGeometry = false;

  const post = (message: unknown) => {
    if (!framed || stopped) return;
    try {
      win.parent.postMessage(message, '*');
    } catch {
      // A detached parent: nothing to tell.
    }
  };

  function onMessage(event: MessageEvent) {
    try {
      if (event.source !== win.parent) return;
      const data: unknown = event.data;
      const ours = parseEmbedMessage(data, 'to-child');
      if (ours?.type === 'geometry') {
        heardOurGeometry = true;
        const { top, viewportHeight, viewportWidth } = ours;
        handlers.onGeometry?.({ top, viewportHeight, viewportWidth, via: 'ours' });
      } else if (ours?.type === 'theme') handlers.onTheme?.(ours.theme);
      else if (ours?.type === 'step') handlers.onStep?.(ours.step);
      else if (childId !== null && !heardOurGeometry) {
        const pym = parsePymMessage(data);
        if (!pym || pym.id !== childId || pym.type !== 'viewport-iframe-position') return;
        const position = parseViewportPosition(pym.payload);
        if (!position) return;
        const { top, viewportHeight, viewportWidth } = position;
        // The same ranges as our own geometry, checked by the same gate.
        const checked = parseEmbedMessage(
          { source: EMBED_SOURCE, v: EMBED_VERSION, type: 'geometry', top, viewportHeight, viewportWidth },
          'to-child',
        );
        if (checked) handlers.onGeometry?.({ top, viewportHeight, viewportWidth, via: 'pym' });
      }
    } catch (error) {
      try {
        win.reportError?.(error);
      } catch {
        // Nothing more to do.
      }
    }
  }

  const timers: number[] = [];
  if (framed) {
    win.addEventListener('message', onMessage);
    post({ source: EMBED_SOURCE, v: EMBED_VERSION, type: 'ready' });
    if (childId !== null) post(formatPymMessage(childId, 'parentPositionInfo'));
    // The host script may load after the story (an async script tag): until it answers, say hello
    // again a few times, with the last height, so a late host still sizes the frame.
    for (const delay of HELLO_RETRIES_MS) {
      timers.push(
        win.setTimeout(() => {
          if (heardOurGeometry || stopped) return;
          post({ source: EMBED_SOURCE, v: EMBED_VERSION, type: 'ready' });
          if (lastHeight !== undefined) post({ source: EMBED_SOURCE, v: EMBED_VERSION, type: 'height', height: lastHeight });
        }, delay),
      );
    }
  }

  return {
    framed,
    reportHeight(height: number) {
      if (!Number.isFinite(height)) return;
      const rounded = Math.ceil(clamp(height, 0, EMBED_LIMITS.maxHeight));
      if (!framed || stopped || (lastHeight !== undefined && Math.abs(rounded - lastHeight) <= 1)) return;
      lastHeight = rounded;
      post({ source: EMBED_SOURCE, v: EMBED_VERSION, type: 'height', height: rounded });
      post(ampEmbedSize(rounded));
      if (childId !== null) post(formatPymMessage(childId, 'height', rounded));
    },
    requestScrollTo(offset: number) {
      if (!Number.isFinite(offset)) return;
      const clamped = clamp(offset, 0, EMBED_LIMITS.maxOffset);
      post({ source: EMBED_SOURCE, v: EMBED_VERSION, type: 'scroll-to', offset: clamped });
      if (childId !== null) post(formatPymMessage(childId, 'scrollToChildPos', Math.round(clamped)));
    },
    stop() {
      stopped = true;
      for (const timer of timers) win.clearTimeout(timer);
      if (framed) win.removeEventListener('message', onMessage);
    },
  };
}

/** A `HostConnection` whose listeners are added after it is made (src/lib/scrolly's `HostLink`). */
export interface HostLinkConnection extends HostConnection {
  /** Adds a listener for the frame's position, from a host that follows its page's scroll. */
  onGeometry(listener: (geometry: HostGeometry) => void): void;
  /** Adds a listener for the theme the host page asks for. */
  onTheme(listener: (theme: EmbedTheme) => void): void;
  /** Adds a listener for a deep link to a step (an id, or a published step number). */
  onStep(listener: (step: number | string) => void): void;
}

/**
 * `connectToHost(win, …)` for a story that follows the host's scroll: its listeners are added
 * afterwards (by `startScrolly`, and by the page for the theme), and its geometry comes only from
 * a host that tracks the scroll.
 *
 * @example
 * const host = linkToHost(window);
 * host.onTheme(applyTheme);
 * startScrolly({ steps, scrolly, graphicCol, onStep, findStep, host }); // adds onGeometry and onStep
 *
 * - Listeners added in the same task as `linkToHost` miss nothing: the host's answers to `ready`
 *   arrive as later `message` events.
 * - A pym parent answers our one `parentPositionInfo` even when it does not track the scroll, so
 *   its first position is dropped: only a second one shows that it follows the scroll. Our own
 *   host script's geometry always passes.
 * - A listener that throws stops the listeners after it for that message; the error goes to
 *   `win.reportError`, as in `connectToHost`.
 */
export function linkToHost(win: Window): HostLinkConnection {
  const geometry = listenerList<HostGeometry>();
  const theme = listenerList<EmbedTheme>();
  const step = listenerList<number | string>();
  let pymPositions = 0;
  const connection = connectToHost(win, {
    onGeometry(position) {
      // A pym parent answers our one request for its position even without scroll tracking;
      // only a second position shows that it tracks the scroll.
      if (position.via === 'pym' && ++pymPositions < 2) return;
      geometry.emit(position);
    },
    onTheme: theme.emit,
    onStep: step.emit,
  });
  return {
    framed: connection.framed,
    reportHeight: connection.reportHeight,
    requestScrollTo: connection.requestScrollTo,
    stop: connection.stop,
    onGeometry: geometry.add,
    onTheme: theme.add,
    onStep: step.add,
  };
}

/** Listeners of one kind: `add` one, `emit` to them all, in the order they were added. */
function listenerList<T>() {
  const listeners: ((value: T) => void)[] = [];
  return {
    add(listener: (value: T) => void) {
      listeners.push(listener);
    },
    emit(value: T) {
      for (const listener of listeners) listener(value);
    },
  };
}

/** pym's id for this child, from the `childId` query parameter pym parents add, if usable. */
function readChildId(win: Window): string | null {
  try {
    const id = new URL(win.location.href).searchParams.get('childId');
    return id && /^\S{1,200}$/.test(id) && !id.includes('xPYMx') ? id : null;
  } catch {
    return null;
  }
}
