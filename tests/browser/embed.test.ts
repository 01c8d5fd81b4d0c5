/**
 * The story embedded in newsroom pages: host pages on 127.0.0.2 (tools/hostPages.ts) embed
 * the built story served from 127.0.0.1 under a nested path, in a real Chromium. Each test reads
 * the host page and the child frame (cross-origin, reached through playwright) as a reader would
 * see them: frame heights, scroll modes, the active step, where the graphic is, the theme.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, ElementHandle, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../tools/serveStatic.ts';
import { ATTACKER_FINAL_HEIGHT, startHostileFrames } from './embedHostileFrames.ts';
import { startHosts, type HostKind } from '../../tools/hostPages.ts';
import { launchChromium } from '../../tools/launchChromium.ts';
import { FIXTURE_DIST } from '../fixtures/paths.ts';

const BASE = '/news/2014/cambodia/';
type Width = 375 | 1280;
const VIEWPORTS: Record<Width, { width: number; height: number }> = { 375: { width: 375, height: 740 }, 1280: { width: 1280, height: 800 } };
/** Where a reader has the step they are reading: its top at this fraction of the host viewport. */
const READING_LINE: Record<Width, number> = { 375: 0.62, 1280: 0.3 };
const TOTAL_STEPS = 18;

let browser: Browser;
let story: StaticServer;
let hosts: Awaited<ReturnType<typeof startHosts>>;
let hostile: Awaited<ReturnType<typeof startHostileFrames>>;
/** Every console error and page error of every page the current test opened, host and frames alike. */
const testErrors: string[] = [];
/** Every dialog (alert, confirm …) any page of the current test opened. */
const testDialogs: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${FIXTURE_DIST}embed.html`)) throw new Error(`${FIXTURE_DIST}embed.html is missing: the global setup (tests/fixtures/buildFixture.ts) builds it.`);
  [browser, story, hostile] = await Promise.all([launchChromium(), serveStatic({ dir: FIXTURE_DIST, base: BASE }), startHostileFrames()]);
  hosts = await startHosts(story.url);
});

// Whatever a test opened (host pages, frames, extra pages it never finished): nothing may have
// logged an error or opened a dialog. Checked after every test, so it holds for any test run alone.
afterEach(() => {
  const errors = testErrors.splice(0);
  const dialogs = testDialogs.splice(0);
  expect(errors, 'errors logged on a host page or in a frame').toEqual([]);
  expect(dialogs, 'dialogs opened').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([story?.close(), hosts?.close(), hostile?.close()]);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads `read()` until `ok` holds or `timeout` ms have passed; returns the last reading either way. */
async function settle<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await sleep(50);
    value = await read();
  }
  return value;
}

type Embed = {
  page: Page;
  context: BrowserContext;
  /** The first matching iframe element in the host page, and its (cross-origin) frame. */
  iframe: ElementHandle<HTMLIFrameElement>;
  child: Frame;
  errors: string[];
  dialogs: string[];
  close: () => Promise<void>;
};

/** Opens `url` (a host kind, or a full URL) at a viewport width, recording errors and dialogs from the page and every frame. */
async function openPage(url: string, width: Width, label: string, init?: () => void): Promise<Omit<Embed, 'iframe' | 'child'>> {
  const context = await browser.newContext({ viewport: VIEWPORTS[width] });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  const tag = `${label} @${width}`;
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const line = `${tag}: console.error: ${msg.text()} (${msg.location().url})`;
    errors.push(line);
    testErrors.push(line);
  });
  page.on('pageerror', (error) => {
    const line = `${tag}: pageerror: ${error.message}`;
    errors.push(line);
    testErrors.push(line);
  });
  page.on('dialog', (dialog) => {
    const line = `${tag}: ${dialog.type()}: ${dialog.message()}`;
    dialogs.push(line);
    testDialogs.push(line);
    dialog.dismiss().catch(() => {});
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, context, errors, dialogs, close: () => context.close() };
}

/** The frame inside `iframe` once it shows `path` and (unless `ours` is false) the story or chart has started in it. */
async function childOf(iframe: ElementHandle<HTMLIFrameElement>, path: string, ours = true): Promise<Frame> {
  let child: Frame | null = null;
  await settle(
    async () => (child = await iframe.contentFrame()),
    (frame) => frame !== null && frame.url().includes(path),
    10000,
  );
  if (!child) throw new Error(`no frame for ${path}`);
  const frame: Frame = child;
  expect(frame.url()).toContain(path);
  await frame.waitForLoadState('domcontentloaded');
  if (ours) await frame.waitForFunction(() => document.documentElement.classList.contains('framed') || document.documentElement.dataset.scrollMode === 'page', null, { polling: 50, timeout: 10000 });
  return frame;
}

/** Opens a host page of `kind` and waits for the story in its (first) iframe to start. */
async function openEmbed(kind: HostKind, width: Width, opts: { selector?: string; path?: string; ours?: boolean; query?: string; init?: () => void } = {}): Promise<Embed> {
  const { selector = 'iframe', path = 'embed.html', ours = true, query = '', init } = opts;
  const base = await openPage(hosts.url(kind) + query, width, kind, init);
  const iframe = (await base.page.waitForSelector(selector, { state: 'attached' })) as ElementHandle<HTMLIFrameElement>;
  const child = await childOf(iframe, path, ours);
  return { ...base, iframe, child };
}

const modeOf = (child: Frame) => child.evaluate(() => document.documentElement.dataset.scrollMode ?? null);

/** Waits until the child is in `mode`; for the modes decided by the settle timer, until after it (1.2 s). */
async function waitForMode(child: Frame, mode: string, timeout = 8000): Promise<void> {
  await child
    .waitForFunction((m) => document.documentElement.dataset.scrollMode === m && (m === 'host' || m === 'page' || performance.now() > 1800), mode, { polling: 50, timeout })
    .catch(async () => {
      throw new Error(`expected the child's data-scroll-mode to become "${mode}", it is "${await modeOf(child)}"`);
    });
}

