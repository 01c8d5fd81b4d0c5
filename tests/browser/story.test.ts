/**
 * The built story in a real Chromium, served from a nested path as a newsroom would host it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolationsAtStep } from './qualityPages.ts';
import { graphicAt, openStory, scrollToStep, stopStory } from './storyPage.ts';

afterAll(stopStory);

/** The chart each step asks for, read from the prerendered HTML. */
async function stepCharts(page: import('playwright-core').Page) {
  return page.$$eval('.step', (els) => els.map((el) => ({ anchor: el.id, view: el.getAttribute('data-view'), state: el.getAttribute('data-state') })));
}

describe('the story without JavaScript', () => {
  it('shows every step with its text, its chart and its text alternative', async () => {
    const story = await openStory({ width: 375, height: 740, javaScriptEnabled: false });
    await story.page.goto(story.url);
    const steps = story.page.locator('.step');
    expect(await steps.count()).toBe(18);
    for (let i = 0; i < 18; i++) {
      const step = steps.nth(i);
      // As a reader scrolls to it: a card far away is not laid out yet (content-visibility).
      await step.scrollIntoViewIfNeeded();
      await expect.poll(() => step.locator('.step-figure .chart').isVisible()).toBe(true);
      expect((await step.locator('figcaption').innerText()).length).toBeGreaterThan(20);
    }
    expect(await story.page.locator('.graphic-col').isVisible()).toBe(false);
    expect(await story.page.locator('h1').innerText()).toContain('stalled talks');
    await story.close();
  });
});

describe('the sources below the story', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`are ${javaScriptEnabled ? 'laid out once the page has loaded' : 'laid out as the reader nears them'}, and a source marker leads to its entry${javaScriptEnabled ? '' : ' (no JavaScript)'}`, async () => {
      const story = await openStory({ width: 375, height: 740, javaScriptEnabled });
      await story.page.goto(story.url);
      const footer = story.page.locator('.story-footer');
      // While the page loads the footer is not rendered (CSS); the script lays its frame out once loaded and idle.
      await expect.poll(() => footer.evaluate((f) => getComputedStyle(f).contentVisibility)).toBe(javaScriptEnabled ? 'visible' : 'auto');
      await story.page.locator('.dek .sentence-ref').first().click();
      await expect.poll(() => story.page.evaluate(() => location.hash)).toBe('#source-1');
      await expect.poll(() => story.page.locator('#source-1').evaluate((el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.height > 0; })).toBe(true);
      expect(await story.page.locator('#source-1').innerText()).not.toBe('');
      expect(story.errors).toEqual([]);
      await story.close();
    });
  }
});

