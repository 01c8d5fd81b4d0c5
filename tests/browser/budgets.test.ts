/**
 * The deterministic budgets of the built story (dist/): bytes, the host script, the DOM size and the
 * requests of the first load. The limits come from bench/budgets.ts, the one list the benchmark and
 * the README's table also read; timings live in `npm run bench`. "No d3 in the client" is not
 * checked here by grepping the bundle (a minified scaleLinear is not called that): the client build
 * itself fails on it (scripts/clientGraphGuard.ts, tested in tests/unit/tools/clientGraphGuard.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/budgets.ts';
import { measurePageBytes, type PageBytes } from '../../bench/bytes.ts';
import { launchChromium } from '../../tools/launchChromium.ts';
import { serveStatic } from '../../tools/serveStatic.ts';

const KB = 1024;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const assets = readdirSync('dist/assets');
const html = readFileSync('dist/index.html', 'utf8');
/** The files index.html loads: its scripts and stylesheets (not the no-JS sheet, which JS readers never fetch). */
const loaded = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => `dist/${m[1]}`);
/** The web fonts it preloads and their stylesheet. */
const fonts = [...html.matchAll(/href="\.\/((?:fonts\/[^"]+\.woff2)|fonts\.css)"/g)].map((m) => `dist/${m[1]}`);

describe('the story page stays light', () => {
  it(`loads at most ${BUDGETS['bytes.js'].max} KB of JavaScript (gzip)`, () => {
    const js = loaded.filter((p) => p.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    const total = js.reduce((sum, p) => sum + gz(p), 0);
    expect(total).toBeLessThanOrEqual(BUDGETS['bytes.js'].max * KB);
  });

  it(`loads at most ${BUDGETS['bytes.css'].max} KB of CSS (gzip)`, () => {
    const css = loaded.filter((p) => p.endsWith('.css'));
    expect(css.reduce((sum, p) => sum + gz(p), 0)).toBeLessThanOrEqual(BUDGETS['bytes.css'].max * KB);
  });

  it(`keeps the first load (HTML, JS, CSS, fonts) within ${BUDGETS['bytes.firstLoad'].max} KB gzip`, () => {
    expect(fonts.filter((p) => p.endsWith('.woff2'))).toHaveLength(3);
    const total = gz('dist/index.html') + [...loaded, ...fonts].reduce((sum, p) => sum + gz(p), 0);
    expect(total).toBeLessThanOrEqual(BUDGETS['bytes.firstLoad'].max * KB);
  });

  it(`subsets its web fonts to the characters it uses (each at most ${BUDGETS['bytes.fontFile'].max} KB)`, () => {
    for (const p of fonts.filter((f) => f.endsWith('.woff2'))) expect(readFileSync(p).length).toBeLessThanOrEqual(BUDGETS['bytes.fontFile'].max * KB);
  });

  it(`ships a host script, embed.js, of at most ${BUDGETS['bytes.hostScript'].max} KB gzip`, () => {
    expect(gz('dist/embed.js')).toBeLessThanOrEqual(BUDGETS['bytes.hostScript'].max * KB);
  });

  it('runs its script in tasks of its own: one async module, not in the parser\'s last task, on the story and embed pages of every edition', () => {
    for (const page of ['dist/index.html', 'dist/embed.html', 'dist/km/index.html', 'dist/km/embed.html']) {
      const scripts = [...readFileSync(page, 'utf8').matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts, page).toHaveLength(1);
      expect(scripts[0], page).toMatch(/\basync\b/);
      expect(scripts[0], page).toMatch(/type="module"/);
    }
  });

  it('ships the prose once: the JavaScript does not contain the story text', () => {
    // A sentence of the built page itself (the first step's text, whatever the data says).
    const text = /<div class="step-card[^>]*>[\s\S]*?<p>([^<]{24,})/.exec(html)?.[1]?.slice(0, 24) ?? '';
    expect(text.length).toBe(24);
    expect(html).toContain(text);
    for (const name of assets.filter((n) => n.endsWith('.js'))) expect(readFileSync(`dist/assets/${name}`, 'utf8')).not.toContain(text);
  });
});

describe('the story page as Chromium loads it (the benchmark\'s deterministic part)', () => {
  let story: PageBytes;
  beforeAll(async () => {
    const server = await serveStatic({ dir: 'dist', base: '/news/2014/cambodia/' });
    const browser = await launchChromium();
    try {
      story = await measurePageBytes(browser, server, 'dist', 'index.html');
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('fetches nothing that is not a file of dist/', () => {
    expect(story.unmapped).toEqual([]);
  });

  it(`makes at most ${BUDGETS['requests.firstLoad'].max} requests before the load event`, () => {
    expect(story.firstLoadRequests).toBeLessThanOrEqual(BUDGETS['requests.firstLoad'].max);
  });

  it(`has at most ${BUDGETS['dom.elements'].max} DOM elements once loaded and hydrated`, () => {
    expect(story.domElements).toBeGreaterThan(100);
    expect(story.domElements).toBeLessThanOrEqual(BUDGETS['dom.elements'].max);
  });

  it('loads the JavaScript, CSS and first load the byte tests size', () => {
    expect(story.byType.js).toBeLessThanOrEqual(BUDGETS['bytes.js'].max * KB);
    expect(story.byType.css).toBeLessThanOrEqual(BUDGETS['bytes.css'].max * KB);
    expect(story.firstLoad).toBeLessThanOrEqual(BUDGETS['bytes.firstLoad'].max * KB);
  });
});


describe('the Khmer edition as Chromium loads it: the same budgets, and only its own fonts preloaded', () => {
  let km: PageBytes;
  let fonts: string[];
  beforeAll(async () => {
    const server = await serveStatic({ dir: 'dist', base: '/news/2014/cambodia/' });
    const browser = await launchChromium();
    try {
      km = await measurePageBytes(browser, server, 'dist', 'km/index.html');
      fonts = [...readFileSync('dist/km/index.html', 'utf8').matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => m[1]!);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('fetches nothing that is not a file of dist/, in at most as many requests as the English', () => {
    expect(km.unmapped).toEqual([]);
    expect(km.firstLoadRequests).toBeLessThanOrEqual(BUDGETS['requests.firstLoad'].max);
  });

  it('stays within the DOM, JavaScript, CSS and first-load budgets', () => {
    expect(km.domElements).toBeLessThanOrEqual(BUDGETS['dom.elements'].max);
    expect(km.byType.js).toBeLessThanOrEqual(BUDGETS['bytes.js'].max * KB);
    expect(km.byType.css).toBeLessThanOrEqual(BUDGETS['bytes.css'].max * KB);
    expect(km.firstLoad).toBeLessThanOrEqual(BUDGETS['bytes.firstLoad'].max * KB);
  });

  it('preloads the Khmer faces and no other', () => {
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.includes('noto-sans-khmer'))).toBe(true);
  });
});
