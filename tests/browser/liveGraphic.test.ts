/**
 * The live graphic on the built story (dist/, the live data): nothing is hydrated, and at every
 * step it shows exactly that step's prerendered figure, reached by morphing the chart in place, so
 * that the marks two states share stay the same elements (and move under CSS transitions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStory, startStory, stepChart, stopStory } from './storyPage.ts';

let browser: Awaited<ReturnType<typeof startStory>>['browser'];

beforeAll(async () => {
  ({ browser } = await startStory('dist'));
});
afterAll(async () => {
  await stopStory();
});

/** The story, opened and live: its graphic follows the scroll (`js` on <html>). */
async function openLiveStory(opts: Parameters<typeof openStory>[0]) {
  const story = await openStory(opts);
  await story.page.goto(story.url);
  await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
  return story;
}

describe('the live graphic', () => {
  it('shows each step’s figure to the byte, at every step, stepping forward and back', async () => {
    const story = await openLiveStory({ width: 1280, height: 800, reducedMotion: 'reduce' });
    const total = await story.page.locator('.step').count();
    const mismatches: string[] = [];
    const check = async (n: number) => {
      await story.page.waitForFunction((n) => document.querySelector('.graphic')?.getAttribute('data-step') === String(n), n);
      const [live, activeViews] = await story.page.evaluate(() => [document.querySelector('.graphic .view.is-active > .chart')?.outerHTML ?? '', document.querySelectorAll('.graphic .view.is-active').length] as const);
      const figure = (await stepChart(story.page, n - 1)).html;
      if (live !== figure || activeViews !== 1) mismatches.push(`step ${n}`);
    };
    await check(1);
    const next = story.page.locator('.control.next');
    for (let n = 2; n <= total; n++) {
      await next.click();
      await check(n);
    }
    const prev = story.page.locator('.control.prev');
    for (let n = total - 1; n >= 1; n--) {
      await prev.click();
      await check(n);
    }
    expect(mismatches).toEqual([]);
    expect(story.errors).toEqual([]);
    await story.close();
  });

  it('keeps each seat’s element from one chamber state to the next, so the seats recolour in place', async () => {
    const story = await openLiveStory({ width: 375, height: 812 });
    const tag = () =>
      story.page.evaluate(() => {
        const seats = [...document.querySelectorAll('.graphic .view[data-chart="seats"] circle.seat')];
        seats.forEach((s, i) => ((s as unknown as { __seat: number }).__seat = i));
        return seats.length;
      });
    const kept = () => story.page.evaluate(() => [...document.querySelectorAll('.graphic .view[data-chart="seats"] circle.seat')].filter((s, i) => (s as unknown as { __seat?: number }).__seat === i).length);
    // As many seats as the chamber has (the live data's, whatever a correction makes them).
    // Steps 1 and 2 of the fixture: the empty chamber (step-voters) and the result (step-result).
    const seats = (await stepChart(story.page, 0, 'circle.seat')).marks;
    expect(seats).toBeGreaterThan(100);
    expect(await tag()).toBe(seats);
    await story.page.locator('.control.next').click();
    await story.page.waitForFunction(() => document.querySelector('.graphic')?.getAttribute('data-state') === 'party');
    expect(await kept()).toBe(seats);
    const cpp = (await stepChart(story.page, 1, 'circle.seat.p-CPP')).marks;
    expect(cpp).toBeGreaterThan(0);
    expect(await story.page.locator('.graphic .view[data-chart="seats"] circle.seat.p-CPP').count()).toBe(cpp);
    expect(await story.page.evaluate(() => document.querySelectorAll('script[type="application/json"]').length)).toBe(0);
    await story.close();
  });
});

