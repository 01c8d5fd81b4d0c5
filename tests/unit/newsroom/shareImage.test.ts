/**
 * The share image is drawn from the data at build time, so it changes when the data does: the
 * chamber in its boycott state, in the page's own font, with the publication's masthead.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderPng, shareFontOptions } from '../../../tools/renderPng.ts';
import { shareFontFiles } from '../../../tools/shareFonts.ts';
import { renderPages } from '../../../src/entry-server.ts';
import { buildScenes } from '../../../src/charts/index.ts';
import { buildShareSvg } from '../../../src/lib/story/buildShareSvg.ts';
import { buildStory } from '../../../src/lib/story/buildStory.ts';
import { SOURCE_SANS, SOURCE_SANS_BOLD } from '../../../src/lib/story/sourceSansMetrics.ts';
import { fontFor, lineExtent, textWidth, type TextStyle } from '../../../src/lib/story/measureText.ts';
import { datasetFrom, realDataset, withJson } from '../fixtures/dataTexts.ts';
import { readFontMetrics } from './readFontMetrics.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The party colours of the page (light theme): the share image's chrome may use none of them. */
const PARTY_COLOURS = ['#1f5fa6', '#d4691a', '#b4530a'];

describe('the share image', () => {
  const real = renderPages(realDataset());
  const texts = textElements(real.share.svg);
  const circles = [...real.share.svg.matchAll(/<circle ([^>]*)\/>/g)].map((m) => m[1]!);

  it('renders to a 1200 × 630 PNG', async () => {
    expect(pngSize(await renderPng(real.share.svg))).toEqual({ width: 1200, height: 630 });
  });

  it('draws the chamber in its boycott state: the CPP’s 68 seats filled, the CNRP’s 55 dashed and empty', () => {
    expect(circles).toHaveLength(123);
    expect(circles.filter((c) => c.includes('fill="#1f5fa6"') && !c.includes('stroke'))).toHaveLength(68);
    const vacant = circles.filter((c) => c.includes('stroke="#d4691a"'));
    expect(vacant).toHaveLength(55);
    for (const seat of vacant) expect(seat).toMatch(/stroke-dasharray="[\d.]+ [\d.]+"/);
  });

  it('labels the chamber with the chart’s own words for that state, and gives the headline from the data', () => {
    expect(texts.filter((t) => t.className === 'centre').map((t) => t.text)).toEqual(['68 of 123']);
    expect(texts.filter((t) => t.className === 'tally').map((t) => t.text)).toEqual(['CPP 68 seated', 'CNRP 55 empty']);
    expect(texts.filter(isHeadline).map((t) => t.text).join(' ')).toBe('From a disputed vote to stalled talks');
  });

  it('sets every word in Source Sans 3, the family of the fonts the rasteriser is given', async () => {
    expect(real.share.svg).toMatch(new RegExp(`^<svg [^>]*font-family="${SOURCE_SANS.family}"`));
    const families = (await shareFontFiles()).map((file) => readFontMetrics(readFileSync(file)).family);
    expect(families).toEqual([SOURCE_SANS.family, SOURCE_SANS_BOLD.family]);
    expect(texts.every((t) => !/font-family/.test(t.markup))).toBe(true);
  });

  it('measures each line with the widths of the font resvg draws it in (its ink is within the measured width, and no more than a tenth narrower)', async () => {
    const font = await shareFontOptions();
    for (const t of texts.filter((t) => t.style.letterSpacing === 0 && t.text.length > 8)) {
      const box = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" font-family="${SOURCE_SANS.family}"><text x="0" y="100" font-size="${t.style.size}"${t.style.font === SOURCE_SANS_BOLD ? ' font-weight="bold"' : ''}>${t.rawText}</text></svg>`, { font }).getBBox()!;
      const measured = textWidth(t.text, t.style);
      expect(box.width, t.text).toBeLessThanOrEqual(measured);
      expect(box.width, t.text).toBeGreaterThan(measured * 0.9);
    }
  });

  it('puts the publication’s name (meta.siteName) on a small masthead line at the top, under a bar in ink, not in a party colour', () => {
    const masthead = texts.filter((t) => t.className === 'masthead');
    expect(masthead.map((t) => t.text)).toEqual(['Cambodia 2013 election explainer']);
    expect(masthead[0]!.style.size).toBeLessThanOrEqual(20);
    expect(masthead[0]!.y).toBeLessThan(Math.min(...texts.filter((t) => t.className !== 'masthead').map((t) => t.y)));
    const bar = /<rect width="1200" height="10" fill="(#[0-9a-f]{6})"\/>/.exec(real.share.svg)?.[1];
    expect(bar).toBe('#1b1c1f');
    for (const t of texts.filter((t) => ['masthead', 'kicker', 'headline', 'subtitle'].includes(t.className))) expect(PARTY_COLOURS, t.text).not.toContain(t.fill);
  });

  it('changes when the data changes', async () => {
    const edited = renderPages(datasetFrom(withJson('copy', (c) => void (c.headline = 'A different headline'))));
    expect(textElements(edited.share.svg).filter(isHeadline).map((t) => t.text).join(' ')).toBe('A different headline');
    expect((await renderPng(edited.share.svg)).equals(await renderPng(real.share.svg))).toBe(false);
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
type TextElement = { x: number; y: number; style: TextStyle; fill: string; className: string; text: string; rawText: string; markup: string };

function textElements(svg: string): TextElement[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([markup, attributes = '', content = '']) => {
    const a = Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    const font = a['font-weight'] === 'bold' ? SOURCE_SANS_BOLD : SOURCE_SANS;
    const style = { font, size: Number(a['font-size']), letterSpacing: Number(a['letter-spacing'] ?? 0) };
    return { x: Number(a.x), y: Number(a.y), style, fill: a.fill ?? '', className: a.class ?? '', text: unescape(content), rawText: content, markup };
  });
}

const isHeadline = (t: TextElement) => t.className === 'headline';
const isSubtitle = (t: TextElement) => t.className === 'subtitle';
/** Text that starts in the left column (the chamber's labels start right of x 600). */
const isLeftColumn = (t: TextElement) => t.x < 600 && t.className !== 'masthead';

/** The ink of some text elements drawn alone by resvg, with the share image's fonts: { x, y, width, height }. */
async function inkBox(elements: TextElement[]) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" font-family="${SOURCE_SANS.family}">${elements.map((t) => t.markup).join('')}</svg>`;
  const box = new Resvg(svg, { font: await shareFontOptions() }).getBBox();
  if (!box) throw new Error('nothing drawn');
  return box;
}

const SCRIPT = '<script>alert(1)</script>'.repeat(4);
const HEADLINES: [string, string][] = [
  ['10 characters', 'Talks fail'],
  ['37 characters (the first edition’s)', 'From a disputed vote to stalled talks'],
  ['72 characters', 'Cambodia’s opposition ends its boycott as the electoral reform talks end'],
  ['90 characters', 'After months of protest, Cambodia’s rival parties agree to reform the national commission.'],
  ['a 40-character word', 'Electoral-reform-commission-negotiations'],
  ['a character Source Sans lacks (drawn in DejaVu Sans)', 'Phnom Penh’s Sŏk Chăn and the boycott'],
  ['HTML, shown as text', SCRIPT],
];

describe('the share image fits any headline in its left column', () => {
  const data = realDataset();
  const story = buildStory(data);
  const scenes = buildScenes(data);
  const shareSvg = (headline: string) => buildShareSvg({ ...story, headline: [{ text: headline }] }, scenes, data);

  it('has test headlines of the lengths the graphics desk asked for', () => {
    expect(HEADLINES.map(([, h]) => [...h].length)).toEqual([10, 37, 72, 90, 40, 37, 100]);
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

    it('never leaves a word alone on its last line', () => {
      if (lines.length > 1 && headline.includes(' ')) expect(lines.at(-1)!.text).toMatch(/\s/);
    });

    it('has every line no wider than the 500 px box, measured in the font it is drawn in', () => {
      for (const line of lines) expect(textWidth(line.text, line.style), `${line.text} (${fontFor(line.text, line.style.font).family ?? 'DejaVu Sans'})`).toBeLessThanOrEqual(500);
    });

    it('ends above the top of the subtitle, which keeps its two lines at y 520 and 556', () => {
      const last = lines[lines.length - 1]!;
      expect(last.y + lineExtent(last.style).descent).toBeLessThan(subtitleTop);
      expect(subtitle.map((t) => t.y)).toEqual([520, 556]);
    });

    it('keeps every text of the left column left of x 560', () => {
      for (const t of texts.filter(isLeftColumn)) expect(t.x + textWidth(t.text, t.style), t.text).toBeLessThanOrEqual(560);
    });

    it('draws no ink past x 560 nor below the top of the subtitle’s ink (checked with resvg)', async () => {
      const left = await inkBox(texts.filter(isLeftColumn));
      expect(left.x + left.width).toBeLessThanOrEqual(560);
      const head = await inkBox(lines);
      expect(head.y + head.height).toBeLessThan((await inkBox(subtitle)).y);
    });

    it('shows HTML as text, escaped', () => {
      expect(svg).not.toContain('<script');
      if (headline === SCRIPT) expect(svg).toContain('&lt;script&gt;');
    });
  });

  it('gets smaller, by more than a tenth if it must, rather than leave a word alone on the last line', () => {
    // At 54 px down to 50 px, "deadlocked" would be left alone on the second line.
    const lines = textElements(shareSvg('Reform commission deadlocked')).filter(isHeadline);
    expect(lines.map((t) => t.text)).toEqual(['Reform', 'commission deadlocked']);
    expect(lines[0]!.style.size).toBeLessThan(54 * 0.9);
  });

  it('cuts a headline too long for even 30 px short with an ellipsis, still inside the box', () => {
    const lines = textElements(shareSvg('The talks on electoral reform run aground again and again. '.repeat(8))).filter(isHeadline);
    expect(lines[0]!.style.size).toBe(30);
    expect(lines[lines.length - 1]!.text).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line.text, line.style)).toBeLessThanOrEqual(500);
    expect(lines[lines.length - 1]!.y + lineExtent(lines[0]!.style).descent).toBeLessThan(520 - lineExtent({ font: SOURCE_SANS, size: 24 }).ascent);
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
    }
    // The story links the sentence of a figure to its own list of sources; the embed, which lists none, to the story page's.
    const clean = (html: string) => html.replace(/<!--[^>]*-->/g, '');
    expect(clean(pages.story.body)).toContain('it was 24 March 2014.<a class="sentence-ref" href="#source-');
    expect(clean(pages.embed.body)).toContain('it was 24 March 2014.<a class="sentence-ref" href="./#source-');
  });

  it('no corrections, no note', () => {
    expect(renderPages(realDataset()).story.body).not.toContain('class="corrections"');
  });
});
