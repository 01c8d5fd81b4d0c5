/**
 * Quality checks of the built story in a real Chromium that no reader asks for by name but every
 * newsroom needs: it works under a strict Content-Security-Policy and in a sandboxed frame, it
 * talks to no one else and stores nothing, its embed passes axe at every step in both themes and
 * both widths, it reflows at 200 % zoom and at 320 px, and it can be read with the keyboard alone.
 * Helpers are in qualityPages.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolationsAtStep,
  childFrame,
  type Doc,
  focusState,
  overflowX,
  type Quality,
  scrollDocToStep,
  scrollHostToStep,
  startQuality,
  stepShown,
  TOTAL_STEPS,
  waitForScrollMode,
  waitForStep,
} from './qualityPages.ts';

let q: Quality;
beforeAll(async () => {
  q = await startQuality();
});
afterAll(async () => {
  await q?.stop();
});

/** Whether the graphic has hydrated (main.ts marks <html> with `js`), waiting a little for it. */
const hydrated = (doc: Doc) =>
  doc.waitForFunction(() => document.documentElement.classList.contains('js'), null, { timeout: 5000 }).then(
    () => true,
    () => false,
  );

describe('under a strict Content-Security-Policy sent as a response header', () => {
  it('the story hydrates and steps with no CSP violation and no console error', async () => {
    const p = await q.open({ width: 1280, height: 800 });
    const response = await p.page.goto(q.strict.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await p.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await waitForStep(p.page, 1);
    await scrollDocToStep(p.page, 5, 0.3);
    await waitForStep(p.page, 6);
    await scrollDocToStep(p.page, 11, 0.3);
    await waitForStep(p.page, 12);
    expect(await p.problems()).toEqual([]);
    await p.close();
  });

  it('the embed page hydrates and steps, on its own and framed by a newsroom page with our host script', async () => {
    const alone = await q.open({ width: 375, height: 740 });
    await alone.page.goto(`${q.strict.url}embed.html`);
    expect(await hydrated(alone.page)).toBe(true);
    await scrollDocToStep(alone.page, 3, 0.62);
    await waitForStep(alone.page, 4);
    expect(await alone.problems()).toEqual([]);
    await alone.close();

    const framed = await q.open({ width: 1280, height: 800 });
    await framed.page.goto(q.strictHosts.url('ours'));
    const child = await childFrame(framed.page);
    await waitForScrollMode(child, 'host');
    expect(await hydrated(child)).toBe(true);
    await scrollHostToStep(framed.page, child, 6, 0.3);
    await waitForStep(child, 7);
    expect(await framed.problems()).toEqual([]);
    await framed.close();
  });

  it('a chart page renders its chart with no CSP violation and no console error', async () => {
    const p = await q.open({ width: 640, height: 700 });
    await p.page.goto(`${q.strict.url}charts/step-7.html`);
    await p.page.waitForLoadState('load');
    expect(await p.page.locator('.chart').first().isVisible()).toBe(true);
    expect(await p.problems()).toEqual([]);
    await p.close();
  });
});

describe('inside <iframe sandbox="allow-scripts allow-popups"> on a host page from another origin', () => {
  // A sandboxed frame has an opaque origin ("null"), so it loads module scripts and fonts in CORS
  // mode: the files must be served with Access-Control-Allow-Origin (npm run serve does; the
  // README's Deploy section says so for real hosts).
  it('served with Access-Control-Allow-Origin, the story runs, steps as the frame scrolls and logs nothing', async () => {
    const p = await q.open({ width: 1280, height: 800 });
    await p.page.goto(q.sandboxUrl(q.cors.url));
    const child = await childFrame(p.page);
    expect(await child.evaluate(() => origin)).toBe('null');
    // The host script ignores a frame whose origin is "null", so the frame keeps its height and scrolls inside itself.
    await waitForScrollMode(child, 'frame');
    expect(await hydrated(child)).toBe(true);
    expect(await p.page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(600);
    await waitForStep(child, 1);
    await scrollDocToStep(child, 5, 0.4);
    await waitForStep(child, 6);
    await scrollDocToStep(child, 12, 0.4);
    await waitForStep(child, 13);
    // Scrolling the host moves the frame, not the steps inside it.
    await p.page.evaluate(() => window.scrollBy(0, 300));
    await p.page.waitForTimeout(200);
    expect(await stepShown(child)).toBe(13);
    expect(await p.problems()).toEqual([]);
    await p.close();
  });
});

describe('privacy', () => {
  it('the story makes no third-party request and leaves no cookie, storage or database behind', async () => {
    const p = await q.open({ width: 1280, height: 800 });
    await p.page.goto(q.story.url);
    await p.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    // Use what there is to use: the step controls, "Show all" and back, then read to the end.
    await p.page.locator('.control.next').click();
    await waitForStep(p.page, 2);
    await p.page.locator('.control.all').click();
    await p.page.locator('.control.all').click();
    for (let i = 0; i < TOTAL_STEPS; i += 3) await scrollDocToStep(p.page, i, 0.3);
    await scrollDocToStep(p.page, TOTAL_STEPS - 1, 0.3);
    await waitForStep(p.page, TOTAL_STEPS);
    await p.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await p.page.waitForLoadState('networkidle');
    expect(p.requests.length).toBeGreaterThan(3);
    expect(p.requests.filter((url) => !url.startsWith(q.story.origin + '/'))).toEqual([]);
    const stored = await p.page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      databases: await indexedDB.databases(),
      caches: 'caches' in window ? await caches.keys() : [],
      serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    }));
    expect(stored).toEqual({ cookie: '', localStorage: 0, sessionStorage: 0, databases: [], caches: [], serviceWorkers: 0 });
    expect((await p.page.context().cookies()).length).toBe(0);
    expect(await p.problems()).toEqual([]);
    await p.close();
  });
});