describe('a pinned theme', () => {
  it.each([
    ['light', 'dark', 'rgb(251, 250, 247)'],
    ['dark', 'light', 'rgb(18, 20, 23)'],
  ] as const)('?theme=%s wins over a reader who prefers %s', async (theme, colorScheme, background) => {
    const story = await openStory({ width: 375, height: 740, colorScheme });
    await story.page.goto(`${story.url}embed.html?theme=${theme}`);
    await expect.poll(() => story.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    expect(await story.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
    await story.close();
  });
});

describe('the story with JavaScript', () => {
  for (const [width, height, at] of [[1280, 800, 0.3], [375, 740, 0.62]] as const) {
    it(`at ${width} px, scrolling to each step shows that step's chart state`, async () => {
      const story = await openStory({ width, height });
      await story.page.goto(story.url);
      const charts = await stepCharts(story.page);
      for (const [i, chart] of charts.entries()) {
        await scrollToStep(story.page, i, at);
        expect(await graphicAt(story.page, i + 1)).toEqual({ view: chart.view, state: chart.state });
        expect(await story.page.locator('.graphic-frame').isVisible()).toBe(true);
      }
      expect(story.errors).toEqual([]);
      expect(story.requests.filter((url) => !url.startsWith(story.origin))).toEqual([]);
      await story.close();
    });
  }

  it('the keyboard controls walk through every step and back, keeping focus on the button and announcing each step', async () => {
    const story = await openStory({ width: 1280, height: 800, reducedMotion: 'reduce' });
    await story.page.goto(story.url);
    const charts = await stepCharts(story.page);
    await story.page.locator('.control.next').focus();
    for (let i = 1; i < charts.length; i++) {
      await story.page.keyboard.press('Enter');
      const chart = charts[i]!;
      expect(await graphicAt(story.page, i + 1)).toEqual({ view: chart.view, state: chart.state });
      expect(await story.page.evaluate(() => document.activeElement?.className)).toContain('next');
      const said = await story.page.locator('.graphic [aria-live]').innerText();
      expect(said).toMatch(new RegExp(`^Step ${i + 1} of ${charts.length}, `));
      // The announcement is the step's first paragraph without what is hidden and without its source markers ("[1, 4]").
      const first = await story.page.locator(`#${chart.anchor} .step-card > p:not(.step-number)`).first().evaluate((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden, .sentence-ref').forEach((el) => el.remove());
        return copy.textContent ?? '';
      });
      expect(first.length).toBeGreaterThan(20);
      expect(said.endsWith(first)).toBe(true);
    }
    expect(await story.page.locator('.control.next').getAttribute('aria-disabled')).toBe('true');
    await story.page.keyboard.press('Enter');
    expect(await story.page.locator('.graphic').getAttribute('data-step')).toBe(String(charts.length));
    await story.page.keyboard.press('Shift+Tab');
    expect(await story.page.evaluate(() => document.activeElement?.className)).toContain('prev');
    await story.page.keyboard.press('Enter');
    await graphicAt(story.page, charts.length - 1);
    expect(story.errors).toEqual([]);
    await story.close();
  });

  it('"Show all steps" unrolls the story with every chart state, and can be undone', async () => {
    const story = await openStory({ width: 375, height: 740 });
    await story.page.goto(story.url);
    const toggle = story.page.locator('.control.all');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await story.page.locator('.step-figure > .chart:visible').count()).toBe(18);
    expect(await story.page.locator('.graphic-frame').isVisible()).toBe(false);
    await toggle.click();
    expect(await story.page.locator('.step-figure > .chart:visible').count()).toBe(0);
    await story.close();
  });

  it('a deep link to a step opens on that step, and so does a reload in the middle of the page', async () => {
    const story = await openStory({ width: 1280, height: 800 });
    await story.page.goto(`${story.url}#step-12`);
    const charts = await stepCharts(story.page);
    expect(await graphicAt(story.page, 12)).toEqual({ view: charts[11]?.view, state: charts[11]?.state });
    // A reload of an address without a step in it (with one, a busy browser may go back to the
    // step the address names rather than to where the reader was: its choice, not the page's).
    await story.page.goto(story.url);
    await scrollToStep(story.page, 7, 0.3);
    await graphicAt(story.page, 8);
    await story.page.reload();
    await story.page.waitForLoadState('load');
    // The browser puts the page back where the reader was (on a busy machine a moment after the
    // load event): the graphic follows to that step and stays there.
    const step = async () => Number(await story.page.locator('.graphic').getAttribute('data-step'));
    await expect.poll(async () => { const n = await step(); return n >= 7 && n <= 9; }, { timeout: 5000 }).toBe(true);
    await story.page.waitForTimeout(300);
    expect(await step()).toBeGreaterThanOrEqual(7);
    expect(await step()).toBeLessThanOrEqual(9);
    await story.close();
  });

  it('a fast fling to the end lands on the last step', async () => {
    const story = await openStory({ width: 1280, height: 800 });
    await story.page.goto(story.url);
    await story.page.evaluate(() => window.scrollTo(0, document.querySelector('.step[data-index="17"]')!.getBoundingClientRect().top + scrollY - innerHeight * 0.3));
    expect(await graphicAt(story.page, 18)).toEqual({ view: 'chamber', state: 'full' });
    await story.close();
  });

  it('with reduced motion, seats and charts change without transitions', async () => {
    const story = await openStory({ width: 1280, height: 800, reducedMotion: 'reduce' });
    await story.page.goto(story.url);
    await scrollToStep(story.page, 1, 0.3);
    await graphicAt(story.page, 2);
    const durations = await story.page.$$eval('.graphic .seat', (els) => [...new Set(els.map((el) => getComputedStyle(el).transitionDuration))]);
    expect(durations).toEqual(['0s']);
    const moving = await openStory({ width: 1280, height: 800 });
    await moving.page.goto(moving.url);
    await scrollToStep(moving.page, 1, 0.3);
    await graphicAt(moving.page, 2);
    await moving.page.waitForTimeout(100);
    const animated = await moving.page.$eval('.graphic .seat', (el) => getComputedStyle(el).transitionDuration);
    expect(animated).not.toBe('0s');
    await story.close();
    await moving.close();
  });

  it('has no horizontal scroll at 320 px and no layout shift while the graphic hydrates', async () => {
    const story = await openStory({ width: 320, height: 640 });
    await story.page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await story.page.goto(story.url);
    await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await story.page.waitForTimeout(300);
    expect(await story.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await story.page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
    await story.close();
  });
});

describe('accessibility', () => {
  for (const [width, height, at] of [[375, 740, 0.62], [1280, 800, 0.3]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`axe finds no violations at any step at ${width} px, ${colorScheme}`, async () => {
        const story = await openStory({ width, height, colorScheme, reducedMotion: 'reduce' });
        await story.page.goto(story.url);
        const count = await story.page.locator('.step').count();
        for (let i = 0; i < count; i++) {
          await scrollToStep(story.page, i, at);
          await graphicAt(story.page, i + 1);
          // The whole page at the first step, then what each step changes.
          expect(await axeViolationsAtStep(story.page, i), `step ${i + 1}`).toEqual([]);
        }
        await story.close();
      });
    }
  }
});

describe('the story in print', () => {
  it('prints the unrolled story: every step with its chart, no sticky graphic, sources with their addresses', async () => {
    const story = await openStory({ width: 800, height: 1000 });
    await story.page.goto(story.url);
    await story.page.emulateMedia({ media: 'print' });
    expect(await story.page.locator('.graphic-col').isVisible()).toBe(false);
    // Printing takes every chart out of its <noscript> (src/main.ts), as the print media comes.
    await expect.poll(() => story.page.locator('.step-figure > .chart:visible').count()).toBe(18);
    expect(await story.page.locator('.step-figure figcaption').first().evaluate((el) => getComputedStyle(el).position)).toBe('static');
    const after = await story.page.locator('.source-notes a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
    const pdf = await story.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await story.close();
  });
});
