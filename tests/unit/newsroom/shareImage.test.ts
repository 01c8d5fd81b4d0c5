/**
 * The share image is drawn from the data at build time, so it changes when the data does.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderPng } from '../../../tools/renderPng.ts';
import { renderPages } from '../../../src/entry-server.ts';
import { buildScenes } from '../../../src/charts/index.ts';
import { buildShareSvg } from '../../../src/lib/story/buildShareSvg.ts';
import { buildStory } from '../../../src/lib/story/buildStory.ts';
import { DEJAVU_SANS, DEJAVU_SANS_BOLD } from '../../../src/lib/story/dejaVuMetrics.ts';
import { lineExtent, textWidth, type TextStyle } from '../../../src/lib/story/measureText.ts';
import { datasetFrom, realDataset, withJson } from '../fixtures/dataTexts.ts';
import { dejaVuPath } from './readFontMetrics.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the share image', () => {
  const real = renderPages(realDataset());

  it('renders to a 1200 × 630 PNG', () => {
    expect(pngSize(renderPng(real.share.svg))).toEqual({ width: 1200, height: 630 });
  });

  it('shows the seat tally and the headline from the data', () => {
    expect(real.share.svg).toContain('>CPP 68<');
    expect(real.share.svg).toContain('>CNRP 55<');
    expect(textElements(real.share.svg).filter(isHeadline).map((t) => t.text).join(' ')).toBe('From a disputed vote to stalled talks');
    expect(real.share.svg.match(/<circle /g)).toHaveLength(123);
  });

  it('changes when the data changes', () => {
    const edited = renderPages(datasetFrom(withJson('copy', (c) => void (c.headline = 'A different headline'))));
    expect(edited.share.svg).toContain('>A different<');
    expect(renderPng(edited.share.svg).equals(renderPng(real.share.svg))).toBe(false);
  });

  it('is announced to social networks with its size and alt text', () => {
    expect(real.story.head).toContain('<meta property="og:image" content="https://example.org/news/2014/cambodia-election/share.png"');
    expect(real.story.head).toContain('<meta property="og:image:width" content="1200"');
    expect(real.story.head).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(real.share.alt).toBe('A half-circle chart of the 123 seats of Cambodia’s National Assembly after the election of 28 July 2013: 68 for the ruling CPP and 55 for the opposition CNRP.');
    expect(real.story.head).toContain(`content="${real.share.alt}"`);
  });
});

/** A <text> element of the share image, its content unescaped. */
type TextElement = { x: number; y: number; style: TextStyle; fill: string; text: string; markup: string };

function textElements(svg: string): TextElement[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([markup, attributes = '', content = '']) => {
    const a = Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    const font = a['font-weight'] === 'bold' ? DEJAVU_SANS_BOLD : DEJAVU_SANS;
    const style = { font, size: Number(a['font-size']), letterSpacing: Number(a['letter-spacing'] ?? 0) };
    return { x: Number(a.x), y: Number(a.y), style, fill: a.fill ?? '', text: unescape(content), markup };
  });
}

const isHeadline = (t: TextElement) => t.fill === '#1b1c1f';
const isSubtitle = (t: TextElement) => t.fill === '#585c64';
/** Text that starts in the left column (the seat tally starts right of x 600, under the chart). */
const isLeftColumn = (t: TextElement) => t.x < 600;

/** The ink of some text elements drawn alone by resvg, with the share image's fonts: { x, y, width, height }. */
function inkBox(elements: TextElement[]) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" font-family="DejaVu Sans">${elements.map((t) => t.markup).join('')}</svg>`;
  const font = { loadSystemFonts: false, fontFiles: [dejaVuPath('DejaVuSans.ttf'), dejaVuPath('DejaVuSans-Bold.ttf')], defaultFontFamily: 'DejaVu Sans' };
  const box = new Resvg(svg, { font }).getBBox();
  if (!box) throw new Error('nothing drawn');
  return box;
}

const SCRIPT = '<script>alert(1)</script>'.repeat(4);
const HEADLINES: [string, string][] = [
  ['10 characters', 'Talks fail'],
  ['37 characters (the real one)', 'From a disputed vote to stalled talks'],
  ['72 characters', 'Cambodia’s opposition ends its boycott as the electoral reform talks end'],
  ['90 characters', 'After months of protest, Cambodia’s rival parties agree to reform the national commission.'],
  ['a 40-character word', 'Electoral-reform-commission-negotiations'],
  ['HTML, shown as text', SCRIPT],
];

