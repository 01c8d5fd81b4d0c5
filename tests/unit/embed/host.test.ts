import { afterEach, describe, expect, it } from 'vitest';
import { ampEmbedSize, EMBED_SOURCE, formatPymMessage, startEmbedHost } from '../../../src/embed/index.ts';
import { type FakeIframe, fakeHostWindow, fakeIframe } from './fakes.ts';
import { hostileInputs } from './hostileInputs.ts';

const CHILD = 'https://child.example';
const base = { source: EMBED_SOURCE, v: 1 } as const;
const ready = { ...base, type: 'ready' } as const;
const height = (h: unknown) => ({ ...base, type: 'height', height: h });
const geometry = (top: number, viewportHeight = 720, viewportWidth = 1280) => ({ ...base, type: 'geometry', top, viewportHeight, viewportWidth });

/** The messages posted to a frame's window, without their target origins. */
const messages = (frame: FakeIframe) => frame.contentWindow.posted.map((p) => p.message);
/** A host page with the given frames, its host script started; stopped after each test. */
let stops: (() => void)[] = [];
function setUp(iframes: FakeIframe[], options: { reducedMotion?: boolean } = {}) {
  const win = fakeHostWindow({ iframes, ...options });
  stops.push(startEmbedHost(win.asWindow()));
  return win;
}
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe('startEmbedHost: heights', () => {
  it.each([
    ['our height message', height(812)],
    ['an AMP embed-size message', ampEmbedSize(812)],
    ['a pym height message', formatPymMessage('story', 'height', 812)],
  ])('startEmbedHost(win) sets the frame height from %s', (_, data) => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = setUp([frame]);
    win.receive(frame, data);
    expect(frame.style.height).toBe('812px');
  });

  it.each([
    [0, '50px'],
    [49.4, '50px'],
    [812.4, '812px'],
    [812.5, '813px'],
    [100_000, '100000px'],
  ])('startEmbedHost(win) turns a height of %d into %s', (h, px) => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = setUp([frame]);
    win.receive(frame, height(h));
    expect(frame.style.height).toBe(px);
  });

  it('startEmbedHost(win) ignores heights out of range or in the wrong type, in every dialect', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = setUp([frame]);
    for (const data of [
      height(1e9),
      height(-5),
      height('900'),
      ampEmbedSize(NaN),
      ampEmbedSize(Infinity),
      formatPymMessage('story', 'height', '1e9'),
      formatPymMessage('story', 'height', '900px'),
      formatPymMessage('story', 'height', ''),
    ]) {
      win.receive(frame, data);
    }
    expect(frame.style.height).toBe('');
  });

  it('startEmbedHost(win) leaves style.height alone when the height is unchanged', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const writes: string[] = [];
    let value = '';
    Object.defineProperty(frame.style, 'height', {
      get: () => value,
      set: (v: string) => {
        writes.push(v);
        value = v;
      },
    });
    const win = setUp([frame]);
    win.receive(frame, height(812));
    win.receive(frame, ampEmbedSize(812));
    win.receive(frame, formatPymMessage('story', 'height', 812.2));
    expect(writes).toEqual(['812px']);
  });
});

