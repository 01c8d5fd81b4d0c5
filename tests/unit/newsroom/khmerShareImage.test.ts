/**
 * The Khmer edition has its own share image (dist/km/share.png): the English design drawn from the
 * Khmer story (data/ and data/locales/km.json as they stand, so these tests hold invariants, not
 * wording), its Khmer shaped and measured in Noto Sans Khmer, its figures in Khmer digits, and the
 * Khmer page points its cards at it.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { renderPages } from '../../../src/entry-server.ts';
import { buildScenes } from '../../../src/charts/index.ts';
import { localizeDataset } from '../../../src/lib/data/localizeDataset.ts';
import { readLocales } from '../../../src/lib/data/readLocales.ts';
import { translatables } from '../../../src/lib/data/translatable.ts';
import { storyElection } from '../../../src/lib/data/elections.ts';
import { formatsFor } from '../../../src/lib/format/formats.ts';
import { buildShareSvg } from '../../../src/lib/story/buildShareSvg.ts';
import { buildStory } from '../../../src/lib/story/buildStory.ts';
import { isShaped, textWidth, type Font, type TextStyle } from '../../../src/lib/story/measureText.ts';
import { countWords } from '../../../src/lib/story/wrapWords.ts';
import { SOURCE_SANS } from '../../../src/lib/story/sourceSansMetrics.ts';
import { renderPng, shareFontOptions } from '../../../tools/renderPng.ts';
import { shareFontsFor } from '../../../tools/shareFonts.ts';
import type { HarfBuzzFont } from '../../../tools/shapedFont.ts';
import { LIVE_DATA } from '../../fixtures/paths.ts';
import { datasetFrom, liveTexts } from '../fixtures/dataTexts.ts';

const english = datasetFrom(liveTexts());
const [edition] = readLocales(LIVE_DATA.replace(/\/$/, ''), 'data', english).editions.filter((e) => e.locale.locale === 'km');
if (!edition) throw new Error('data/locales/km.json is missing');
// The translation as if brought up to date with the English of today (a journalist's edit of the
// English leaves texts stale, which the page shows in English): these tests are about the Khmer.
const current = structuredClone(edition.locale);
for (const t of translatables(english)) if (current.strings[t.key]) current.strings[t.key]!.en = t.text;
const { data: khmer } = localizeDataset(english, current);
const km = formatsFor('km');
const fonts = await shareFontsFor('km');
const canonicalUrl = new URL('km/', english.copy.meta.canonicalUrl).href;
const pages = renderPages(khmer, { f: km, root: '../', canonicalUrl, shareFonts: fonts });
const story = buildStory(khmer, km);
const scenes = buildScenes(khmer, km);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A line of the share image: a <text> (drawn by resvg) or a <g> of shaped outlines and Latin text, named by its aria-label (x, y: where its first mark starts). */
type Line = { x: number; y: number; className: string; text: string; style: TextStyle; shaped: boolean; markup: string };

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const attributesOf = (markup: string) => Object.fromEntries([...markup.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k!, v!]));

function linesOf(svg: string): Line[] {
  const fontOf = (a: Record<string, string>): Font => (a['font-weight'] === 'bold' ? fonts.bold : fonts.regular);
  const groups = [...svg.matchAll(/<g ([^>]*)>(.*?)<\/g>/g)].map(([markup, attributes = '', inner = '']) => {
    const a = attributesOf(attributes);
    const first = /<text x="([\d.]+)" y="([\d.]+)"/.exec(inner) ?? /<path d="M([\d.]+) ([\d.]+)/.exec(inner);
    return { x: Number(first?.[1]), y: Number(first?.[2]), className: a.class ?? '', text: unescape(a['aria-label'] ?? ''), style: { font: fontOf(a), size: Number(a['font-size']) }, shaped: true, markup };
  });
  const texts = [...svg.replace(/<g [^>]*>.*?<\/g>/g, '').matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([markup, attributes = '', content = '']) => {
    const a = attributesOf(attributes);
    return { x: Number(a.x), y: Number(a.y), className: a.class ?? '', text: unescape(content), style: { font: fontOf(a), size: Number(a['font-size']), letterSpacing: Number(a['letter-spacing'] ?? 0) }, shaped: false, markup };
  });
  return [...groups, ...texts];
}

/** The ink of some lines drawn alone by resvg, with the share image's fonts. */
async function inkBox(lines: Line[]) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" font-family="${SOURCE_SANS.family}">${lines.map((l) => l.markup).join('')}</svg>`;
  const box = new Resvg(svg, { font: await shareFontOptions() }).getBBox();
  if (!box) throw new Error('nothing drawn');
  return box;
}

const words = (lines: Line[]) => lines.map((l) => l.text).join('').replace(/\s/g, '');
const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const KHMER = /[\u1780-\u17FF]/;

