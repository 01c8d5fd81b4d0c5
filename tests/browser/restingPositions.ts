/**
 * What a reader sees at rest: the story scrolled through in half-screen steps, and at each position
 * how much of the visible chart another element covers, which step the graphic shows, and whether
 * that step's card is on screen to explain it. For the phone and listener tests
 * (tests/browser/phone.test.ts) and the screenshots.
 *
 *   const rests = await restingPositions(page);              // a top-level page
 *   const rests = await restingPositions(page, { frame });   // the story in an auto-height frame
 *   summarise(rests) // → { positions: 58, meanCovered: 0, over25: 0 }
 */
import type { Frame, Page } from 'playwright-core';

/** One resting position. */
export type Rest = {
  /** The host's (or page's) scroll position, px. */
  y: number;
  /** Share of the visible chart's sampled points that another element lies over, 0–1; null when no chart is in sight. */
  covered: number | null;
  /** The step the graphic shows (1-based, `data-step`) and the counter's text. */
  step: number;
  counter: string;
  /** The 1-based numbers of the cards with some part in the reading band (the screen, less the chart's band on a narrow screen). */
  cardsInView: number[];
};

/** Measures, in the document that holds the story, one resting position; `band` is the visible part of that document, in its viewport's px. */
function measure(band: { top: number; bottom: number }): Omit<Rest, 'y'> {
  const graphicCol = document.querySelector<HTMLElement>('.graphic-col')!;
  const graphic = document.querySelector<HTMLElement>('.graphic')!;
  const chart = document.querySelector<Element>('.graphic .view.is-active > .chart');
  let covered: number | null = null;
  if (chart) {
    const r = chart.getBoundingClientRect();
    const top = Math.max(r.top, band.top);
    const bottom = Math.min(r.bottom, band.bottom);
    const left = Math.max(r.left, 0);
    const right = Math.min(r.right, innerWidth);
    if (bottom - top > 24 && right - left > 24) {
      let all = 0;
      let over = 0;
      for (let y = top + 3; y < bottom; y += 9) {
        for (let x = left + 3; x < right; x += 9) {
          all++;
          const hit = document.elementFromPoint(x, y);
          if (hit && !graphicCol.contains(hit)) over++;
        }
      }
      covered = over / all;
    }
  }
  // The reading band: below the chart's panel where it lies over the steps (a narrow screen), else all of it.
  const panel = graphicCol.getBoundingClientRect();
  const narrow = getComputedStyle(graphicCol).zIndex !== '0';
  const readTop = narrow ? Math.max(band.top, panel.bottom) : band.top;
  const cardsInView = [...document.querySelectorAll<HTMLElement>('.step')].flatMap((step, i) => {
    const c = step.querySelector('.step-card')!.getBoundingClientRect();
    return Math.min(c.bottom, band.bottom) - Math.max(c.top, readTop) > 24 ? [i + 1] : [];
  });
  return { covered, step: Number(graphic.dataset.step), counter: document.querySelector('.step-count')?.textContent ?? '', cardsInView };
}

/**
 * Scrolls from the top of the story to past its last step, half a screen at a time, and measures
 * each resting position. With `frame`, `page` is the host page and the story lives in that
 * auto-height frame (the host scrolls; the visible band is the part of the frame in its viewport).
 */
export async function restingPositions(page: Page, opts: { frame?: Frame; settleMs?: number } = {}): Promise<Rest[]> {
  const doc = opts.frame ?? page;
  const settle = opts.settleMs ?? 180;
  const viewport = page.viewportSize()!;
  const frameTop = async () => (opts.frame ? await page.locator('iframe').first().evaluate((f) => f.getBoundingClientRect().top + scrollY) : 0);
  const scrollyTop = (await frameTop()) + (await doc.locator('.scrolly').evaluate((el) => el.getBoundingClientRect().top + scrollY));
  const scrollyBottom = scrollyTop + (await doc.locator('.scrolly').evaluate((el) => el.getBoundingClientRect().height));
  const rests: Rest[] = [];
  for (let y = Math.max(0, scrollyTop - viewport.height / 2); y < scrollyBottom; y += viewport.height / 2) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(settle);
    const band = opts.frame
      ? await page.locator('iframe').first().evaluate((f) => {
          const r = f.getBoundingClientRect();
          return { top: Math.max(0, -r.top), bottom: Math.min(r.height, innerHeight - r.top) };
        })
      : { top: 0, bottom: viewport.height };
    rests.push({ y, ...(await doc.evaluate(measure, band)) });
  }
  return rests;
}

/** The mean covered share over the positions with a chart in sight, and how many of them are over 25 %. */
export function summarise(rests: readonly Rest[]): { positions: number; meanCovered: number; over25: number } {
  const seen = rests.flatMap((r) => (r.covered === null ? [] : [r.covered]));
  return { positions: seen.length, meanCovered: seen.reduce((a, b) => a + b, 0) / Math.max(1, seen.length), over25: seen.filter((c) => c > 0.25).length };
}
