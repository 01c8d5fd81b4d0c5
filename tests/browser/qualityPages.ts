/**
 * What tests/browser/quality.test.ts shares: servers for dist/ (plain, behind a strict
 * Content-Security-Policy, or with a CORS header), a host page on another origin that frames the
 * embed in a sandbox, pages that record everything that went wrong in them and in their frames,
 * and a few ways to drive the story in a page or in a frame.
 *
 *   const q = await startQuality();
 *   const p = await q.open({ width: 375 });
 *   await p.page.goto(q.story.url);
 *   expect(p.problems()).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../tools/serveStatic.ts';
import { startHosts } from '../../tools/hostPages.ts';
import { launchChromium } from '../../tools/launchChromium.ts';
import { FIXTURE_DIST } from '../fixtures/paths.ts';

const require = createRequire(import.meta.url);
export const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = '/news/2014/cambodia/';
export const TOTAL_STEPS = 18;
/** The policy a strict newsroom CMS would send with the story. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

export type Recorded = {
  page: Page;
  /** Console errors, page errors and failed requests, in this page and its frames. */
  errors: string[];
  requests: string[];
  dialogs: string[];
  popups: string[];
  /** Everything above plus the `securitypolicyviolation` events recorded in every frame. */
  problems: () => Promise<string[]>;
  close: () => Promise<void>;
};

/** Records every `securitypolicyviolation` of the document it runs in (every frame: it is an init script). */
function recordViolations() {
  const w = window as unknown as { __violations: string[] };
  w.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
  });
}

export type Quality = {
  browser: Browser;
  /** dist/ as README's "any static host" would serve it. */
  story: StaticServer;
  /** dist/ sent with STRICT_CSP as a response header. */
  strict: StaticServer;
  /** dist/ sent with `Access-Control-Allow-Origin: *`. */
  cors: StaticServer;
  /** tools/hostPages.ts's newsroom pages on 127.0.0.2, embedding `story`. */
  hosts: Awaited<ReturnType<typeof startHosts>>;
  /** The same pages embedding `strict`. */
  strictHosts: Awaited<ReturnType<typeof startHosts>>;
  /** A host page on 127.0.0.2 that frames `storyUrl`embed.html in `<iframe sandbox="allow-scripts allow-popups">`. */
  sandboxUrl: (storyUrl: string) => string;
  open: (opts?: { width?: number; height?: number } & BrowserContextOptions) => Promise<Recorded>;
  stop: () => Promise<void>;
};

const paragraphs = (n: number, label: string) => Array.from({ length: n }, (_, i) => `<p>${label} paragraph ${i + 1}. The host article goes on around the embed, as a newsroom's page would.</p>`).join('');

/** A host page (no inline script) with the embed in a sandboxed frame, marked for our host script, which it loads. */
function sandboxPage(storyUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host: sandboxed frame</title>
<link rel="icon" href="data:,"><style>body{font:18px/1.6 Georgia,serif;margin:0 auto;max-width:48rem;padding:0 1rem}iframe{display:block;width:100%;border:0}</style></head>
<body><h1>Host: sandboxed frame</h1>${paragraphs(3, 'Before')}<iframe data-cambodia-embed sandbox="allow-scripts allow-popups" src="${storyUrl}embed.html" title="Cambodia 2013" height="600"></iframe>${paragraphs(8, 'After')}<script src="${storyUrl}embed.js"></script></body></html>`;
}

export async function startQuality(): Promise<Quality> {
  const [browser, story, strict, cors] = await Promise.all([
    launchChromium(),
    serveStatic({ dir: FIXTURE_DIST, base: BASE }),
    serveStatic({ dir: FIXTURE_DIST, base: BASE, headers: { 'content-security-policy': STRICT_CSP } }),
    serveStatic({ dir: FIXTURE_DIST, base: BASE, headers: { 'access-control-allow-origin': '*' } }),
  ]);
  const [hosts, strictHosts] = await Promise.all([startHosts(story.url), startHosts(strict.url)]);
  const sandboxServer: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const target = url.searchParams.get('story') ?? '';
    if (url.pathname !== '/sandbox.html' || !/^http:\/\/127\.0\.0\.1:\d+\//.test(target)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sandboxPage(target));
  });
  await new Promise<void>((r) => sandboxServer.listen(0, '127.0.0.2', r));
  const address = sandboxServer.address();
  const sandboxOrigin = `http://127.0.0.2:${typeof address === 'object' && address ? address.port : 0}`;

  async function open(opts: { width?: number; height?: number } & BrowserContextOptions = {}): Promise<Recorded> {
    const { width = 1280, height = 800, ...rest } = opts;
    const context = await browser.newContext({ viewport: { width, height }, ...rest });
    await context.addInitScript(recordViolations);
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    const popups: string[] = [];
    // Errors only: Chromium's own warnings (an unused preload after 3 s…) depend on timing, not on the story.
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A favicon still loading when the test navigates on is cancelled by the browser, not failed.
      const cancelled = request.failure()?.errorText === 'net::ERR_ABORTED' && request.url().endsWith('/favicon.svg');
      if (!cancelled) errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
    });
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    page.on('popup', (popup) => popups.push(popup.url()));
    const problems = async () => {
      const violations: string[] = [];
      for (const frame of page.frames()) {
        const found = await frame.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []).catch(() => [] as string[]);
        violations.push(...found.map((v) => `CSP violation in ${frame.url()}: ${v}`));
      }
      return [...errors, ...violations, ...dialogs.map((d) => `dialog ${d}`), ...popups.map((p) => `popup ${p}`)];
    };
    return { page, errors, requests, dialogs, popups, problems, close: () => context.close() };
  }

  return {
    browser,
    story,
    strict,
    cors,
    hosts,
    strictHosts,
    sandboxUrl: (storyUrl) => `${sandboxOrigin}/sandbox.html?story=${encodeURIComponent(storyUrl)}`,
    open,
    stop: async () => {
      await browser.close();
      await Promise.all([story.close(), strict.close(), cors.close(), hosts.close(), strictHosts.close(), new Promise<void>((r) => sandboxServer.close(() => r()))]);
    },
  };
}