describe('startEmbedHost: who may talk to it', () => {
  it('startEmbedHost(win) ignores a message from the right window but the wrong origin', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = setUp([frame]);
    win.receive(frame, height(812), 'https://evil.example');
    win.receive(frame, height(812), 'http://child.example');
    win.receive(frame, height(812), 'null');
    expect(frame.style.height).toBe('');
    expect(frame.contentWindow.posted).toEqual([]);
  });

  it('startEmbedHost(win) ignores a message from a window that is none of its iframes, even with the right origin', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = setUp([frame]);
    win.receive(null, height(812), CHILD, { postMessage() {} });
    win.receive(null, height(812), CHILD, null);
    win.receive(null, height(812), CHILD, win);
    expect(frame.style.height).toBe('');
    expect(frame.contentWindow.posted).toEqual([]);
  });

  it('startEmbedHost(win) ignores iframes without data-cambodia-embed', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = fakeHostWindow({ iframes: [] });
    stops.push(startEmbedHost(win.asWindow()));
    win.receive(frame, height(812));
    expect(frame.style.height).toBe('');
    expect(win.selectors).toEqual(['iframe[data-cambodia-embed]']);
  });

  it('startEmbedHost(win) manages an iframe added to the page after it started', () => {
    const win = setUp([]);
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    win.iframes.push(frame);
    win.receive(frame, height(812));
    expect(frame.style.height).toBe('812px');
  });

  it('startEmbedHost(win) resolves a relative src against the host page, so a same-origin child works', () => {
    const frame = fakeIframe({ src: '/embeds/cambodia/' });
    const win = setUp([frame]);
    win.receive(frame, height(812), 'https://news.example');
    expect(frame.style.height).toBe('812px');
  });

  it('startEmbedHost(win) follows the iframe src as it is now, not as it was', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = setUp([frame]);
    frame.src = 'https://other.example/';
    win.receive(frame, height(812), CHILD);
    expect(frame.style.height).toBe('');
  });

  it.each(hostileInputs())('startEmbedHost(win) survives %s from its own child and does nothing', (_, data) => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = setUp([frame]);
    expect(() => win.receive(frame, data)).not.toThrow();
    expect(frame.style.height).toBe('');
    expect(frame.contentWindow.posted).toEqual([]);
  });

  it('startEmbedHost(win) survives an event whose fields throw', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = setUp([frame]);
    const listeners = [...win.listeners.get('message')!];
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(() => listeners.forEach((listener) => listener(hostile))).not.toThrow();
    // And it did nothing: no height, nothing posted, no scrolling.
    expect(frame.style.height).toBe('');
    expect(frame.contentWindow.posted).toEqual([]);
    expect(win.scrollTo).not.toHaveBeenCalled();
  });

  it('startEmbedHost(win) never navigates on a pym navigateTo', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = setUp([frame]);
    const before = win.location.href;
    win.receive(frame, formatPymMessage('story', 'navigateTo', 'javascript:alert(1)'));
    win.receive(frame, formatPymMessage('story', 'navigateTo', 'https://evil.example/'));
    win.receive(frame, formatPymMessage('story', 'navigateTo', '100'));
    expect(win.location.href).toBe(before);
    expect(win.scrollTo).not.toHaveBeenCalled();
    expect(frame.contentWindow.posted).toEqual([]);
  });
});