describe('a chart drawn before its step', () => {
  it('draws the next new chart ahead once the page has loaded, hidden, and the one after it when the reader moves on', async () => {
    const story = await openLiveStory({ width: 1280, height: 800, reducedMotion: 'reduce' });
    const charts = await story.page.locator('.step').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.chart));
    // The steps whose chart is new (the votes after the chamber, then the next one after that).
    const firsts = charts.flatMap((c, i) => (i > 0 && !charts.slice(0, i).includes(c) ? [i] : []));
    expect(firsts.length).toBeGreaterThan(1);
    const [n, m] = firsts as [number, number];
    const viewOf = (i: number) => story.page.locator(`.graphic .view[data-chart="${charts[i]}"]`);
    // Once the page has loaded, the next new chart is drawn, not shown; the one after it is not drawn yet.
    await expect.poll(() => viewOf(n).locator('> .chart').count()).toBe(1);
    expect(await viewOf(n).evaluate((v) => v.classList.contains('is-active'))).toBe(false);
    expect(await story.page.locator('.graphic').getAttribute('data-step')).toBe('1');
    expect(await viewOf(m).locator('> .chart').count()).toBe(0);
    // A step on, the next chart not yet drawn is.
    await story.page.locator('.control.next').click();
    await expect.poll(() => viewOf(m).locator('> .chart').count()).toBe(1);
    // When its step comes, the chart drawn ahead is that step's figure, to the byte.
    for (let i = 2; i <= n; i++) await story.page.locator('.control.next').click();
    await story.page.waitForFunction((n) => document.querySelector('.graphic')?.getAttribute('data-step') === String(n), n + 1);
    const [live, figure] = await story.page.evaluate((n) => [document.querySelector('.graphic .view.is-active > .chart')?.outerHTML, document.querySelectorAll('.step')[n]!.querySelector('.step-figure > .chart')?.outerHTML], n);
    expect(live).toBe(figure);
    await story.close();
  });
});

/**
 * The browser's own record of why it lays elements out again (Chromium's invalidation tracking):
 * a chart whose outer <svg> is "re-sized" has every mark inside it laid out anew, on a slow phone
 * 20-30 ms a step. The frame around the charts contains itself (src/styles/layout.css), so a step
 * re-sizes no chart, even when its counter and controls are laid out again.
 */
describe('a step change lays out only what it changes', () => {
  for (const width of [375, 1280]) {
    it(`scrolling through every step at ${width} px re-sizes no chart`, async () => {
      const story = await openLiveStory({ width, height: width < 960 ? 740 : 800 });
      const at = width < 960 ? 0.78 : 0.5;
      await browser.startTracing(story.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking'] });
      const total = await story.page.locator('.step').count();
      for (let i = 0; i < total; i++) {
        await story.page.locator('.step').nth(i).evaluate((el, at) => window.scrollBy(0, el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2 - innerHeight * at), at);
        await story.page.waitForFunction((n) => document.querySelector('.graphic')?.getAttribute('data-step') === String(n), i + 1);
      }
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as { name: string; args?: { data?: { reason?: string; nodeName?: string } } }[];
      const invalidations = events.filter((e) => e.name === 'LayoutInvalidationTracking').map((e) => e.args?.data ?? {});
      // The tracking works: the step counter's text is laid out again at each step.
      expect(invalidations.length).toBeGreaterThan(total);
      const resized = invalidations.filter((d) => d.reason === 'Size changed' && /^svg class='chart\b/.test(d.nodeName ?? ''));
      expect(resized.map((d) => d.nodeName)).toEqual([]);
      await story.close();
    });
  }
});

/**
 * Showing a chart drawn ahead changes its view's opacity and stacking alone, neither inherited:
 * none of its marks is styled again (an inherited property, such as pointer-events, restyled all
 * 500 marks of the largest chart in the step that shows it).
 */
describe('a chart drawn ahead', () => {
  it('is shown without restyling its marks', async () => {
    const story = await openLiveStory({ width: 1280, height: 800, reducedMotion: 'reduce' });
    // The step that brings in the chart with the most marks.
    const charts = await story.page.locator('.step').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.chart));
    const steps = await Promise.all(charts.map(async (chart, i) => ({ chart, before: charts[i - 1], marks: (await stepChart(story.page, i)).marks })));
    const k = steps.reduce((best, s, i) => (i > 0 && s.chart !== s.before && s.marks > (steps[best]?.marks ?? 0) ? i : best), 0);
    expect(k).toBeGreaterThan(0);
    expect(steps[k]!.marks).toBeGreaterThan(300);
    for (let i = 0; i < k - 1; i++) await story.page.locator('.control.next').click();
    await story.page.waitForFunction((n) => document.querySelector('.graphic')?.getAttribute('data-step') === String(n), k);
    const view = story.page.locator(`.graphic .view[data-chart="${steps[k]!.chart}"]`);
    await expect.poll(() => view.locator('> .chart').count()).toBe(1);
    await story.page.waitForTimeout(300);
    await browser.startTracing(story.page, { categories: ['devtools.timeline'] });
    await story.page.locator('.control.next').click();
    await story.page.waitForFunction((n) => document.querySelector('.graphic')?.getAttribute('data-step') === String(n), k + 1);
    await story.page.waitForTimeout(500);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as { name: string; args?: { elementCount?: number } }[];
    const restyled = events.filter((e) => e.name === 'UpdateLayoutTree').map((e) => e.args?.elementCount ?? 0);
    // The tracing works: the step change restyles something (the cards, the views, the counter).
    expect(Math.max(...restyled)).toBeGreaterThan(0);
    expect(Math.max(...restyled)).toBeLessThan(steps[k]!.marks);
    await story.close();
  });
});