type Fit = { frameHeight: number; contentHeight: number; scrollHeight: number; innerHeight: number };

async function measureFit(iframe: ElementHandle<HTMLIFrameElement>, child: Frame): Promise<Fit> {
  const frameHeight = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await child.evaluate(() => ({
    contentHeight: document.body.getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  return { frameHeight, ...inner };
}

const fits = (f: Fit) => Math.abs(f.frameHeight - f.contentHeight) <= 2 && f.scrollHeight <= f.innerHeight + 2;

/** Waits until the frame is as tall as its content and the content does not scroll inside it; asserts that. */
async function expectFitted(iframe: ElementHandle<HTMLIFrameElement>, child: Frame, what: string, changedFrom?: number): Promise<Fit> {
  const fit = await settle(
    () => measureFit(iframe, child),
    (f) => fits(f) && (changedFrom === undefined || Math.abs(f.frameHeight - changedFrom) > 20),
  );
  expect(Math.abs(fit.frameHeight - fit.contentHeight), `${what}: frame height ${fit.frameHeight} vs content height ${fit.contentHeight}`).toBeLessThanOrEqual(2);
  expect(fit.scrollHeight, `${what}: the child scrolls inside its frame (scrollHeight ${fit.scrollHeight}, innerHeight ${fit.innerHeight})`).toBeLessThanOrEqual(fit.innerHeight + 2);
  return fit;
}

type StepInfo = { id: string; view: string | null; state: string | null };
const stepsOf = (child: Frame): Promise<StepInfo[]> =>
  child.$$eval('.step', (els) => els.map((el) => ({ id: el.id, view: el.getAttribute('data-view'), state: el.getAttribute('data-state') })));

type GraphicInfo = { step: number; view: string | null; state: string | null };
const graphicOf = (child: Frame): Promise<GraphicInfo> =>
  child.$eval('.graphic', (g) => ({ step: Number(g.getAttribute('data-step')), view: g.getAttribute('data-view'), state: g.getAttribute('data-state') }));

/** Waits until the child's live graphic shows step `n` (1-based) and returns what it shows. */
async function waitForStep(child: Frame, n: number, timeout = 5000): Promise<GraphicInfo> {
  await child.waitForFunction((n) => document.querySelector('.graphic')?.getAttribute('data-step') === String(n), n, { polling: 50, timeout }).catch(async () => {
    throw new Error(`expected the child's graphic to reach data-step ${n}, it shows ${JSON.stringify(await graphicOf(child))}`);
  });
  return graphicOf(child);
}

/** The iframe's top in host document coordinates, and the host viewport's height. */
const frameInHost = (iframe: ElementHandle<HTMLIFrameElement>) =>
  iframe.evaluate((f) => ({ top: f.getBoundingClientRect().top + window.scrollY + f.clientTop, viewportTop: f.getBoundingClientRect().top + f.clientTop, innerHeight: window.innerHeight, scrollY: window.scrollY }));

/** Scrolls the HOST page so that child element `selector`'s top (or its middle) is at `at` of the host viewport. */
async function scrollHostTo(e: Pick<Embed, 'iframe' | 'child'>, selector: string, at: number, anchor: 'top' | 'middle' = 'top'): Promise<void> {
  const y = await e.child.$eval(selector, (el, anchor) => {
    const r = el.getBoundingClientRect();
    return r.top + window.scrollY + (anchor === 'middle' ? r.height / 2 : 0);
  }, anchor);
  await e.iframe.evaluate((f, { y, at }) => window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY + f.clientTop + y - window.innerHeight * at), { y, at });
}

/** Where a child element is in HOST viewport coordinates. */
async function rectInHost(e: Pick<Embed, 'iframe' | 'child'>, selector: string): Promise<{ top: number; bottom: number; innerHeight: number }> {
  const r = await e.child.$eval(selector, (el) => {
    const b = el.getBoundingClientRect();
    return { top: b.top, bottom: b.bottom };
  });
  const f = await frameInHost(e.iframe);
  return { top: f.viewportTop + r.top, bottom: f.viewportTop + r.bottom, innerHeight: f.innerHeight };
}

const overlapsViewport = (r: { top: number; bottom: number; innerHeight: number }) => r.top < r.innerHeight && r.bottom > 0;

/** Ends a test's page: nothing it logged may be an error, and it opened no dialog. */
async function finish(e: Pick<Embed, 'errors' | 'dialogs' | 'close'>): Promise<void> {
  await e.close();
  expect(e.errors).toEqual([]);
  expect(e.dialogs).toEqual([]);
}

/**
 * Scrolls the host so that the frame's top is near the top of the host viewport, as a reader who
 * has reached the embed would have it.
 */
async function showFrame(e: Pick<Embed, 'iframe'>): Promise<void> {
  await e.iframe.evaluate((f) => window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY - 40));
}

/** Waits until the host page's (smooth) scroll has stopped: two equal readings 50 ms apart. */
async function hostScrollEnded(page: Page): Promise<void> {
  let last = NaN;
  await settle(
    () => page.evaluate(() => window.scrollY),
    (y) => {
      const same = y === last;
      last = y;
      return same;
    },
  );
}

/** Scrolls the host by a few pixels, enough for pym's scroll tracking to send the frame's position. */
async function nudgeHost(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollBy(0, 40));
  await sleep(150);
  await page.evaluate(() => window.scrollBy(0, 40));
}

