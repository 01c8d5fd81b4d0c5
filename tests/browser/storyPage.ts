/**
 * What the browser tests share: the built story served from a nested path, Chromium, and a page
 * that records console errors and every request it makes.
 *
 *   const story = await openStory({ width: 375 });
 *   await story.page.goto(story.url);
 *   expect(story.errors).toEqual([]);
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../tools/serveStatic.ts';
import { launchChromium } from '../../tools/launchChromium.ts';
import { startHosts } from '../../tools/hostPages.ts';
import { FIXTURE_DIST } from '../fixtures/paths.ts';

export const BASE = '/news/2014/cambodia/';

let browser: Browser | undefined;
let server: StaticServer | undefined;

/** Starts (once) Chromium and a server for dist/ under BASE. */
export async function startStory(dir = FIXTURE_DIST): Promise<{ browser: Browser; server: StaticServer }> {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/index.html is missing: run "npm run build" before the browser tests (npm test does).`);
  browser ??= await launchChromium();
  server ??= await serveStatic({ dir, base: BASE });
  return { browser, server };
}

let hosts: Awaited<ReturnType<typeof startHosts>> | undefined;

/**
 * The built story in `dir` and the newsroom host pages that frame it (tools/hostPages.ts), for a
 * test file that opens both; stopStory closes them.
 *
 *   const hosts = await startStoryAndHosts('dist'); await page.goto(hosts.url('ours'));
 */
export async function startStoryAndHosts(dir: string): Promise<NonNullable<typeof hosts>> {
  const { server: s } = await startStory(dir);
  hosts ??= await startHosts(s.url);
  return hosts;
}

export async function stopStory(): Promise<void> {
  await hosts?.close();
  hosts = undefined;
  await browser?.close();
  await server?.close();
  browser = undefined;
  server = undefined;
}

export type StoryPage = { page: Page; url: string; origin: string; errors: string[]; requests: string[]; close: () => Promise<void> };

/** A new page (in its own context) with the given viewport and options, recording errors and requests. */
export async function openStory(opts: { width?: number; height?: number } & BrowserContextOptions = {}): Promise<StoryPage> {
  const { browser: b, server: s } = await startStory();
  const { width = 1280, height = 800, ...rest } = opts;
  const context = await b.newContext({ viewport: { width, height }, ...rest });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') errors.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { page, url: s.url, origin: s.origin, errors, requests, close: () => context.close() };
}

/** Scrolls so that step `index` (0-based) sits where a reader would have it: its top at `at` of the viewport. */
export async function scrollToStep(page: Page, index: number, at: number): Promise<void> {
  await page.locator('.step').nth(index).evaluate((el, at) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * at), at);
}

/** Waits until the live graphic shows step `n` (1-based), and returns its view and state. */
export async function graphicAt(page: Page, n: number): Promise<{ view: string | null; state: string | null }> {
  const graphic = page.locator('.graphic');
  await page.waitForFunction((n) => document.querySelector('.graphic')?.getAttribute('data-step') === String(n), n, { timeout: 5000 });
  return { view: await graphic.getAttribute('data-view'), state: await graphic.getAttribute('data-state') };
}

/**
 * Step `index`'s (0-based) chart as its figure draws it: in the page, or still in its <noscript>
 * (src/lib/live/deferredFigures.ts) and read as the parser would, without taking it out. `html` is
 * its markup, `marks` how many of its elements match `selector`.
 */
export function stepChart(page: Page, index: number, selector = '*'): Promise<{ html: string; marks: number }> {
  return page.evaluate(
    ([index, selector]) => {
      const figure = document.querySelectorAll('.step')[index]?.querySelector('.step-figure');
      const template = document.createElement('template');
      template.innerHTML = figure?.querySelector(':scope > noscript')?.textContent ?? figure?.innerHTML ?? '';
      const chart = template.content.querySelector('.chart');
      return { html: chart?.outerHTML ?? 'no figure', marks: chart?.querySelectorAll(selector).length ?? 0 };
    },
    [index, selector] as const,
  );
}
