/**
 * What a reader downloads: opens a page of the served dist/ in Chromium with JavaScript on,
 * records every response while it loads and while it is scrolled once to the bottom, maps each
 * URL back to its file in dist/ and sizes it with gzip -9 (from the file on disk, so the numbers do
 * not depend on the server). Files are grouped by type, and split into the first load (responses
 * that arrived before the load event) and the rest. It also counts the requests of the first load
 * and the page's DOM elements once it has loaded (scripts run, the graphic hydrated). All of it is
 * deterministic for a given dist/, so `npm test` checks it too (tests/browser/budgets.test.ts).
 *
 *   const bytes = await measurePageBytes(browser, server, 'dist', 'index.html');
 *   bytes.byType.js // → 22446
 *   bytes.domElements // → 3312
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../tools/serveStatic.ts';

export const TYPES = ['js', 'css', 'html', 'fonts', 'images', 'other'] as const;
export type ResourceType = (typeof TYPES)[number];

export type LoadedFile = { path: string; type: ResourceType; gzip: number; firstLoad: boolean };

export type PageBytes = {
  page: string;
  files: LoadedFile[];
  byType: Record<ResourceType, number>;
  firstLoad: number;
  total: number;
  /** Requests made before the load event (every response, from dist/ or not). */
  firstLoadRequests: number;
  /** Elements in the document right after the load event (SVG elements included). */
  domElements: number;
  /** Responses that are not files of dist/ (another origin, a 404, a data: URL…). */
  unmapped: string[];
};

/** The gzip size (level 9) of a file, in bytes. */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The resource type of a file, from its extension. */
export function typeOf(path: string): ResourceType {
  const ext = extname(path).toLowerCase();
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (['.woff2', '.woff', '.ttf', '.otf', '.eot'].includes(ext)) return 'fonts';
  if (['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.ico'].includes(ext)) return 'images';
  return 'other';
}

/** The file in `dir` a URL of the server stands for, relative to dir, or null if it is not one. */
export function fileForUrl(url: string, server: StaticServer, dir: string): string | null {
  if (!url.startsWith(server.url)) return null;
  let rel = decodeURIComponent(new URL(url).pathname).slice(new URL(server.url).pathname.length);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(dir, rel));
  if (!file.startsWith(normalize(dir) + sep)) return null;
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? join(rel, 'index.html') : null;
  return rel;
}

/** Scrolls a page to the bottom a viewport at a time, so that anything loaded on scroll is loaded. */
export async function scrollToBottom(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, Math.round(innerHeight * 0.8));
      return Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
    });
    await page.waitForTimeout(60);
    if (atBottom) break;
  }
  await page.waitForLoadState('networkidle');
}

/** Loads `page` (a file of dist/, e.g. "embed.html") and returns the gzip bytes of what it fetched. */
export async function measurePageBytes(browser: Browser, server: StaticServer, dir: string, pageFile: string): Promise<PageBytes> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  try {
    const page = await context.newPage();
    const seen = new Map<string, boolean>();
    const unmapped: string[] = [];
    let loaded = false;
    let firstLoadRequests = 0;
    page.on('load', () => (loaded = true));
    page.on('response', (response) => {
      const url = response.url();
      if (url.startsWith('data:')) return;
      if (!loaded) firstLoadRequests++;
      const rel = response.ok() ? fileForUrl(url, server, dir) : null;
      if (rel === null) unmapped.push(`${response.status()} ${url}`);
      else if (!seen.has(rel)) seen.set(rel, !loaded);
    });
    await page.goto(server.url + (pageFile === 'index.html' ? '' : pageFile), { waitUntil: 'load' });
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    await scrollToBottom(page);
    return { ...summarise(pageFile, dir, seen, unmapped), firstLoadRequests, domElements };
  } finally {
    await context.close();
  }
}

/** Sizes the files a page loaded and adds them up by type and by first load. */
function summarise(pageFile: string, dir: string, seen: Map<string, boolean>, unmapped: string[]): Omit<PageBytes, 'firstLoadRequests' | 'domElements'> {
  const files: LoadedFile[] = [...seen].map(([path, firstLoad]) => ({ path, type: typeOf(path), gzip: gzipSize(join(dir, path)), firstLoad }));
  const byType = Object.fromEntries(TYPES.map((t) => [t, 0])) as Record<ResourceType, number>;
  for (const file of files) byType[file.type] += file.gzip;
  const firstLoad = files.filter((f) => f.firstLoad).reduce((sum, f) => sum + f.gzip, 0);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  return { page: pageFile, files, byType, firstLoad, total, unmapped };
}