describe('the frame is exactly as tall as the story in it', () => {
  for (const kind of ['ours', 'pym', 'amp'] as const) {
    for (const width of [375, 1280] as const) {
      it(`with ${kind === 'ours' ? 'our host script' : kind === 'pym' ? 'pym.js' : 'an AMP-style resizer'} at ${width} px, the frame fits its content with no inner scrollbar, before and after the content changes height`, async () => {
        const e = await openEmbed(kind, width);
        if (kind === 'pym') await nudgeHost(e.page);
        if (kind === 'amp') await showFrame(e);
        await waitForMode(e.child, kind === 'amp' ? 'unrolled' : 'host');
        const before = await expectFitted(e.iframe, e.child, `${kind} ${width} at start`);

        if (kind === 'amp') {
          // Unrolled: no step controls; a data table opening makes the content taller.
          await e.child.locator('details.data-table summary').first().click();
          expect(await e.child.locator('details.data-table').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
          const after = await expectFitted(e.iframe, e.child, `${kind} ${width} after opening a data table`, before.frameHeight);
          expect(after.frameHeight).toBeGreaterThan(before.frameHeight);
        } else {
          // Clicked: the controls sit in the graphic's panel, above the steps in the narrow layout.
          await e.child.locator('.control.all').click();
          expect(await e.child.locator('.control.all').getAttribute('aria-pressed')).toBe('true');
          const after = await expectFitted(e.iframe, e.child, `${kind} ${width} after "Show all"`, before.frameHeight);
          // "Show all" lays the steps out one after another, each with its figure, without the
          // scrolling room: the content's height changes, and the frame follows it.
          expect(Math.abs(after.frameHeight - before.frameHeight)).toBeGreaterThan(100);
          await e.child.locator('.control.all').click();
          await expectFitted(e.iframe, e.child, `${kind} ${width} back to the scrolling story`, after.frameHeight);
        }
        await finish(e);
      });
    }
  }
});

describe('the story finds out how it is embedded', () => {
  it('with our host script it follows the host ("host" mode)', async () => {
    const e = await openEmbed('ours', 375);
    await waitForMode(e.child, 'host');
    await finish(e);
  });

  it('with pym.js scroll tracking it follows the host once the host page has scrolled ("host" mode)', async () => {
    const e = await openEmbed('pym', 1280);
    await nudgeHost(e.page);
    await waitForMode(e.child, 'host');
    await finish(e);
  });

  it('with pym.js without scroll tracking it unrolls ("unrolled" mode), even after the host scrolls', async () => {
    const e = await openEmbed('pym-no-scroll', 1280);
    await showFrame(e);
    await nudgeHost(e.page);
    await waitForMode(e.child, 'unrolled');
    await sleep(200);
    expect(await modeOf(e.child)).toBe('unrolled');
    await finish(e);
  });

  it('with an AMP-style resizer that sends no geometry it unrolls ("unrolled" mode)', async () => {
    const e = await openEmbed('amp', 375);
    await showFrame(e);
    await waitForMode(e.child, 'unrolled');
    await finish(e);
  });

  it('below the fold, where the browser pauses the frame, it stays unrolled and does not mistake itself for a fixed frame', async () => {
    const e = await openEmbed('amp', 375);
    // Not scrolled into view: wait past the child's settle time (1.2 s).
    await sleep(1800);
    expect(await modeOf(e.child)).toBe('unrolled');
    await showFrame(e);
    await sleep(1800);
    expect(await modeOf(e.child)).toBe('unrolled');
    await expectFitted(e.iframe, e.child, 'amp 375 below the fold, then in view');
    await finish(e);
  });

  it('in a fixed-height frame with no host script it scrolls inside the frame ("frame" mode)', async () => {
    const e = await openEmbed('fixed', 1280);
    await showFrame(e);
    await waitForMode(e.child, 'frame');
    await finish(e);
  });

  it('opened as a page of its own, embed.html behaves as a page ("page" mode)', async () => {
    const p = await openPage(`${story.url}embed.html`, 1280, 'embed.html top-level');
    await p.page.waitForFunction(() => document.documentElement.dataset.scrollMode === 'page', null, { polling: 50, timeout: 8000 });
    await sleep(300); // a top-level page starts no settle timer: it stays a page
    expect(await p.page.evaluate(() => document.documentElement.dataset.scrollMode)).toBe('page');
    await finish(p);
  });
});

describe('scrolling the host page walks through every step', () => {
  for (const [kind, width] of [['ours', 375], ['ours', 1280], ['pym', 1280]] as const) {
    it(`${kind === 'ours' ? 'with our host script' : 'with pym.js scroll tracking'} at ${width} px, each step shows its chart state and the graphic stays in view`, async () => {
      const e = await openEmbed(kind, width);
      if (kind === 'pym') await nudgeHost(e.page);
      await waitForMode(e.child, 'host');
      const steps = await stepsOf(e.child);
      expect(steps).toHaveLength(TOTAL_STEPS);
      for (const [i, step] of steps.entries()) {
        await scrollHostTo(e, `#${step.id}`, READING_LINE[width]);
        const shown = await waitForStep(e.child, i + 1);
        expect(shown, `step ${i + 1}`).toEqual({ step: i + 1, view: step.view, state: step.state });
        const graphic = await rectInHost(e, '.graphic-frame');
        expect(overlapsViewport(graphic), `step ${i + 1}: the graphic is out of the host viewport (${JSON.stringify(graphic)})`).toBe(true);
      }
      expect(await modeOf(e.child)).toBe('host');
      await finish(e);
    });
  }
});

describe('an unrolled embed (AMP-style resizer)', () => {
  it('shows every step with its own static chart, and scrolling the host still moves the active step', async () => {
    const e = await openEmbed('amp', 375);
    await showFrame(e);
    await waitForMode(e.child, 'unrolled');
    const charts = e.child.locator('.step-figure > .chart');
    expect(await charts.count()).toBe(TOTAL_STEPS);
    for (let i = 0; i < TOTAL_STEPS; i++) expect(await charts.nth(i).isVisible(), `step ${i + 1}'s chart`).toBe(true);
    for (const n of [3, 9, 15, 10]) {
      await scrollHostTo(e, `.step[data-index="${n - 1}"]`, 0.5, 'middle');
      await waitForStep(e.child, n);
    }
    await finish(e);
  });
});

describe('a fixed-height frame', () => {
  it('scrolling inside the frame walks through every step, as on a page', async () => {
    const e = await openEmbed('fixed', 1280);
    await e.iframe.evaluate((f) => f.scrollIntoView({ block: 'center' }));
    await waitForMode(e.child, 'frame');
    const steps = await stepsOf(e.child);
    const at = await e.child.evaluate(() => (matchMedia('(max-width: 959px)').matches ? 0.62 : 0.3));
    for (const [i, step] of steps.entries()) {
      // One jump per step (a fling, or a keyboard Page Down): the frame follows its own scroll
      // events, since scrollama's observers measure against the top-level viewport in a
      // cross-origin frame.
      await e.child.$eval(`#${step.id}`, (el, at) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * at), at);
      const shown = await waitForStep(e.child, i + 1);
      expect(shown, `step ${i + 1}`).toEqual({ step: i + 1, view: step.view, state: step.state });
      const graphic = await e.child.$eval('.graphic-frame', (el) => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom, innerHeight: window.innerHeight }));
      expect(overlapsViewport(graphic), `step ${i + 1}: the graphic is out of the frame's viewport`).toBe(true);
    }
    // The frame is not resized to the content: it stays 600 px and scrolls.
    expect(await e.iframe.evaluate((f) => f.getBoundingClientRect().height)).toBe(600);
    await finish(e);
  });
});

