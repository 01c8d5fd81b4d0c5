/**
 * Hostile pages for the 'hostile-frame' host kind, served by a second static server on 127.0.0.1
 * (another origin than both the host, 127.0.0.2, and the story's own server):
 *
 * - attacker.html, loaded in the host's marked iframe (data-cambodia-embed): posts garbage and
 *   forged messages to the host page, then one valid height (321 px) and one valid but huge
 *   scroll request, then sets `window.__done`;
 * - forger.html, loaded in an unmarked iframe beside it: posts perfectly valid height messages in
 *   every dialect (as if it were the story), which the host must ignore, then sets `window.__done`.
 *
 *   const hostile = await startHostileFrames();
 *   await page.goto(`${hosts.url('hostile-frame')}?frame=${encodeURIComponent(hostile.url)}`);
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../tools/serveStatic.ts';

/** The height the attacker finally (validly) asks for, px. */
export const ATTACKER_FINAL_HEIGHT = 321;

const html = (title: string, script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><p>${title}</p><script src="${script}"></script></body></html>`;

const attacker = `(function () {
  var S = 'cambodia-2013-explainer';
  var huge = new Array(100001).join('x');
  var garbage = [
    { source: S, v: 1, type: 'height', height: -5 },
    { source: S, v: 1, type: 'height', height: 1e9 },
    { source: S, v: 1, type: 'height', height: 'x' },
    { source: S, v: 1, type: 'height', height: NaN },
    { source: S, v: 1, type: 'height', height: Infinity },
    { source: S, v: 1, type: 'height', height: -Infinity },
    { source: S, v: 1, type: 'height', height: '400' },
    { source: S, v: 1, type: 'height', height: [400] },
    { source: S, v: 1, type: 'height', height: { valueOf: 400 } },
    { source: S, v: 2, type: 'height', height: 5000 },
    { source: S, type: 'height', height: 5000 },
    { sentinel: 'amp', type: 'embed-size', height: 1e9 },
    { sentinel: 'amp', type: 'embed-size', height: -5 },
    { sentinel: 'amp', type: 'embed-size', height: 'x' },
    { sentinel: 'amp', type: 'embed-size', height: NaN },
    'pymxPYMxstoryxPYMxheightxPYMx1e9',
    'pymxPYMxstoryxPYMxheightxPYMx-5',
    'pymxPYMxstoryxPYMxheightxPYMxx',
    'pymxPYMxstoryxPYMxheightxPYMxNaN',
    'pymxPYMxstoryxPYMxheightxPYMxInfinity',
    'pymxPYMxstoryxPYMxheightxPYMx0x7fffffff',
    'pymxPYMxstoryxPYMxnavigateToxPYMxjavascript:alert(1)',
    'pymxPYMxattackerxPYMxnavigateToxPYMxjavascript:alert(document.domain)',
    'pymxPYMxstoryxPYMxnavigateToxPYMxhttp://127.0.0.3/phishing',
    { source: S, v: 1, type: 'navigate', url: 'javascript:alert(1)' },
    { source: S, v: 1, type: 'scroll-to', offset: 1e9 },
    { source: S, v: 1, type: 'scroll-to', offset: -1e9 },
    { source: S, v: 1, type: 'scroll-to', offset: NaN },
    { source: S, v: 1, type: 'scroll-to', offset: 'top' },
    'pymxPYMxstoryxPYMxscrollToChildPosxPYMx1e12',
    'pymxPYMxstoryxPYMxscrollToChildPosxPYMx-99999',
    'pymxPYMxstoryxPYMxscrollToChildPosxPYMxNaN',
    null, undefined, 42, true, 'x', huge, [1, 2, 3], { __proto__: { source: S, v: 1, type: 'height', height: 5000 } },
    new Date(), { source: S, v: 1, type: 'ready', extra: huge },
  ];
  var rounds = 0;
  var timer = setInterval(function () {
    garbage.forEach(function (m) {
      try { parent.postMessage(m, '*'); } catch (e) {}
    });
    if (++rounds < 12) return;
    clearInterval(timer);
    parent.postMessage({ source: S, v: 1, type: 'height', height: ${ATTACKER_FINAL_HEIGHT} }, '*');
    setTimeout(function () {
      // Valid, but far beyond the frame: the host clamps it to the frame's height.
      parent.postMessage({ source: S, v: 1, type: 'scroll-to', offset: 100000 }, '*');
      parent.postMessage('pymxPYMxstoryxPYMxscrollToChildPosxPYMx100000', '*');
      setTimeout(function () { window.__done = true; }, 100);
    }, 100);
  }, 40);
})();`;

const forger = `(function () {
  var S = 'cambodia-2013-explainer';
  var forged = [
    { source: S, v: 1, type: 'ready' },
    { source: S, v: 1, type: 'height', height: 5000 },
    { sentinel: 'amp', type: 'embed-size', height: 5000 },
    'pymxPYMxstoryxPYMxheightxPYMx5000',
    'pymxPYMxbystanderxPYMxheightxPYMx5000',
    { source: S, v: 1, type: 'scroll-to', offset: 5000 },
    'pymxPYMxstoryxPYMxnavigateToxPYMxjavascript:alert(2)',
  ];
  var rounds = 0;
  var timer = setInterval(function () {
    forged.forEach(function (m) {
      try { parent.postMessage(m, '*'); } catch (e) {}
    });
    if (++rounds < 12) return;
    clearInterval(timer);
    setTimeout(function () { window.__done = true; }, 100);
  }, 40);
})();`;

export async function startHostileFrames(): Promise<{ url: string; origin: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'embed-hostile-'));
  writeFileSync(join(dir, 'attacker.html'), html('Attacker', 'attacker.js'));
  writeFileSync(join(dir, 'attacker.js'), attacker);
  writeFileSync(join(dir, 'forger.html'), html('Forger', 'forger.js'));
  writeFileSync(join(dir, 'forger.js'), forger);
  const server = await serveStatic({ dir, base: '/frames/' });
  return {
    url: server.url,
    origin: server.origin,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
