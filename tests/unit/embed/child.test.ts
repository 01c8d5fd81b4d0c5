import { describe, expect, it, vi } from 'vitest';
import { connectToHost, EMBED_SOURCE, formatPymMessage, isFramed, linkToHost } from '../../../src/embed/index.ts';
import { fakeChildWindow } from './fakes.ts';
import { hostileInputs } from './hostileInputs.ts';

const base = { source: EMBED_SOURCE, v: 1 } as const;
const PYM_URL = 'https://child.example/story/?initialWidth=640&childId=example-graphic&parentTitle=News';

/** A framed child page connected to its fake parent, with spy handlers. */
function setUp(href?: string) {
  const win = fakeChildWindow({ href });
  const handlers = { onGeometry: vi.fn(), onTheme: vi.fn(), onStep: vi.fn() };
  const host = connectToHost(win.asWindow(), handlers);
  const sent = () => win.parentWindow.posted.map((p) => p.message);
  return { win, handlers, host, sent, posted: win.parentWindow.posted };
}

describe('connectToHost: start', () => {
  it('connectToHost(win, handlers) in a frame says ready to the parent', () => {
    const { host, posted } = setUp();
    expect(host.framed).toBe(true);
    expect(posted).toEqual([{ message: { ...base, type: 'ready' }, targetOrigin: '*' }]);
  });

  it('connectToHost(win, handlers) opened by pym (?childId=…) also asks for the parent’s position', () => {
    const { sent } = setUp(PYM_URL);
    expect(sent()).toEqual([{ ...base, type: 'ready' }, 'pymxPYMxexample-graphicxPYMxparentPositionInfoxPYMx']);
  });

  it.each([
    ['empty', '?childId='],
    ['with xPYMx', '?childId=axPYMxb'],
    ['with a space', '?childId=a%20b'],
    ['201 characters long', `?childId=${'a'.repeat(201)}`],
  ])('connectToHost(win, handlers) ignores a childId that is %s', (_, query) => {
    const { host, sent } = setUp(`https://child.example/story/${query}`);
    host.reportHeight(900);
    expect(sent().filter((m) => typeof m === 'string')).toEqual([]);
  });

  it('connectToHost(win, handlers) on a top-level page is not framed, sends nothing and does not listen', () => {
    const win = fakeChildWindow({ framed: false });
    const onStep = vi.fn();
    const host = connectToHost(win.asWindow(), { onStep });
    host.reportHeight(900);
    host.requestScrollTo(100);
    win.receive({ ...base, type: 'step', step: 2 }, win);
    expect(host.framed).toBe(false);
    expect(win.parentWindow.posted).toEqual([]);
    expect(win.listenerCount('message')).toBe(0);
    expect(onStep).not.toHaveBeenCalled();
  });

  it('connectToHost(win, handlers) counts as not framed when reading win.parent throws', () => {
    const win = fakeChildWindow();
    Object.defineProperty(win, 'parent', { get: () => { throw new Error('denied'); } });
    const host = connectToHost(win.asWindow(), {});
    expect(host.framed).toBe(false);
    expect(() => host.reportHeight(900)).not.toThrow();
  });

  it('isFramed(win) is true in a frame, false on a page of its own or when win.parent cannot be read', () => {
    expect(isFramed(fakeChildWindow({ framed: true }).asWindow())).toBe(true);
    expect(isFramed(fakeChildWindow({ framed: false }).asWindow())).toBe(false);
    const denied = fakeChildWindow();
    Object.defineProperty(denied, 'parent', { get: () => { throw new Error('denied'); } });
    expect(isFramed(denied.asWindow())).toBe(false);
  });
});

