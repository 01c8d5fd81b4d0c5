/**
 * The host page's side of the embed: what dist/embed.js does on a newsroom's page, in every
 * dialect a child may speak (ours, AMP / @newswire/frames, pym.js).
 *
 * @module
 */
import { parseAmpMessage } from './amp.ts';
import { clamp, EMBED_LIMITS, EMBED_SOURCE, EMBED_VERSION, isStepRef, parseEmbedMessage } from './protocol.ts';
import { formatPymMessage, formatViewportPosition, parseDecimal, parsePymMessage } from './pym.ts';

/** The iframes the host script manages. */
const SELECTOR = 'iframe[data-cambodia-embed]';
/** The smallest height the host gives a frame, px, whatever the child says. */
const MIN_FRAME_HEIGHT = 50;

/**
 * The host side of the embed: resizes our iframes to their content and tells each child where it
 * is in the host viewport. `embed-entry.ts` runs it on the newsroom's page; tests run it on a fake window.
 *
 * @example
 * // <iframe data-cambodia-embed data-step="3" data-theme="dark" src="https://example.org/cambodia/"></iframe>
 * const stop = startEmbedHost(window);
 * // … the child sends { source, v: 1, type: 'ready' } → the host answers step 3, theme 'dark'
 * //   and a geometry message; on every scroll frame it sends geometry again if it changed.
 * stop(); // removes every listener
 *
 * - Manages every `iframe[data-cambodia-embed]`, including ones added later: each message's
 *   `event.source` is looked up among the page's current iframes.
 * - Accepts a message only from an iframe's `contentWindow` and only with `event.origin` equal to
 *   `new URL(iframe.src, location.href).origin`; anything else is ignored silently. A sandboxed
 *   frame without allow-same-origin (origin "null") is therefore ignored.
 * - Height, from our `height`, AMP `embed-size` or pym `height`, sets `iframe.style.height` to
 *   the rounded height clamped to 50 … 100 000 px (skipped when unchanged).
 * - `scroll-to` (ours, or pym `scrollToChildPos`) scrolls the host so that child y = offset
 *   (clamped to the frame's height) is at the viewport's top; smooth unless reduced motion is asked.
 * - `ready` (ours) answers `data-step` (a published step number 1 … 1000, or a step id) and `data-theme`
 *   (light | dark | transparent | auto) when the iframe has them, and restarts its geometry.
 * - pym `parentPositionInfo` is answered with pym `viewport-iframe-position` for the same id.
 * - pym `navigateTo` and everything else are ignored: a child never makes the host navigate.
 * - Geometry (`top` rounded to 0.5 px, the viewport's size) goes to each frame that has sent a
 *   valid message, right after its first one and then at most once per animation frame on
 *   scroll and resize, only when it changed; targetOrigin is always the frame's origin.
 * - Never throws and never logs.
 */