describe('startEmbedHost: geometry', () => {
  it('startEmbedHost(win) sends geometry right after a child’s first message, to the frame’s origin', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/?x=1`, top: 300 });
    const win = setUp([frame]);
    win.receive(frame, ready);
    expect(frame.contentWindow.posted).toEqual([{ message: geometry(300), targetOrigin: CHILD }]);
  });

  it('startEmbedHost(win) sends nothing on scroll to a frame that has not spoken', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = setUp([frame]);
    win.scroll();
    win.flushFrames();
    expect(frame.contentWindow.posted).toEqual([]);
    expect(win.requestAnimationFrame).not.toHaveBeenCalled();
  });

  it('startEmbedHost(win) sends geometry on scroll and resize at most once per animation frame, only when it changed', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, top: 300 });
    const win = setUp([frame]);
    win.receive(frame, height(2000));
    expect(messages(frame)).toEqual([geometry(300)]);

    win.scroll();
    win.scroll();
    win.resize();
    expect(win.requestAnimationFrame).toHaveBeenCalledTimes(1);
    win.flushFrames();
    expect(messages(frame)).toEqual([geometry(300)]); // nothing moved: nothing sent

    frame.rect.top = -120.3;
    win.scroll();
    win.scroll();
    expect(messages(frame)).toHaveLength(1); // not before the animation frame
    win.flushFrames();
    expect(messages(frame)).toEqual([geometry(300), geometry(-120.5)]);

    frame.rect.top = -120.4; // rounds to the same half pixel
    win.scroll();
    win.flushFrames();
    expect(messages(frame)).toHaveLength(2);

    win.innerHeight = 600;
    win.resize();
    win.flushFrames();
    expect(messages(frame)).toEqual([geometry(300), geometry(-120.5), geometry(-120.5, 600)]);
    expect(frame.contentWindow.posted.every((p) => p.targetOrigin === CHILD)).toBe(true);
  });

  it('startEmbedHost(win) clamps geometry into the protocol’s ranges', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, top: -5e6 });
    const win = setUp([frame]);
    win.innerHeight = 0;
    win.receive(frame, ready);
    expect(messages(frame)).toEqual([geometry(-1e6, 1)]);
  });

  it('startEmbedHost(win) sends fresh geometry after a child says ready again (it reloaded)', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, top: 300 });
    const win = setUp([frame]);
    win.receive(frame, ready);
    win.receive(frame, ready);
    expect(messages(frame)).toEqual([geometry(300), geometry(300)]);
  });

  it('startEmbedHost(win) stops sending geometry to a frame removed from the page', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, top: 300 });
    const win = setUp([frame]);
    win.receive(frame, ready);
    frame.isConnected = false;
    frame.rect.top = 10;
    win.scroll();
    win.flushFrames();
    expect(messages(frame)).toEqual([geometry(300)]);
  });

  it('startEmbedHost(win) keeps two iframes independent', () => {
    const a = fakeIframe({ src: `${CHILD}/a/`, top: 100 });
    const b = fakeIframe({ src: 'https://other.example/b/', top: 3000 });
    const win = setUp([a, b]);
    win.receive(a, height(900));
    expect(a.style.height).toBe('900px');
    expect(b.style.height).toBe('');
    expect(b.contentWindow.posted).toEqual([]);

    win.receive(b, ampEmbedSize(1500));
    expect(b.style.height).toBe('1500px');
    expect(a.style.height).toBe('900px');
    expect(b.contentWindow.posted).toEqual([{ message: geometry(3000), targetOrigin: 'https://other.example' }]);

    // b's window with a's origin is neither a nor b
    win.receive(b, height(700), CHILD);
    expect([a.style.height, b.style.height]).toEqual(['900px', '1500px']);

    b.rect.top = 2500;
    win.scroll();
    win.flushFrames();
    expect(messages(a)).toEqual([geometry(100)]);
    expect(messages(b)).toEqual([geometry(3000), geometry(2500)]);
  });

  it('startEmbedHost(win)() removes its listeners and cancels a pending animation frame', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/` });
    const win = fakeHostWindow({ iframes: [frame] });
    const stop = startEmbedHost(win.asWindow());
    expect(['message', 'scroll', 'resize'].map((t) => win.listenerCount(t))).toEqual([1, 1, 1]);
    win.receive(frame, ready);
    frame.rect.top = 5;
    win.scroll();
    expect(win.pendingFrames()).toBe(1);
    stop();
    expect(['message', 'scroll', 'resize'].map((t) => win.listenerCount(t))).toEqual([0, 0, 0]);
    expect(win.pendingFrames()).toBe(0);
    win.receive(frame, height(812));
    expect(frame.style.height).toBe('');
  });
});