describe('connectToHost: reportHeight', () => {
  it('connectToHost(…).reportHeight(h) posts our, AMP and pym heights with targetOrigin "*"', () => {
    const { host, posted } = setUp(PYM_URL);
    posted.length = 0;
    host.reportHeight(4321);
    expect(posted).toEqual([
      { message: { ...base, type: 'height', height: 4321 }, targetOrigin: '*' },
      { message: { sentinel: 'amp', type: 'embed-size', height: 4321 }, targetOrigin: '*' },
      { message: 'pymxPYMxexample-graphicxPYMxheightxPYMx4321', targetOrigin: '*' },
    ]);
  });

  it('connectToHost(…).reportHeight(h) without a childId posts no pym message', () => {
    const { host, sent } = setUp('https://child.example/story/?step=3');
    host.reportHeight(4321);
    expect(sent()).toEqual([
      { ...base, type: 'ready' },
      { ...base, type: 'height', height: 4321 },
      { sentinel: 'amp', type: 'embed-size', height: 4321 },
    ]);
  });

  it('connectToHost(…).reportHeight(h) rounds up, clamps into 0 … 100 000 and skips changes of 1 px or less', () => {
    const { host, sent } = setUp();
    const heights = () => sent().flatMap((m) => (typeof m === 'object' && m && 'source' in m && 'height' in m ? [m.height] : []));
    host.reportHeight(4320.2); // → 4321
    host.reportHeight(4321);
    host.reportHeight(4322);
    host.reportHeight(4320);
    host.reportHeight(4323); // 2 px from the last report
    host.reportHeight(1e9);
    host.reportHeight(-20);
    host.reportHeight(NaN);
    host.reportHeight(Infinity);
    expect(heights()).toEqual([4321, 4323, 100_000, 0]);
  });

  it('connectToHost(…).reportHeight(h) survives a parent whose postMessage throws', () => {
    const { win, host } = setUp();
    win.parentWindow.postMessage = () => {
      throw new Error('detached');
    };
    expect(() => host.reportHeight(900)).not.toThrow();
  });
});

describe('connectToHost: requestScrollTo', () => {
  it('connectToHost(…).requestScrollTo(offset) posts our scroll-to, and pym scrollToChildPos with a childId', () => {
    const { host, sent } = setUp(PYM_URL);
    host.requestScrollTo(1200.4);
    expect(sent().slice(2)).toEqual([{ ...base, type: 'scroll-to', offset: 1200.4 }, 'pymxPYMxexample-graphicxPYMxscrollToChildPosxPYMx1200']);
  });

  it('connectToHost(…).requestScrollTo(offset) clamps the offset and drops a non-finite one', () => {
    const { host, sent } = setUp();
    host.requestScrollTo(-50);
    host.requestScrollTo(1e9);
    host.requestScrollTo(NaN);
    expect(sent().slice(1)).toEqual([
      { ...base, type: 'scroll-to', offset: 0 },
      { ...base, type: 'scroll-to', offset: 100_000 },
    ]);
  });
});