/** A page or a frame: the story runs the same in either. */
export type Doc = Page | Frame;

/** Waits until the live graphic of `doc` shows step `n` (1-based). */
export async function waitForStep(doc: Doc, n: number, timeout = 5000): Promise<void> {
  await doc.waitForFunction((n) => document.querySelector('.graphic')?.getAttribute('data-step') === String(n), n, { polling: 50, timeout }).catch(async () => {
    const now = await doc.evaluate(() => document.querySelector('.graphic')?.getAttribute('data-step'));
    throw new Error(`expected the graphic to reach data-step ${n}, it shows ${now}`);
  });
}

/** The step the live graphic of `doc` shows (1-based), or null. */
export const stepShown = (doc: Doc): Promise<number | null> =>
  doc.evaluate(() => {
    const step = document.querySelector('.graphic')?.getAttribute('data-step');
    return step ? Number(step) : null;
  });

/** Scrolls `doc` itself so that step `index` (0-based) has its top at `at` of its viewport. */
export async function scrollDocToStep(doc: Doc, index: number, at: number): Promise<void> {
  await doc.locator('.step').nth(index).evaluate((el, at) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * at), at);
}

/** Scrolls the HOST page so that step `index` (0-based) of the framed story has its top at `at` of the host viewport. */
export async function scrollHostToStep(page: Page, child: Frame, index: number, at: number, iframeSelector = 'iframe'): Promise<void> {
  const y = await child.locator('.step').nth(index).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  await page.locator(iframeSelector).first().evaluate((f, { y, at }) => window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY + f.clientTop + y - innerHeight * at), { y, at });
}

/** The frame inside the first `selector` of `page`, once its document has loaded. */
export async function childFrame(page: Page, selector = 'iframe'): Promise<Frame> {
  const iframe = await page.waitForSelector(selector, { state: 'attached' });
  const end = Date.now() + 10000;
  let frame = await iframe.contentFrame();
  while ((!frame || frame.url() === 'about:blank') && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    frame = await iframe.contentFrame();
  }
  if (!frame) throw new Error(`no frame in ${selector}`);
  await frame.waitForLoadState('load');
  return frame;
}

/**
 * Waits until the framed story is in scroll mode `mode` (a framed story starts "unrolled" and
 * decides after a settle timer of 1.2 s, or as soon as host geometry arrives).
 */
export async function waitForScrollMode(child: Frame, mode: string, timeout = 8000): Promise<void> {
  await child.waitForFunction((m) => document.documentElement.dataset.scrollMode === m, mode, { polling: 50, timeout }).catch(async () => {
    throw new Error(`expected the framed story's data-scroll-mode to become "${mode}", it is "${await child.evaluate(() => document.documentElement.dataset.scrollMode)}"`);
  });
}

/** Horizontal overflow of `doc`: how far its content is wider than its viewport, in CSS px (0 is good). */
export const overflowX = (doc: Doc): Promise<number> => doc.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - innerWidth);

/**
 * Runs axe in `doc` (injecting it if needed) and gives its violations, one line each: on the whole
 * page, or within the elements `include` selects.
 */
export async function axeViolations(doc: Doc, include?: string[]): Promise<string[]> {
  if (!(await doc.evaluate(() => 'axe' in window))) await doc.addScriptTag({ content: axeSource });
  return doc.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document | object, opts: object) => Promise<Result> } }).axe;
    const result = await axe.run(include ? { include: include.map((s) => [s]) } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, include);
}

/**
 * Runs axe at step `i` (0-based) of a read through the story: on the whole page at the first step,
 * then on what a step changes: the graphic, the card that became active and the one before it
 * (about half the time of a whole-page run; the rest of the page is the same at every step).
 */
export async function axeViolationsAtStep(doc: Doc, i: number): Promise<string[]> {
  if (i === 0) return axeViolations(doc);
  const ids = await doc.evaluate((i) => [...document.querySelectorAll('.step')].slice(i - 1, i + 1).map((el) => el.id), i);
  return axeViolations(doc, ['.graphic', ...ids.map((id) => `#${id}`)]);
}

/** What the focused element of `page` is, and whether it shows a focus indicator (an outline or a box shadow). */
export function focusState(page: Page): Promise<{ what: string; indicator: boolean; outline: string; shadow: string; inControls: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', indicator: false, outline: '', shadow: '', inControls: false };
    const style = getComputedStyle(el);
    const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${label}"`,
      indicator: hasOutline || hasShadow,
      outline,
      shadow: style.boxShadow,
      inControls: el.classList.contains('control'),
    };
  });
}
