/**
 * The phone reader: on the built story (dist/, the live data), resting after each half-screen of
 * scrolling, the step cards leave the chart in sight (at most 10 % of it covered on average, and
 * more than 25 % at no more than one position in ten), at 375 × 812, in a 680 px auto-height frame
 * and at 1280 px (where nothing covers it); and text and chart never disagree: the step the
 * graphic shows is a card the reader can see, and the counter says its number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { openStory, startStoryAndHosts, stopStory } from './storyPage.ts';
import { restingPositions, summarise, type Rest } from './restingPositions.ts';

let hosts: Awaited<ReturnType<typeof startStoryAndHosts>>;
beforeAll(async () => {
  hosts = await startStoryAndHosts('dist');
});
afterAll(stopStory);

/** Positions where the graphic shows a step whose card is not in the reading band, though some card is. */
const unexplained = (rests: Rest[]) => rests.filter((r) => r.cardsInView.length > 0 && !r.cardsInView.includes(r.step)).map((r) => ({ y: r.y, step: r.step, cards: r.cardsInView }));
const miscounted = (rests: Rest[]) => rests.filter((r) => !r.counter.startsWith(`${r.step} /`)).map((r) => ({ y: r.y, step: r.step, counter: r.counter }));

/** The chart in sight at every rest (at most 10 % covered on average, over 25 % at no more than one rest in ten), and text and chart agreeing. */
function expectChartInSight(rests: Rest[]): void {
  const { positions, meanCovered, over25 } = summarise(rests);
  expect(positions).toBeGreaterThan(20);
  expect(meanCovered).toBeLessThanOrEqual(0.1);
  expect(over25).toBeLessThanOrEqual(positions / 10);
  expect(unexplained(rests)).toEqual([]);
  expect(miscounted(rests)).toEqual([]);
}

async function framedStory(width: number): Promise<{ rests: Rest[]; close: () => Promise<void> }> {
  // The host page's column is 48rem with 1rem padding: a viewport 32 px wider than the frame.
  const story = await openStory({ width: width + 32, height: 812, reducedMotion: 'reduce' });
  await story.page.goto(hosts.url('ours'));
  const iframe = await story.page.waitForSelector('iframe');
  let frame: Frame | null = null;
  for (let i = 0; i < 100 && (!frame || frame.url() === 'about:blank'); i++) {
    frame = await iframe.contentFrame();
    await story.page.waitForTimeout(50);
  }
  await iframe.scrollIntoViewIfNeeded();
  await frame!.waitForFunction(() => document.documentElement.dataset.scrollMode === 'host', null, { timeout: 8000 });
  expect(await iframe.evaluate((f) => f.getBoundingClientRect().width)).toBe(width);
  return { rests: await restingPositions(story.page, { frame: frame! }), close: story.close };
}

describe('the chart stays in sight', () => {
  it('at 375 × 812 the cards cover at most 10 % of the visible chart on average, and over 25 % at no more than one rest in ten', async () => {
    const story = await openStory({ width: 375, height: 812, reducedMotion: 'reduce' });
    await story.page.goto(story.url);
    await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const rests = await restingPositions(story.page);
    expectChartInSight(rests);
    expect(story.errors).toEqual([]);
    await story.close();
  });

  it('in a 680 px auto-height frame on a newsroom page, the same holds', async () => {
    const { rests, close } = await framedStory(680);
    expectChartInSight(rests);
    await close();
  });

  it('at 1280 × 800 nothing covers the chart, and the graphic shows the card in view', async () => {
    const story = await openStory({ width: 1280, height: 800, reducedMotion: 'reduce' });
    await story.page.goto(story.url);
    await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const rests = await restingPositions(story.page);
    const { positions, meanCovered } = summarise(rests);
    expect(positions).toBeGreaterThan(20);
    expect(meanCovered).toBe(0);
    expect(unexplained(rests)).toEqual([]);
    expect(miscounted(rests)).toEqual([]);
    await story.close();
  });
});

/** Each card's height before it is laid out (its estimate, if it is far from the reader) and after. */
async function cardHeights(width: number): Promise<{ estimated: number; laidOut: number }[]> {
  const story = await openStory({ width, height: 800 });
  await story.page.goto(story.url);
  await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
  const heights = await story.page.evaluate(() => {
    const cards = [...document.querySelectorAll<HTMLElement>('.step-card')];
    const estimated = cards.map((c) => c.getBoundingClientRect().height);
    const all = document.createElement('style');
    all.textContent = '.step-card { content-visibility: visible !important; }';
    document.head.append(all);
    return cards.map((c, i) => ({ estimated: estimated[i]!, laidOut: c.getBoundingClientRect().height }));
  });
  await story.close();
  return heights;
}

describe('cards far from the reader', () => {
  it.each([320, 375, 414, 768, 1280])('at %i px are not laid out yet, and take within 80 px of their height, 200 px over the story', async (width) => {
    const heights = await cardHeights(width);
    const skipped = heights.filter((h) => h.estimated !== h.laidOut);
    expect(skipped.length).toBeGreaterThan(heights.length / 2);
    for (const h of skipped) expect(Math.abs(h.estimated - h.laidOut)).toBeLessThanOrEqual(80);
    expect(Math.abs(heights.reduce((sum, h) => sum + h.estimated - h.laidOut, 0))).toBeLessThanOrEqual(200);
  });
});