describe('deep links', () => {
  it('data-step="12" on the host\'s iframe opens the story at step 12, scrolled into the host viewport', async () => {
    const e = await openEmbed('deep-link', 375);
    await waitForMode(e.child, 'host');
    const steps = await stepsOf(e.child);
    const landed = await settle(
      async () => ({ graphic: await graphicOf(e.child), rect: await rectInHost(e, '.step[data-index="11"]') }),
      (s) => s.graphic.step === 12 && overlapsViewport(s.rect),
      8000,
    );
    expect(landed.graphic).toEqual({ step: 12, view: steps[11]?.view, state: steps[11]?.state });
    expect(overlapsViewport(landed.rect), `step 12 is out of the host viewport (${JSON.stringify(landed.rect)})`).toBe(true);
    // Once the host's smooth scroll is over, it stays at step 12.
    await hostScrollEnded(e.page);
    expect((await graphicOf(e.child)).step).toBe(12);
    await finish(e);
  });

  it('embed.html#step-5 opens the story at step 5, scrolled into the host viewport', async () => {
    const e = await openEmbed('deep-hash', 1280);
    await waitForMode(e.child, 'host');
    const landed = await settle(
      async () => ({ graphic: await graphicOf(e.child), rect: await rectInHost(e, '.step[data-index="4"]') }),
      (s) => s.graphic.step === 5 && overlapsViewport(s.rect),
      8000,
    );
    expect(landed.graphic.step).toBe(5);
    expect(overlapsViewport(landed.rect), `step 5 is out of the host viewport (${JSON.stringify(landed.rect)})`).toBe(true);
    await finish(e);
  });

  it('in host mode, the child\'s "Next" button scrolls the HOST page to the next step', async () => {
    const e = await openEmbed('ours', 1280);
    await waitForMode(e.child, 'host');
    await scrollHostTo(e, '.step[data-index="0"]', READING_LINE[1280]);
    await waitForStep(e.child, 1);
    for (const n of [2, 3]) {
      const before = await e.page.evaluate(() => window.scrollY);
      await e.child.locator('.control.next').click();
      const after = await settle(() => e.page.evaluate(() => window.scrollY), (y) => y > before + 50, 5000);
      expect(after, `the host did not scroll for step ${n}`).toBeGreaterThan(before + 50);
      await waitForStep(e.child, n);
      // When the host's smooth scroll ends, the step under the reading line is the one asked for.
      await hostScrollEnded(e.page);
      await sleep(100);
      expect((await graphicOf(e.child)).step).toBe(n);
      expect(overlapsViewport(await rectInHost(e, `.step[data-index="${n - 1}"]`))).toBe(true);
    }
    await finish(e);
  });
});