export function startEmbedHost(win: Window): () => void {
  /** The frames that have sent a valid message, with the geometry last sent to each. */
  const heard = new Map<HTMLIFrameElement, { geometry: string }>();
  let queued = false;
  let request = 0;

  const originOf = (frame: HTMLIFrameElement) => new URL(frame.src, win.location.href).origin;
  const post = (frame: HTMLIFrameElement, message: unknown) =>
    frame.contentWindow?.postMessage(message, originOf(frame));

  function sendGeometry(frame: HTMLIFrameElement, state: { geometry: string }) {
    const top = clamp(Math.round(frame.getBoundingClientRect().top * 2) / 2, -EMBED_LIMITS.maxTop, EMBED_LIMITS.maxTop);
    const viewportHeight = clamp(win.innerHeight, EMBED_LIMITS.minViewport, EMBED_LIMITS.maxViewport);
    const viewportWidth = clamp(win.innerWidth, EMBED_LIMITS.minViewport, EMBED_LIMITS.maxViewport);
    const geometry = `${top} ${viewportHeight} ${viewportWidth}`;
    if (geometry === state.geometry) return;
    state.geometry = geometry;
    post(frame, { source: EMBED_SOURCE, v: EMBED_VERSION, type: 'geometry', top, viewportHeight, viewportWidth });
  }

  function setHeight(frame: HTMLIFrameElement, height: number) {
    const px = Math.round(clamp(height, MIN_FRAME_HEIGHT, EMBED_LIMITS.maxHeight)) + 'px';
    if (frame.style.height !== px) frame.style.height = px;
  }

  function scrollToChild(frame: HTMLIFrameElement, offset: number) {
    const rect = frame.getBoundingClientRect();
    const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    win.scrollTo({
      top: win.scrollY + rect.top + clamp(offset, 0, rect.height),
      behavior: reduce ? 'auto' : 'smooth',
    });
  }

  /** Sends a host → child message built from the iframe's attributes, if it is valid. */
  function sendChecked(frame: HTMLIFrameElement, fields: object) {
    const message = parseEmbedMessage({ source: EMBED_SOURCE, v: EMBED_VERSION, ...fields }, 'to-child');
    if (message) post(frame, message);
  }

  /** Acts on one message from `frame`; tells whether it was a valid one. */
  function handle(frame: HTMLIFrameElement, data: unknown): boolean {
    const ours = parseEmbedMessage(data, 'to-host');
    if (ours) {
      if (ours.type === 'height') setHeight(frame, ours.height);
      else if (ours.type === 'scroll-to') scrollToChild(frame, ours.offset);
      else {
        // A (re)started child: it gets its settings and, below, fresh geometry.
        heard.delete(frame);
        const { step, theme } = frame.dataset;
        // data-step="7" (the number a step was published under) or data-step="result" (its id).
        const ref = step && /^\d{1,4}$/.test(step) ? Number(step) : step;
        if (isStepRef(ref)) sendChecked(frame, { type: 'step', step: ref });
        if (theme) sendChecked(frame, { type: 'theme', theme });
      }
      return true;
    }
    const amp = parseAmpMessage(data);
    if (amp) {
      setHeight(frame, amp.height);
      return true;
    }
    const pym = parsePymMessage(data);
    if (!pym) return false;
    if (pym.type === 'parentPositionInfo') {
      const rect = frame.getBoundingClientRect();
      const position = formatViewportPosition(win.innerWidth, win.innerHeight, rect.top, rect.left, rect.bottom, rect.right);
      post(frame, formatPymMessage(pym.id, 'viewport-iframe-position', position));
      return true;
    }
    const value = parseDecimal(pym.payload);
    if (value === null || value < 0 || value > EMBED_LIMITS.maxHeight) return false;
    if (pym.type === 'height') setHeight(frame, value);
    else if (pym.type === 'scrollToChildPos') scrollToChild(frame, value);
    else return false; // navigateTo and the rest: never acted upon
    return true;
  }

  function onMessage(event: MessageEvent) {
    try {
      const source = event.source;
      if (!source) return;
      let frame: HTMLIFrameElement | undefined;
      for (const element of win.document.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
        if (element.contentWindow === source) frame = element;
      }
      if (!frame || event.origin !== originOf(frame) || !handle(frame, event.data)) return;
      const state = heard.get(frame) ?? { geometry: '' };
      heard.set(frame, state);
      sendGeometry(frame, state);
    } catch {
      // A hostile or broken message must not break the host page.
    }
  }

  function onFrame() {
    queued = false;
    for (const [frame, state] of heard) {
      try {
        if (frame.isConnected === false) heard.delete(frame);
        else sendGeometry(frame, state);
      } catch {
        // One broken frame must not stop the others.
      }
    }
  }

  function onScrollOrResize() {
    if (queued || heard.size === 0) return;
    queued = true;
    request = win.requestAnimationFrame(onFrame);
  }

  const passive = { passive: true };
  win.addEventListener('message', onMessage);
  win.addEventListener('scroll', onScrollOrResize, passive);
  win.addEventListener('resize', onScrollOrResize, passive);
  return () => {
    win.removeEventListener('message', onMessage);
    win.removeEventListener('scroll', onScrollOrResize);
    win.removeEventListener('resize', onScrollOrResize);
    if (queued) win.cancelAnimationFrame(request);
    queued = false;
    heard.clear();
  };
}