describe('connectToHost: listening', () => {
  it('connectToHost(win, handlers) hands our geometry, theme and step to the handlers', () => {
    const { win, handlers } = setUp();
    win.receive({ ...base, type: 'geometry', top: -350.5, viewportHeight: 720, viewportWidth: 1280, extra: 1 });
    win.receive({ ...base, type: 'theme', theme: 'dark' });
    win.receive({ ...base, type: 'step', step: 7 });
    expect(handlers.onGeometry).toHaveBeenCalledWith({ top: -350.5, viewportHeight: 720, viewportWidth: 1280, via: 'ours' });
    expect(handlers.onTheme).toHaveBeenCalledWith('dark');
    expect(handlers.onStep).toHaveBeenCalledWith(7);
  });

  it('connectToHost(win, handlers) ignores messages that do not come from its parent', () => {
    const { win, handlers } = setUp(PYM_URL);
    const stranger = { postMessage() {} };
    win.receive({ ...base, type: 'geometry', top: 0, viewportHeight: 720, viewportWidth: 1280 }, stranger);
    win.receive({ ...base, type: 'step', step: 7 }, win);
    win.receive({ ...base, type: 'theme', theme: 'dark' }, null);
    win.receive(formatPymMessage('example-graphic', 'viewport-iframe-position', '1280 720 0 0 600 640'), stranger);
    expect(handlers.onGeometry).not.toHaveBeenCalled();
    expect(handlers.onStep).not.toHaveBeenCalled();
    expect(handlers.onTheme).not.toHaveBeenCalled();
  });

  it('connectToHost(win, handlers) turns a pym viewport-iframe-position for its childId into onGeometry', () => {
    const { win, handlers } = setUp(PYM_URL);
    win.receive(formatPymMessage('example-graphic', 'viewport-iframe-position', '1280 720 -350.5 0 5650 1280'));
    expect(handlers.onGeometry).toHaveBeenCalledExactlyOnceWith({ top: -350.5, viewportHeight: 720, viewportWidth: 1280, via: 'pym' });
  });

  it.each([
    ['another child’s id', formatPymMessage('other-graphic', 'viewport-iframe-position', '1280 720 0 0 600 640')],
    ['a bad payload', formatPymMessage('example-graphic', 'viewport-iframe-position', '1280 720 0 0 600')],
    ['a zero viewport', formatPymMessage('example-graphic', 'viewport-iframe-position', '0 0 0 0 600 640')],
    ['a top out of range', formatPymMessage('example-graphic', 'viewport-iframe-position', '1280 720 -5000000 0 600 640')],
    ['a pym width message', formatPymMessage('example-graphic', 'width', '640')],
  ])('connectToHost(win, handlers) ignores a pym position with %s', (_, data) => {
    const { win, handlers } = setUp(PYM_URL);
    win.receive(data);
    expect(handlers.onGeometry).not.toHaveBeenCalled();
  });

  it('connectToHost(win, handlers) without a childId ignores pym positions', () => {
    const { win, handlers } = setUp();
    win.receive(formatPymMessage('example-graphic', 'viewport-iframe-position', '1280 720 0 0 600 640'));
    expect(handlers.onGeometry).not.toHaveBeenCalled();
  });

  it('connectToHost(win, handlers) ignores pym positions once our own geometry has arrived', () => {
    const { win, handlers } = setUp(PYM_URL);
    win.receive({ ...base, type: 'geometry', top: 10, viewportHeight: 720, viewportWidth: 1280 });
    win.receive(formatPymMessage('example-graphic', 'viewport-iframe-position', '1280 720 10 0 600 640'));
    expect(handlers.onGeometry.mock.calls.map(([g]) => g.via)).toEqual(['ours']);
  });

  it.each(hostileInputs())('connectToHost(win, handlers) survives %s from its parent and calls no handler', (_, data) => {
    const { win, handlers } = setUp(PYM_URL);
    expect(() => win.receive(data)).not.toThrow();
    expect([handlers.onGeometry, handlers.onTheme, handlers.onStep].every((h) => h.mock.calls.length === 0)).toBe(true);
  });

  it('connectToHost(win, handlers) reports a throwing handler through win.reportError instead of throwing', () => {
    const win = fakeChildWindow();
    const error = new Error('handler bug');
    connectToHost(win.asWindow(), {
      onStep() {
        throw error;
      },
    });
    expect(() => win.receive({ ...base, type: 'step', step: 2 })).not.toThrow();
    expect(win.reportError).toHaveBeenCalledWith(error);
  });

  it('connectToHost(…).stop() removes the listener and silences later reports', () => {
    const { win, host, handlers, posted } = setUp();
    expect(win.listenerCount('message')).toBe(1);
    host.stop();
    expect(win.listenerCount('message')).toBe(0);
    win.receive({ ...base, type: 'step', step: 2 });
    host.reportHeight(900);
    host.requestScrollTo(10);
    expect(handlers.onStep).not.toHaveBeenCalled();
    expect(posted).toHaveLength(1);
  });
});

