/**
 * Main-thread work while a reader scrolls the story on a slow phone: with the CPU slowed 4× (CDP
 * Emulation.setCPUThrottlingRate), scrolls through every `.step` in turn, waits each time until the
 * live graphic (`.graphic[data-step]`) shows that step, and collects
 *   - the long tasks (> 50 ms, PerformanceObserver 'longtask', registered before navigation),
 *     split into those before the load event and those after it (the scroll);
 *   - for each step, the time from the scroll (performance.now() in the page right before it) to
 *     the graphic's data-step change (a MutationObserver in the page, also performance.now()).
 *
 *   const run = await measureScroll(browser, server.url, { width: 375, height: 740, at: 0.62 });
 *   run.longTasksAfterLoad.length // → 0
 */
import type { Browser, Page } from 'playwright-core';

export type Viewport = { width: number; height: number; /** Where a step's top is put, as a share of the viewport height. */ at: number };

export type LongTask = { start: number; duration: number };

/** A long task after the load event, with the step (1-based) whose scroll came last before it; 0 = before the first scroll. */
export type ScrollLongTask = LongTask & { afterStep: number };

export type ScrollRun = {
  viewport: Viewport;
  steps: number;
  longTasksDuringLoad: LongTask[];
  longTasksAfterLoad: ScrollLongTask[];
  /** performance.now() of each step's scroll, in ms (the page's clock, like the long tasks'). */
  scrolls: number[];
  /** ms from each scroll to the graphic's change, for steps 2…n (step 1 is shown on load). */
  stepLatencies: number[];
};

type Probe = { longTasks: LongTask[]; stepChanges: { step: string; t: number }[] };

/** Runs in the page before any of its scripts: records long tasks and the live graphic's data-step changes. */
function installProbe(): void {
  const probe: Probe = { longTasks: [], stepChanges: [] };
  (window as unknown as { __bench: Probe }).__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((records) => {
    const t = performance.now();
    for (const record of records) {
      const target = record.target as Element;
      if (target.classList?.contains('graphic')) probe.stepChanges.push({ step: target.getAttribute('data-step') ?? '', t });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-step'] });
}

/** Scrolls step `index` (0-based) so that its top sits at `at` of the viewport; returns performance.now() taken right before. */
async function scrollStep(page: Page, index: number, at: number): Promise<number> {
  return page.locator('.step').nth(index).evaluate((el, at) => {
    const t = performance.now();
    window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * at);
    return t;
  }, at);
}

/** Waits until the live graphic shows step `n` (1-based); returns the time the change was observed after `since`, if it was. */
async function graphicChange(page: Page, n: number, since: number): Promise<number | null> {
  await page.waitForFunction((n) => document.querySelector('.graphic')?.getAttribute('data-step') === String(n), n, { timeout: 15000 });
  return page.evaluate(
    ({ n, since }) => (window as unknown as { __bench: Probe }).__bench.stepChanges.find((c) => c.step === String(n) && c.t >= since)?.t ?? null,
    { n, since },
  );
}

/** One scripted read of the story at one viewport, with the CPU slowed `cpuSlowdown` times. */
export async function measureScroll(browser: Browser, url: string, viewport: Viewport, cpuSlowdown = 4): Promise<ScrollRun> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(installProbe);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('.graphic')?.getAttribute('data-step') !== null);
    const steps = await page.locator('.step').count();
    const stepLatencies: number[] = [];
    const scrolls: number[] = [];
    for (let i = 0; i < steps; i++) {
      const before = await page.evaluate(() => document.querySelector('.graphic')?.getAttribute('data-step'));
      const t0 = await scrollStep(page, i, viewport.at);
      scrolls.push(t0);
      const changed = await graphicChange(page, i + 1, t0);
      if (before !== String(i + 1) && changed !== null) stepLatencies.push(changed - t0);
    }
    await page.waitForTimeout(1000); // let the last transition and any trailing work finish
    const { longTasks, loadEnd } = await page.evaluate(() => ({
      longTasks: (window as unknown as { __bench: Probe }).__bench.longTasks,
      loadEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    }));
    return {
      viewport,
      steps,
      longTasksDuringLoad: longTasks.filter((t) => t.start < loadEnd),
      longTasksAfterLoad: longTasks.filter((t) => t.start >= loadEnd).map((t) => ({ ...t, afterStep: scrolls.filter((s) => s <= t.start).length })),
      scrolls,
      stepLatencies,
    };
  } finally {
    await context.close();
  }
}
