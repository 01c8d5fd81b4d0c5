import { storyElection } from '../data/elections.ts';
import { escapeHtml } from '../html.ts';
import { must } from '../must.ts';
import { shortName } from '../data/lookups.ts';
import type { Dataset } from '../data/types.ts';
import { DEJAVU_SANS, DEJAVU_SANS_BOLD } from './dejaVuMetrics.ts';
import { fitText, type FittedText } from './fitText.ts';
import { lineExtent } from './measureText.ts';
import type { Scenes } from '../../charts/index.ts';
import type { Story } from './types.ts';

/** The share image's size in px, as Open Graph and Twitter cards want it. */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The left column holds the words (x 60 to 560; the chart starts right of x 600). Every line in it is
 * measured with DejaVu's own glyph widths and fitted: shrunk, wrapped, cut short with "…" if need be.
 */
const COLUMN = { x: 60, width: 500 } as const;
const KICKER = { baseline: 110, sizes: [26, 24, 22, 20, 18], letterSpacing: 4 } as const;
const SUBTITLE = { baselines: [520, 556], sizes: [24, 22, 20, 18] } as const;
/** The headline's box: from below the kicker to 20 px above the top of the subtitle's tallest glyphs. */
const HEADLINE = {
  top: 146,
  bottom: SUBTITLE.baselines[0] - lineExtent({ font: DEJAVU_SANS, size: SUBTITLE.sizes[0] }).ascent - 20,
  sizes: [54, 52, 50, 48, 46, 44, 42, 40, 38, 36, 34, 32, 30],
  lineHeight: 1.18,
} as const;

/** One <text> line per fitted line, in the left column, the first baseline at `baseline`. */
function textLines(fitted: FittedText, baseline: number, attributes: string): string {
  return fitted.lines
    .map((line, i) => `<text x="${COLUMN.x}" y="${+(baseline + i * fitted.lineGap).toFixed(1)}" font-size="${fitted.size}" ${attributes}>${escapeHtml(line)}</text>`)
    .join('');
}

const COLOURS: Record<string, string> = { CPP: '#1f5fa6', CNRP: '#d4691a', none: '#c9c6bf', vacant: '#ffffff' };

/**
 * The share image (Open Graph / social cards, and the embed's no-script fallback) as an SVG string,
 * drawn from the same scenes and copy as the page, so it can never disagree with it. 1200 × 630.
 * Text uses "DejaVu Sans", which the build hands to the rasteriser (no system fonts needed).
 *
 *   buildShareSvg(story, scenes, dataset) // → '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" …'
 */
export function buildShareSvg(story: Story, scenes: Scenes, data: Dataset): string {
  const { width, height } = SHARE_SIZE;
  const text = (s: { text: string }[]) => s.map((x) => x.text).join('');
  const seats = scenes.seats;
  // The hemicycle, scaled into the right half.
  const [bx, by, bw, bh] = seats.chamberBox;
  const scale = Math.min(560 / bw, 420 / bh);
  const ox = 600 + (560 - bw * scale) / 2 - bx * scale;
  const oy = 110 - by * scale;
  const parties = seats.states.party;
  const circles = seats.seats
    .map((s, i) => `<circle cx="${(ox + s.hemi.x * scale).toFixed(1)}" cy="${(oy + s.hemi.y * scale).toFixed(1)}" r="${(seats.r * scale).toFixed(1)}" fill="${COLOURS[must(parties[i], 'seatsScene gives every state one party per seat')] ?? '#80848c'}"/>`)
    .join('');
  const winners = storyElection(data).results.filter((r) => r.seats > 0);
  const short = (id: string) => shortName(data, id);
  const kicker = fitText(text(story.kicker).toUpperCase(), { font: DEJAVU_SANS_BOLD, sizes: KICKER.sizes, letterSpacing: KICKER.letterSpacing, width: COLUMN.width, maxLines: 1 });
  const headline = fitText(text(story.headline), {
    font: DEJAVU_SANS_BOLD,
    sizes: HEADLINE.sizes,
    width: COLUMN.width,
    height: HEADLINE.bottom - HEADLINE.top,
    lineHeight: HEADLINE.lineHeight,
  });
  // The subtitle is `shareSubtitle` in data/copy.json, on at most two lines.
  const subtitleFit = fitText(story.shareSubtitle, { font: DEJAVU_SANS, sizes: SUBTITLE.sizes, width: COLUMN.width, maxLines: SUBTITLE.baselines.length });
  const subtitle = subtitleFit.lines.map((line, i) => textLines({ ...subtitleFit, lines: [line] }, must(SUBTITLE.baselines[i], 'fitText gives at most maxLines lines, one per baseline'), 'fill="#585c64"'));
  const tally = winners
    .map((r, i) => `<text x="${600 + (i === 0 ? 20 : 540)}" y="560" font-size="34" font-weight="bold" text-anchor="${i === 0 ? 'start' : 'end'}" fill="${COLOURS[r.party] ?? '#333'}">${escapeHtml(`${short(r.party)} ${r.seats}`)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">
<rect width="${width}" height="${height}" fill="#fbfaf7"/>
<rect width="${width}" height="10" fill="#d4691a"/>
${textLines(kicker, KICKER.baseline, `font-weight="bold" letter-spacing="${KICKER.letterSpacing}" fill="#b4530a"`)}
${textLines(headline, HEADLINE.top + headline.firstBaseline, 'font-weight="bold" fill="#1b1c1f"')}
${subtitle.join('\n')}
${circles}
${tally}
</svg>`;
}