describe('connectToHost: a host script that loads late', () => {
  it('connectToHost(win, handlers) says ready again, with the last height, until our geometry arrives', () => {
    const { win, host, sent } = setUp();
    host.reportHeight(900);
    const before = sent().length;
    (win as unknown as { runTimers(): void }).runTimers();
    // Four retries are scheduled (0.4, 1, 2.5 and 6 s); the fake runs them all at once.
    const hello = [{ ...base, type: 'ready' }, { ...base, type: 'height', height: 900 }];
    expect(sent().slice(before)).toEqual([...hello, ...hello, ...hello, ...hello]);
  });

  it('connectToHost(win, handlers) stops saying hello once our geometry has arrived', () => {
    const { win, host, sent } = setUp();
    host.reportHeight(900);
    win.receive({ ...base, type: 'geometry', top: 0, viewportHeight: 800, viewportWidth: 400 });
    const before = sent().length;
    (win as unknown as { runTimers(): void }).runTimers();
    expect(sent().length).toBe(before);
  });

  it('connectToHost(…).stop() cancels the repeated hellos', () => {
    const { win, host, sent } = setUp();
    host.stop();
    const before = sent().length;
    (win as unknown as { runTimers(): void }).runTimers();
    expect(sent().length).toBe(before);
  });
});

describe('linkToHost: a connection whose listeners are added afterwards', () => {
  it('linkToHost(win) hands our geometry, theme and step to every listener added, in order', () => {
    const win = fakeChildWindow();
    const link = linkToHost(win.asWindow());
    const calls: string[] = [];
    link.onGeometry((g) => calls.push(`geometry ${g.top} a`));
    link.onGeometry((g) => calls.push(`geometry ${g.top} b`));
    link.onTheme((theme) => calls.push(`theme ${theme}`));
    link.onStep((step) => calls.push(`step ${step}`));
    win.receive({ ...base, type: 'geometry', top: -350.5, viewportHeight: 720, viewportWidth: 1280 });
    win.receive({ ...base, type: 'theme', theme: 'dark' });
    win.receive({ ...base, type: 'step', step: 'result' });
    expect(calls).toEqual(['geometry -350.5 a', 'geometry -350.5 b', 'theme dark', 'step result']);
  });

  it('linkToHost(win) drops a pym parent’s first position (the answer to our request) and passes the next ones', () => {
    const win = fakeChildWindow({ href: PYM_URL });
    const link = linkToHost(win.asWindow());
    const tops: number[] = [];
    link.onGeometry((g) => tops.push(g.top));
    for (const top of [10, 20, 30]) win.receive(formatPymMessage('example-graphic', 'viewport-iframe-position', `1280 720 ${top} 0 600 640`));
    expect(tops).toEqual([20, 30]);
  });

  it('linkToHost(win) reports, requests and stops as connectToHost does', () => {
    const win = fakeChildWindow({ href: PYM_URL });
    const link = linkToHost(win.asWindow());
    const onStep = vi.fn();
    link.onStep(onStep);
    link.reportHeight(4321);
    link.requestScrollTo(1200.4);
    link.stop();
    win.receive({ ...base, type: 'step', step: 7 });
    link.reportHeight(900);
    expect(link.framed).toBe(true);
    expect(win.parentWindow.posted.map((p) => p.message)).toEqual([
      { ...base, type: 'ready' },
      'pymxPYMxexample-graphicxPYMxparentPositionInfoxPYMx',
      { ...base, type: 'height', height: 4321 },
      { sentinel: 'amp', type: 'embed-size', height: 4321 },
      'pymxPYMxexample-graphicxPYMxheightxPYMx4321',
      { ...base, type: 'scroll-to', offset: 1200.4 },
      'pymxPYMxexample-graphicxPYMxscrollToChildPosxPYMx1200',
    ]);
    expect(onStep).not.toHaveBeenCalled();
  });
});