describe('themes', () => {
  it('data-theme="dark" on the host\'s iframe gives the story the dark theme', async () => {
    const e = await openEmbed('theme-dark', 1280);
    await e.child.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { polling: 50, timeout: 5000 }).catch(async () => {
      throw new Error(`the child's data-theme is ${await e.child.evaluate(() => document.documentElement.dataset.theme)}`);
    });
    await finish(e);
  });

  it('?theme=transparent in the embed URL makes the story\'s background transparent', async () => {
    const e = await openEmbed('theme-transparent', 1280);
    await e.child.waitForFunction(() => document.documentElement.dataset.theme === 'transparent', null, { polling: 50, timeout: 5000 });
    expect(await e.child.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect(await e.child.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await finish(e);
  });
});

describe('two embeds on one page', () => {
  it('each frame is sized to its own content', async () => {
    const base = await openPage(hosts.url('ours-two'), 1280, 'ours-two');
    const one = (await base.page.waitForSelector('#one', { state: 'attached' })) as ElementHandle<HTMLIFrameElement>;
    const two = (await base.page.waitForSelector('#two', { state: 'attached' })) as ElementHandle<HTMLIFrameElement>;
    const [childOne, childTwo] = await Promise.all([childOf(one, 'embed.html'), childOf(two, 'charts/step-7.html')]);
    await waitForMode(childOne, 'host');
    const a = await expectFitted(one, childOne, 'the story (#one)');
    const b = await expectFitted(two, childTwo, 'the chart (#two)');
    expect(a.frameHeight).toBeGreaterThan(b.frameHeight * 3);
    await finish(base);
  });
});

describe('hostile neighbours', () => {
  it('a host that posts garbage into the frame does not break, restyle or move the story', async () => {
    const e = await openEmbed('hostile-host', 1280);
    await waitForMode(e.child, 'host');
    const embedUrl = `${story.url}embed.html`;
    for (const n of [4, 9, 2]) {
      await scrollHostTo(e, `.step[data-index="${n - 1}"]`, READING_LINE[1280]);
      await waitForStep(e.child, n);
    }
    await sleep(1200); // the host's garbage lasts about a second
    await scrollHostTo(e, '.step[data-index="12"]', READING_LINE[1280]);
    await waitForStep(e.child, 13);
    expect(await modeOf(e.child)).toBe('host');
    expect(await e.child.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull();
    expect(await e.child.evaluate(() => location.href)).toBe(embedUrl);
    expect(e.child.url()).toBe(embedUrl);
    await finish(e);
  });

  it('a framed page that posts garbage and forged messages cannot navigate the host, open a dialog, or size frames out of bounds', async () => {
    const e = await openEmbed('hostile-frame', 1280, {
      selector: '#attacker',
      path: 'attacker.html',
      ours: false,
      query: `?frame=${encodeURIComponent(hostile.url)}`,
      init: () => {
        // Records every height the host page gives its iframes, however briefly.
        if (window.top !== window) return;
        const seen: Record<string, number[]> = {};
        (window as unknown as { __heights: typeof seen }).__heights = seen;
        new MutationObserver((records) => {
          for (const r of records) {
            const el = r.target as HTMLElement;
            if (el.tagName !== 'IFRAME') continue;
            (seen[el.id] ??= []).push(el.getBoundingClientRect().height);
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style', 'height'] });
      },
    });
    const hostUrl = e.page.url();
    const bystander = (await e.page.waitForSelector('#bystander', { state: 'attached' })) as ElementHandle<HTMLIFrameElement>;
    const forger = await childOf(bystander, 'forger.html', false);
    const attacker = e.child;
    await attacker.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, null, { polling: 50, timeout: 10000 });
    await forger.waitForFunction(() => (window as unknown as { __done?: boolean }).__done === true, null, { polling: 50, timeout: 10000 });
    await hostScrollEnded(e.page); // the valid scroll request is a smooth scroll

    expect(e.page.url()).toBe(hostUrl);
    expect(e.dialogs).toEqual([]);
    const heights = await e.page.evaluate(() => (window as unknown as { __heights: Record<string, number[]> }).__heights);
    for (const h of heights.attacker ?? []) {
      expect(h).toBeGreaterThanOrEqual(50);
      expect(h).toBeLessThanOrEqual(100000);
    }
    expect(heights.attacker).toContain(ATTACKER_FINAL_HEIGHT);
    // The host did listen to the marked frame: its one valid height was applied.
    expect(await e.iframe.evaluate((f) => f.getBoundingClientRect().height)).toBe(ATTACKER_FINAL_HEIGHT);
    // The unmarked frame's forged heights were ignored.
    expect(heights.bystander ?? []).toEqual([]);
    expect(await bystander.evaluate((f) => f.getBoundingClientRect().height)).toBe(222);
    // A valid but huge scroll request scrolls no further than the frame's own bottom.
    const frame = await frameInHost(e.iframe);
    expect(frame.scrollY).toBeLessThanOrEqual(frame.top + ATTACKER_FINAL_HEIGHT + 1);
    await finish(e);
  });
});

describe('screenshots for a human to look at', () => {
  for (const width of [375, 1280] as const) {
    it(`the host page with our script at ${width} px, photographed at three scroll positions`, async () => {
      mkdirSync('screenshots', { recursive: true });
      const e = await openEmbed('ours', width);
      await waitForMode(e.child, 'host');
      await expectFitted(e.iframe, e.child, `ours ${width}`);
      for (const [i, n] of [2, 8, 16].entries()) {
        await scrollHostTo(e, `.step[data-index="${n - 1}"]`, READING_LINE[width]);
        await waitForStep(e.child, n);
        await sleep(350); // let the chart's transitions end
        await e.page.screenshot({ path: `screenshots/embed-test-ours-${width}-${i + 1}.png` });
      }
      await finish(e);
    });
  }
});
