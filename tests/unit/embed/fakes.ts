/**
 * Hand-written fakes of the few window and iframe members the embed code touches, so that the
 * host and child sides run in Node without a DOM.
 *
 * @example
 * const frame = fakeIframe({ src: 'https://child.example/story/' });
 * const host = fakeHostWindow({ iframes: [frame] });
 * const stop = startEmbedHost(host.asWindow());
 * host.receive(frame, { source: EMBED_SOURCE, v: 1, type: 'height', height: 900 });
 * frame.style.height // → '900px'
 */
import { vi } from 'vitest';

type Listener = (event: unknown) => void;

/** A window that records what is posted to it. */
export interface FakeMessageTarget {
  posted: { message: unknown; targetOrigin: string }[];
  postMessage(message: unknown, targetOrigin: string): void;
}

/** The minimal event target: add, remove, dispatch, count. */
function fakeEventTarget() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    addEventListener(type: string, listener: Listener) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener(type: string, listener: Listener) {
      listeners.get(type)?.delete(listener);
    },
    dispatch(type: string, event: unknown) {
      for (const listener of [...(listeners.get(type) ?? [])]) listener(event);
    },
    listenerCount(type: string) {
      return listeners.get(type)?.size ?? 0;
    },
  };
}

/** A window that records postMessage calls; messages are structured-cloned as a browser would. */
export function fakeMessageTarget(): FakeMessageTarget {
  const posted: FakeMessageTarget['posted'] = [];
  return {
    posted,
    postMessage(message, targetOrigin) {
      posted.push({ message: structuredClone(message), targetOrigin });
    },
  };
}

export type FakeIframe = ReturnType<typeof fakeIframe>;

/** An iframe element: `src`, `dataset`, `style.height`, a contentWindow and a movable rect. */
export function fakeIframe(options: { src: string; dataset?: Record<string, string>; top?: number; height?: number }) {
  return {
    src: options.src,
    dataset: { cambodiaEmbed: '', ...options.dataset } as Record<string, string>,
    style: { height: '' },
    contentWindow: fakeMessageTarget(),
    isConnected: true,
    rect: { top: options.top ?? 300, height: options.height ?? 600, left: 0, width: 640 },
    getBoundingClientRect() {
      const { top, height, left, width } = this.rect;
      return { top, height, left, width, bottom: top + height, right: left + width, x: left, y: top };
    },
  };
}

/** The host page's window: its iframes, viewport, scroll position and animation frames. */
export function fakeHostWindow(options: { href?: string; iframes?: FakeIframe[]; reducedMotion?: boolean } = {}) {
  const target = fakeEventTarget();
  const callbacks = new Map<number, FrameRequestCallback>();
  let nextId = 1;
  const win = {
    ...target,
    location: { href: options.href ?? 'https://news.example/2013/cambodia.html' },
    innerWidth: 1280,
    innerHeight: 720,
    scrollY: 1000,
    iframes: [...(options.iframes ?? [])],
    selectors: [] as string[],
    document: {
      querySelectorAll(selector: string) {
        win.selectors.push(selector);
        return win.iframes.filter((frame) => frame.isConnected);
      },
    },
    requestAnimationFrame: vi.fn((callback: FrameRequestCallback) => {
      callbacks.set(nextId, callback);
      return nextId++;
    }),
    cancelAnimationFrame: vi.fn((id: number) => {
      callbacks.delete(id);
    }),
    /** Runs the animation frames requested so far. */
    flushFrames() {
      const pending = [...callbacks.values()];
      callbacks.clear();
      for (const callback of pending) callback(0);
    },
    pendingFrames: () => callbacks.size,
    matchMedia: vi.fn((query: string) => ({ media: query, matches: options.reducedMotion ?? false })),
    scrollTo: vi.fn(),
    /** Delivers a message event from `frame`'s window (or any `source`) with `origin`. */
    receive(frame: FakeIframe | null, data: unknown, origin = frame ? new URL(frame.src).origin : 'null', source?: unknown) {
      target.dispatch('message', { data, origin, source: source ?? frame?.contentWindow ?? null });
    },
    scroll() {
      target.dispatch('scroll', {});
    },
    resize() {
      target.dispatch('resize', {});
    },
    asWindow: () => win as unknown as Window,
  };
  return win;
}

/** A child page's window, framed by a fake parent unless `framed` is false. */
export function fakeChildWindow(options: { href?: string; framed?: boolean } = {}) {
  const target = fakeEventTarget();
  const parent = fakeMessageTarget();
  /** Pending timers, run by hand with `runTimers()`. */
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const win = {
    ...target,
    location: { href: options.href ?? 'https://child.example/story/' },
    parent: parent as unknown,
    reportError: vi.fn(),
    setTimeout: (fn: () => void) => {
      timers.set(nextTimer, fn);
      return nextTimer++;
    },
    clearTimeout: (id: number) => void timers.delete(id),
    /** Runs every pending timer once, in the order they were set. */
    runTimers(): void {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((fn) => fn());
    },
    /** Delivers a message event; from the parent unless another `source` is given. */
    receive(data: unknown, ...from: [source?: unknown]): void {
      const source: unknown = from.length > 0 ? from[0] : self.parent;
      target.dispatch('message', { data, origin: 'https://news.example', source });
    },
    asWindow: (): Window => self as unknown as Window,
  };
  const self: { parent: unknown } = win;
  if (options.framed === false) win.parent = win;
  return Object.assign(win, { parentWindow: parent });
}
