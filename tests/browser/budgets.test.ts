/**
 * Byte budgets of the built page (deterministic, so they are tests; timings live in `npm run bench`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const assets = readdirSync('dist/assets');
const html = readFileSync('dist/index.html', 'utf8');
/** The files index.html loads: its scripts and stylesheets (not the no-JS sheet, which JS readers never fetch). */
const loaded = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => `dist/${m[1]}`);
/** The web fonts it preloads and their stylesheet. */
const fonts = [...html.matchAll(/href="\.\/((?:fonts\/[^"]+\.woff2)|fonts\.css)"/g)].map((m) => `dist/${m[1]}`);

describe('the story page stays light', () => {
  it('loads at most 35 KB of JavaScript (gzip), none of it d3', () => {
    const js = loaded.filter((p) => p.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    const total = js.reduce((sum, p) => sum + gz(p), 0);
    expect(total).toBeLessThanOrEqual(35 * 1024);
    for (const p of js) expect(readFileSync(p, 'utf8')).not.toMatch(/scaleLinear|d3-scale/);
  });

  it('loads at most 8 KB of CSS (gzip)', () => {
    const css = loaded.filter((p) => p.endsWith('.css'));
    expect(css.reduce((sum, p) => sum + gz(p), 0)).toBeLessThanOrEqual(8 * 1024);
  });

  it('keeps the first load (HTML, JS, CSS, fonts) within 120 KB gzip', () => {
    expect(fonts.filter((p) => p.endsWith('.woff2'))).toHaveLength(3);
    const total = gz('dist/index.html') + [...loaded, ...fonts].reduce((sum, p) => sum + gz(p), 0);
    expect(total).toBeLessThanOrEqual(120 * 1024);
  });

  it('subsets its web fonts to the characters it uses (each under 15 KB)', () => {
    for (const p of fonts.filter((f) => f.endsWith('.woff2'))) expect(readFileSync(p).length).toBeLessThan(15 * 1024);
  });

  it('ships the prose once: the JavaScript does not contain the story text', () => {
    const text = 'The count gave the CPP';
    expect(html).toContain(text);
    for (const name of assets.filter((n) => n.endsWith('.js'))) expect(readFileSync(`dist/assets/${name}`, 'utf8')).not.toContain(text);
  });
});