describe('startEmbedHost: ready, step and theme', () => {
  it('startEmbedHost(win) answers ready with data-step and data-theme, then geometry', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, dataset: { step: '7', theme: 'dark' }, top: 0 });
    const win = setUp([frame]);
    win.receive(frame, ready);
    expect(frame.contentWindow.posted).toEqual([
      { message: { ...base, type: 'step', step: 7 }, targetOrigin: CHILD },
      { message: { ...base, type: 'theme', theme: 'dark' }, targetOrigin: CHILD },
      { message: geometry(0), targetOrigin: CHILD },
    ]);
  });

  it.each([
    ['step "0"', { step: '0' }],
    ['step "1001"', { step: '1001' }],
    ['step "2.5"', { step: '2.5' }],
    ['step " 3"', { step: ' 3' }],
    ['step "Step 3"', { step: 'Step 3' }],
    ['step "result-"', { step: 'result-' }],
    ['step ""', { step: '' }],
    ['theme "sepia"', { theme: 'sepia' }],
    ['theme "DARK"', { theme: 'DARK' }],
  ])('startEmbedHost(win) sends no setting for data-%s', (_, dataset) => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, dataset, top: 0 });
    const win = setUp([frame]);
    win.receive(frame, ready);
    expect(messages(frame)).toEqual([geometry(0)]);
  });

  it('startEmbedHost(win) sends a step id from data-step="result" as it is, and a published number as a number', () => {
    const byId = fakeIframe({ src: `${CHILD}/story/`, dataset: { step: 'result' }, top: 0 });
    const byNumber = fakeIframe({ src: `${CHILD}/story/`, dataset: { step: '7' }, top: 0 });
    const win = setUp([byId, byNumber]);
    win.receive(byId, ready);
    win.receive(byNumber, ready);
    expect(messages(byId)[0]).toEqual({ source: 'cambodia-2013-explainer', v: 1, type: 'step', step: 'result' });
    expect(messages(byNumber)[0]).toEqual({ source: 'cambodia-2013-explainer', v: 1, type: 'step', step: 7 });
  });

  it('startEmbedHost(win) sends settings only on ready, not on height', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, dataset: { step: '2', theme: 'light' }, top: 0 });
    const win = setUp([frame]);
    win.receive(frame, height(900));
    expect(messages(frame)).toEqual([geometry(0)]);
  });
});

describe('startEmbedHost: scrolling and pym positions', () => {
  it('startEmbedHost(win) scrolls so that the child’s offset is at the top of the viewport, smoothly', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, top: 300, height: 5000 });
    const win = setUp([frame]);
    win.receive(frame, { ...base, type: 'scroll-to', offset: 1200 });
    expect(win.scrollTo).toHaveBeenCalledWith({ top: 1000 + 300 + 1200, behavior: 'smooth' });
    expect(win.matchMedia).toHaveBeenCalledWith('(prefers-reduced-motion: reduce)');
  });

  it('startEmbedHost(win) scrolls without animation when the reader prefers reduced motion', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, top: 300, height: 5000 });
    const win = setUp([frame], { reducedMotion: true });
    win.receive(frame, { ...base, type: 'scroll-to', offset: 1200 });
    expect(win.scrollTo).toHaveBeenCalledWith({ top: 2500, behavior: 'auto' });
  });

  it('startEmbedHost(win) keeps a scroll-to inside the frame', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, top: -200, height: 5000 });
    const win = setUp([frame]);
    win.receive(frame, { ...base, type: 'scroll-to', offset: 99_999 });
    expect(win.scrollTo).toHaveBeenCalledWith({ top: 1000 - 200 + 5000, behavior: 'smooth' });
  });

  it('startEmbedHost(win) honours pym scrollToChildPos like scroll-to', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, top: 300, height: 5000 });
    const win = setUp([frame]);
    win.receive(frame, formatPymMessage('story', 'scrollToChildPos', 1200));
    expect(win.scrollTo).toHaveBeenCalledWith({ top: 2500, behavior: 'smooth' });
    win.receive(frame, formatPymMessage('story', 'scrollToChildPos', '-1'));
    win.receive(frame, formatPymMessage('story', 'scrollToChildPos', 'top'));
    expect(win.scrollTo).toHaveBeenCalledTimes(1);
  });

  it('startEmbedHost(win) answers pym parentPositionInfo with viewport-iframe-position for the same id', () => {
    const frame = fakeIframe({ src: `${CHILD}/story/`, top: -350.5, height: 6000 });
    const win = setUp([frame]);
    win.receive(frame, formatPymMessage('example-graphic', 'parentPositionInfo'));
    expect(frame.contentWindow.posted[0]).toEqual({
      message: 'pymxPYMxexample-graphicxPYMxviewport-iframe-positionxPYMx1280 720 -350.5 0 5649.5 640',
      targetOrigin: CHILD,
    });
  });
});