/**
 * Each step's chart ships in a <noscript> on the story page (src/lib/live/deferredFigures.ts): with
 * the script running it is one run of text until the live graphic, "show all" or print needs it.
 */
describe("the steps' charts", () => {
  it('stay unparsed until the graphic needs them, then are the same markup as without the script', async () => {
    const story = await openLiveStory({ width: 1280, height: 800, reducedMotion: 'reduce' });
    const total = await story.page.locator('.step').count();
    // Most are still text (step 1's chart is the one the server drew in the graphic; the next step's is taken out ahead).
    const deferred = await story.page.locator('.step-figure > noscript').count();
    expect(deferred).toBeGreaterThan(total / 2);
    expect(await story.page.locator('.step-figure noscript svg, .step-figure noscript .chart').count()).toBe(0);
    // The same markup as a reader without scripts gets: the last step's chart, taken out, against the no-JS page's.
    const markup = await story.page.evaluate(() => document.querySelector('.step:last-of-type .step-figure > noscript')?.textContent ?? '');
    await story.page.locator('.control.all').click();
    expect(await story.page.locator('.step-figure > noscript').count()).toBe(0);
    expect(await story.page.locator('.step-figure > .chart').count()).toBe(total);
    const taken = await story.page.evaluate(() => [...document.querySelectorAll('.step-figure > .chart')].at(-1)?.outerHTML);
    const nojs = await openStory({ width: 1280, height: 800, javaScriptEnabled: false });
    await nojs.page.goto(nojs.url);
    const plain = await nojs.page.evaluate(() => [...document.querySelectorAll('.step-figure .chart')].at(-1)?.outerHTML);
    expect(markup.length).toBeGreaterThan(100);
    expect(taken).toBe(plain);
    await nojs.close();
    await story.close();
  });
});

/**
 * The graphic's second start-up task (the scroll observers, their first measurements, `js` on
 * <html>) waits for the page's first frame, so that it never forces the page's first layout.
 */
describe('the start-up', () => {
  it('follows the scroll only once the page has rendered a frame, even when its stylesheet comes late', async () => {
    const story = await openStory({ width: 375, height: 740 });
    // A late stylesheet holds the first frame back while the script has run: the case where starting
    // at once would lay the whole page out inside the script's task.
    await story.page.route('**/assets/*.css', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await story.page.addInitScript(() => {
      const times = { frame: 0, live: 0 };
      (window as unknown as { __start: typeof times }).__start = times;
      requestAnimationFrame(() => (times.frame = performance.now()));
      new MutationObserver(() => {
        if (!times.live && document.documentElement?.classList.contains('js')) times.live = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    await story.page.goto(story.url);
    await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const times = await story.page.evaluate(() => (window as unknown as { __start: { frame: number; live: number } }).__start);
    expect(times.frame).toBeGreaterThan(0);
    expect(times.live).toBeGreaterThan(times.frame);
    await story.close();
  });
});