describe('accessibility of the embed in a host page with our host script', () => {
  /** Where a reader has the step they are reading: its top at this fraction of the host viewport. */
  const READING_LINE = { 375: 0.62, 1280: 0.3 } as const;

  /** Opens the 'ours' host page (one page for all steps), and runs axe in the framed story at every step. */
  async function axeAtEveryStep(width: 375 | 1280, colorScheme: 'light' | 'dark'): Promise<string[]> {
    const p = await q.open({ width, height: width === 375 ? 740 : 800, colorScheme, reducedMotion: 'reduce' });
    await p.page.goto(q.hosts.url('ours'));
    const child = await childFrame(p.page);
    await waitForScrollMode(child, 'host');
    const found: string[] = [];
    for (let i = 0; i < TOTAL_STEPS; i++) {
      await scrollHostToStep(p.page, child, i, READING_LINE[width]);
      await waitForStep(child, i + 1);
      for (const violation of await axeViolationsAtStep(child, i)) found.push(`${colorScheme}, step ${i + 1}: ${violation}`);
    }
    found.push(...(await p.problems()).map((problem) => `${colorScheme}: ${problem}`));
    await p.close();
    return found;
  }

  for (const width of [375, 1280] as const) {
    // The two colour schemes run side by side, each in its own page: axe is most of the time here.
    it(`axe finds no violation in the framed story at any step at ${width} px, light and dark`, async () => {
      const found = (await Promise.all([axeAtEveryStep(width, 'light'), axeAtEveryStep(width, 'dark')])).flat();
      expect(found).toEqual([]);
    });
  }
});

describe('reflow', () => {
  const viewports = [
    { label: '1280 px at 200 % zoom (640 × 400 CSS px at device scale 2)', width: 640, height: 400, deviceScaleFactor: 2 },
    { label: '320 × 640', width: 320, height: 640, deviceScaleFactor: 1 },
  ];
  const STEPS_TO_CHECK = [0, 4, 8, 12, 17];
  for (const viewport of viewports) {
    it(`at ${viewport.label}, the story, the embed page and a chart page never scroll sideways`, async () => {
      const p = await q.open({ ...viewport, reducedMotion: 'reduce' });
      const overflow: string[] = [];
      const check = async (where: string) => {
        const x = await overflowX(p.page);
        if (x > 0) overflow.push(`${where}: ${x} px too wide`);
      };
      for (const path of ['', 'embed.html']) {
        await p.page.goto(`${q.story.url}${path}`);
        await p.page.waitForFunction(() => document.documentElement.classList.contains('js'));
        await check(`${path || 'story'} at the top`);
        for (const i of STEPS_TO_CHECK) {
          await scrollDocToStep(p.page, i, 0.5);
          await waitForStep(p.page, i + 1);
          await check(`${path || 'story'} at step ${i + 1}`);
        }
        await p.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await check(`${path || 'story'} at the end`);
      }
      for (const n of [2, 7, 13]) {
        await p.page.goto(`${q.story.url}charts/step-${n}.html`);
        await p.page.waitForLoadState('load');
        await check(`charts/step-${n}.html at the top`);
        await p.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await check(`charts/step-${n}.html at the end`);
      }
      expect(overflow).toEqual([]);
      expect(await p.problems()).toEqual([]);
      await p.close();
    });
  }
});

describe('keyboard only', () => {
  for (const [width, height] of [[1280, 800], [375, 740]] as const) {
    it(`at ${width} px, Tab from the top reaches the step controls, and each of the first 30 Tab stops shows a focus indicator`, async () => {
      const p = await q.open({ width, height, reducedMotion: 'reduce' });
      await p.page.goto(q.story.url);
      await p.page.waitForFunction(() => document.documentElement.classList.contains('js'));
      const stops: Awaited<ReturnType<typeof focusState>>[] = [];
      for (let i = 0; i < 30; i++) {
        await p.page.keyboard.press('Tab');
        stops.push(await focusState(p.page));
      }
      expect(stops.filter((s) => s.what === 'body').length, 'Tab stops that left the page').toBe(0);
      expect(stops.filter((s) => !s.indicator).map((s) => `${s.what}: outline ${s.outline}, box-shadow ${s.shadow}`)).toEqual([]);
      const controls = stops.filter((s) => s.inControls).map((s) => s.what);
      expect(controls.some((c) => c.includes('control.next')), `the first 30 Tab stops: ${stops.map((s) => s.what).join(', ')}`).toBe(true);
      expect(await p.problems()).toEqual([]);
      await p.close();
    });
  }

  it('Enter on "Next step" 17 times walks to the last step (data-step 18), with focus staying on the button', async () => {
    const p = await q.open({ width: 375, height: 740, reducedMotion: 'reduce' });
    await p.page.goto(q.story.url);
    await p.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    let tabs = 0;
    while (!(await focusState(p.page)).what.includes('control.next')) {
      await p.page.keyboard.press('Tab');
      expect(++tabs, 'Tab presses from the top to "Next step"').toBeLessThanOrEqual(30);
    }
    const next = p.page.locator('.control.next');
    for (let step = 2; step <= TOTAL_STEPS; step++) {
      await p.page.keyboard.press('Enter');
      await waitForStep(p.page, step);
      // Focus stays on the button (the step is announced instead), so Enter again goes on.
      expect((await focusState(p.page)).what, `focus after "Next step" to step ${step}`).toContain('control.next');
    }
    expect(await p.page.locator('.graphic').getAttribute('data-step')).toBe(String(TOTAL_STEPS));
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    expect(await p.problems()).toEqual([]);
    await p.close();
  });
});