describe('the Khmer share image', () => {
  const lines = linesOf(pages.share.svg);
  const of = (className: string) => lines.filter((l) => l.className === className);

  it('renders to a 1200 × 630 PNG of its own, not the English one', async () => {
    const png = await renderPng(pages.share.svg);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.equals(await renderPng(renderPages(english).share.svg))).toBe(false);
  });

  it('says what the Khmer story says: its kicker, headline and subtitle', () => {
    expect(words(of('kicker'))).toBe(plain(story.kicker).replace(/\s/g, ''));
    expect(words(of('headline'))).toBe(plain(story.headline).replace(/\s/g, ''));
    expect(words(of('subtitle'))).toBe(story.shareSubtitle.replace(/\s/g, ''));
    for (const l of [...of('kicker'), ...of('headline')]) expect(l.text, l.className).toMatch(KHMER);
  });

  it('labels the chamber with the Khmer chart’s own words, its seat numbers in Khmer digits', () => {
    const election = storyElection(khmer);
    const seats = (party: string) => election.results.find((r) => r.party === party)!.seats;
    const [centre] = of('centre');
    expect(centre!.text).toContain(km.number(seats('CPP')));
    expect(centre!.text).toContain(km.number(election.totalSeats.value));
    expect(of('tally').map((t) => t.text)).toEqual([expect.stringContaining(`CPP ${km.number(seats('CPP'))}`), expect.stringContaining(`CNRP ${km.number(seats('CNRP'))}`)]);
    for (const label of [centre!, ...of('tally')]) {
      expect(label.text).toMatch(/[០-៩]/);
      expect(label.text).not.toMatch(/[0-9]/);
    }
    expect(pages.share.svg.match(/<circle /g)).toHaveLength(election.totalSeats.value);
  });

  it('fits every headline line in the 500 px column by its shaped width, in lines of one size no smaller than 30 px', () => {
    const headline = of('headline');
    expect(headline.length).toBeGreaterThan(0);
    expect(new Set(headline.map((l) => l.style.size)).size).toBe(1);
    expect(headline[0]!.style.size).toBeGreaterThanOrEqual(30);
    for (const line of headline) expect(textWidth(line.text, line.style), line.text).toBeLessThanOrEqual(500);
  });

  it('balances the headline: no line under half the longest, and never a word alone on the last line', () => {
    const widths = of('headline').map((l) => textWidth(l.text, l.style));
    expect(Math.min(...widths)).toBeGreaterThan(Math.max(...widths) / 2);
    if (widths.length > 1) expect(countWords(of('headline').at(-1)!.text, 'km')).toBeGreaterThan(1);
  });

  it('draws its Khmer as shaped outlines from Noto Sans Khmer, with no .notdef box or dotted circle, and leaves resvg only Latin text', () => {
    for (const l of lines.filter((l) => KHMER.test(l.text))) {
      expect(l.shaped, l.text).toBe(true);
      expect(l.markup, l.text).toContain('<path d="M');
      for (const [, inner = ''] of l.markup.matchAll(/<text [^>]*>([^<]*)<\/text>/g)) expect(inner, l.text).not.toMatch(KHMER);
      const font = l.style.font as HarfBuzzFont;
      expect(font.glyphs(l.text.replace(/[A-Za-z]/g, '')).filter((g) => font.brokenGlyphs.has(g.id)), l.text).toEqual([]);
    }
  });

  it('draws no ink past x 560 in the left column, and the headline’s ink ends above the subtitle’s (checked with resvg)', async () => {
    const left = await inkBox(lines.filter((l) => l.x < 600 && l.className !== 'masthead'));
    expect(left.x + left.width).toBeLessThanOrEqual(560);
    const head = await inkBox(of('headline'));
    expect(head.y + head.height).toBeLessThan((await inkBox(of('subtitle'))).y);
    expect(head.y).toBeGreaterThan((await inkBox(of('kicker'))).y + 10);
  });

  it('keeps the centre label inside the chamber’s hole, clear of the seats', async () => {
    const centre = await inkBox(of('centre'));
    const seats = [...pages.share.svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)].map(([, x, y, r]) => ({ x: Number(x), y: Number(y), r: Number(r) }));
    for (const seat of seats) {
      const dx = Math.max(centre.x - seat.x, 0, seat.x - (centre.x + centre.width));
      const dy = Math.max(centre.y - seat.y, 0, seat.y - (centre.y + centre.height));
      expect(Math.hypot(dx, dy)).toBeGreaterThan(seat.r);
    }
  });

  it('is announced by the Khmer page at km/share.png, with its Khmer alt text', () => {
    expect(pages.story.head).toContain(`<meta property="og:image" content="${canonicalUrl}share.png"`);
    expect(pages.story.head).toContain(`<meta name="twitter:image" content="${canonicalUrl}share.png"`);
    expect(pages.share.alt).toMatch(KHMER);
    expect(pages.story.head).toContain(`content="${pages.share.alt}"`);
  });
});

describe('the Khmer share image fits any headline', () => {
  const svg = (headline: string) => buildShareSvg({ ...story, headline: [{ text: headline }] }, scenes, khmer, fonts);

  it('shrinks a long Khmer headline, then cuts it short with an ellipsis, every line still inside the column', async () => {
    const long = plain(story.headline).repeat(6);
    const headline = linesOf(svg(long)).filter((l) => l.className === 'headline');
    expect(headline[0]!.style.size).toBe(30);
    expect(headline.at(-1)!.text).toMatch(/…$/);
    for (const line of headline) expect(textWidth(line.text, line.style), line.text).toBeLessThanOrEqual(500);
    const box = await inkBox(headline);
    expect(box.x + box.width).toBeLessThanOrEqual(560);
    expect(box.y + box.height).toBeLessThan((await inkBox(linesOf(svg(long)).filter((l) => l.className === 'subtitle'))).y);
  });

  it('keeps a short Khmer headline on one line at the largest size', () => {
    const headline = linesOf(svg('កម្ពុជា')).filter((l) => l.className === 'headline');
    expect(headline.map((l) => [l.text, l.style.size])).toEqual([['កម្ពុជា', 54]]);
  });

  it('sets a Khmer headline with a Latin word: the Latin in Source Sans 3 text, the Khmer shaped', () => {
    const [line] = linesOf(svg('CNRP ធ្វើពហិការសភា')).filter((l) => l.className === 'headline');
    expect(line!.markup).toMatch(/<text x="[\d.]+" y="[\d.]+">CNRP <\/text><path d="M/);
    expect(isShaped(line!.style.font)).toBe(true);
  });
});