describe('the share image fits any headline in its left column', () => {
  const data = realDataset();
  const story = buildStory(data);
  const scenes = buildScenes(data);
  const shareSvg = (headline: string) => buildShareSvg({ ...story, headline: [{ text: headline }] }, scenes, data);

  it('has test headlines of the lengths the graphics desk asked for', () => {
    expect(HEADLINES.map(([, h]) => [...h].length)).toEqual([10, 37, 72, 90, 40, 100]);
  });

  describe.each(HEADLINES)('a headline of %s', (_name, headline) => {
    const svg = shareSvg(headline);
    const texts = textElements(svg);
    const lines = texts.filter(isHeadline);
    const subtitle = texts.filter(isSubtitle);
    const subtitleTop = Math.min(...subtitle.map((t) => t.y - lineExtent(t.style).ascent));

    it('is all there, in lines of one size no smaller than 30 px', () => {
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.map((t) => t.text).join(headline.includes(' ') ? ' ' : '')).toBe(headline);
      expect(new Set(lines.map((t) => t.style.size)).size).toBe(1);
      expect(lines[0]!.style.size).toBeGreaterThanOrEqual(30);
    });

    it('has every line no wider than the 500 px box', () => {
      for (const line of lines) expect(textWidth(line.text, line.style), line.text).toBeLessThanOrEqual(500);
    });

    it('ends above the top of the subtitle, which keeps its two lines at y 520 and 556', () => {
      const last = lines[lines.length - 1]!;
      expect(last.y + lineExtent(last.style).descent).toBeLessThan(subtitleTop);
      expect(subtitle.map((t) => t.y)).toEqual([520, 556]);
    });

    it('keeps every text of the left column left of x 560', () => {
      for (const t of texts.filter(isLeftColumn)) expect(t.x + textWidth(t.text, t.style), t.text).toBeLessThanOrEqual(560);
    });

    it('draws no ink past x 560 nor below the top of the subtitle’s ink (checked with resvg)', () => {
      const left = inkBox(texts.filter(isLeftColumn));
      expect(left.x + left.width).toBeLessThanOrEqual(560);
      const head = inkBox(lines);
      expect(head.y + head.height).toBeLessThan(inkBox(subtitle).y);
    });

    it('shows HTML as text, escaped', () => {
      expect(svg).not.toContain('<script');
      if (headline === SCRIPT) expect(svg).toContain('&lt;script&gt;');
    });
  });

  it('cuts a headline too long for even 30 px short with an ellipsis, still inside the box', () => {
    const lines = textElements(shareSvg('The talks on electoral reform run aground again and again. '.repeat(8))).filter(isHeadline);
    expect(lines[0]!.style.size).toBe(30);
    expect(lines[lines.length - 1]!.text).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line.text, line.style)).toBeLessThanOrEqual(500);
    expect(lines[lines.length - 1]!.y + lineExtent(lines[0]!.style).descent).toBeLessThan(520 - lineExtent({ font: DEJAVU_SANS, size: 24 }).ascent);
  });
});

describe('corrections and updates', () => {
  it('render newest first as visible notes on the story and in the embed', () => {
    const pages = renderPages(
      datasetFrom(
        withJson('corrections', (c) => {
          c.corrections = [
            { date: '2026-11-02', kind: 'update', text: 'Added what happened next.' },
            { date: '2026-11-20', kind: 'correction', text: 'An earlier version gave the wrong date for the fourth meeting; it was {date:meeting-4}.' },
          ];
        }),
      ),
    );
    for (const html of [pages.story.body, pages.embed.body]) {
      const body = html.replace(/<!--[^>]*-->/g, '');
      const first = body.indexOf('Correction, <time datetime="2026-11-20">20 November 2026</time>');
      const second = body.indexOf('Update, <time datetime="2026-11-02">2 November 2026</time>');
      expect(first).toBeGreaterThan(0);
      expect(second).toBeGreaterThan(first);
      expect(body).toContain('it was <a class="fig" href="#source-');
    }
  });

  it('no corrections, no note', () => {
    expect(renderPages(realDataset()).story.body).not.toContain('class="corrections"');
  });
});
