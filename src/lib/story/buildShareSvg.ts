import { escapeHtml } from '../html.ts';
import { must } from '../must.ts';
import type { Dataset } from '../data/types.ts';
import { fitText, type FittedText, type TextBox } from './fitText.ts';
import { lineExtent } from './measureText.ts';
import { SOURCE_SANS, SOURCE_SANS_BOLD } from './sourceSansMetrics.ts';
import type { Scenes } from '../../charts/index.ts';
import type { Story } from './types.ts';

/** The share image's size in px, as Open Graph and Twitter cards want it. */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;

/** The chart state the share image draws: the boycott, the CNRP's seats empty (the most telling state of the chamber). */
export const SHARE_STATE = 'boycott';

/** Ink, for the top bar, the kicker and the headline (no party's colour); muted ink for the rest of the words. */
const INK = '#1b1c1f';
const MUTED = '#585c64';
const RULE = '#d8d5ce';
const PAPER = '#fbfaf7';
/** Party colours, for the parties only: seats, and the tally under the chamber (text a shade darker where the fill is light). */
const FILL: Record<string, string> = { CPP: '#1f5fa6', CNRP: '#d4691a' };
const TEXT: Record<string, string> = { CPP: '#1f5fa6', CNRP: '#b4530a' };
const OTHER = '#80848c';

/**
 * The words' column (x 60 to 560; the chart is right of x 600) and the lines above it. Every line is
 * measured with Source Sans 3's own glyph widths (the font the image is rasterised in) and fitted:
 * shrunk, balanced, cut short with "…" if need be.
 */
const COLUMN = { x: 60, width: 500 } as const;
/** The masthead: the publication's name, small, above a hairline across the image. */
const MASTHEAD = { baseline: 46, sizes: [20, 18, 16], letterSpacing: 0.5, width: 1080, rule: 66 } as const;
const KICKER = { baseline: 114, sizes: [26, 24, 22, 20, 18], letterSpacing: 4 } as const;
const SUBTITLE = { baselines: [520, 556], sizes: [24, 22, 20, 18] } as const;
/** The headline's box: from below the kicker to 20 px above the top of the subtitle's tallest glyphs. */
const HEADLINE = {
  top: 146,
  bottom: SUBTITLE.baselines[0] - lineExtent({ font: SOURCE_SANS, size: SUBTITLE.sizes[0] }).ascent - 20,
  sizes: [54, 52, 50, 48, 46, 44, 42, 40, 38, 36, 34, 32, 30],
  lineHeight: 1.1,
} as const;
/** The chamber's box, right of the words, and the tally under it. */
const CHART = { x: 600, y: 96, width: 560, height: 420 } as const;
const TALLY = { baseline: 566, sizes: [30, 28, 26, 24, 22, 20], width: 270 } as const;
const CENTRE = { sizes: [34, 32, 30, 28, 26, 24] } as const;

/** One <text> line per fitted line, the first baseline at `baseline`. */
function textLines(fitted: FittedText, x: number, baseline: number, attributes: string): string {
  return fitted.lines
    .map((line, i) => `<text x="${x}" y="${+(baseline + i * fitted.lineGap).toFixed(1)}" font-size="${fitted.size}" ${attributes}>${escapeHtml(line)}</text>`)
    .join('');
}

/** fitText on one line of the given font. */
const oneLine = (text: string, box: Omit<TextBox, 'maxLines'>) => fitText(text, { ...box, maxLines: 1 });

/**
 * The share image (Open Graph / social cards, and the embed's no-script fallback) as an SVG string,
 * drawn from the same scenes and copy as the page, so it can never disagree with it. 1200 × 630: a
 * bar and the masthead (meta.siteName) at the top, the kicker, the headline (balanced, never ending on
 * a word alone when the box allows) and `shareSubtitle` on the left, and on the right the chamber in
 * its boycott state, the boycotting party's seats dashed and empty, with the chart's own labels.
 * Text is set in Source Sans 3 (family name as its files carry it), which the build hands to the
 * rasteriser (tools/renderPng.ts); no system font is needed.
 *
 *   buildShareSvg(story, scenes, dataset) // → '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" …'
 */
export function buildShareSvg(story: Story, scenes: Scenes, data: Dataset): string {
  const { width, height } = SHARE_SIZE;
  const text = (s: { text: string }[]) => s.map((x) => x.text).join('');
  const seats = scenes.seats;
  const state = must(seats.states[SHARE_STATE], 'seatsScene draws a boycott state');
  const vacantParty = data.election.boycott.party;

  // The hemicycle, scaled into the chart's box.
  const [bx, by, bw, bh] = seats.chamberBox;
  const scale = Math.min(CHART.width / bw, CHART.height / bh);
  const ox = CHART.x + (CHART.width - bw * scale) / 2 - bx * scale;
  const oy = CHART.y - by * scale;
  const r = +(seats.r * scale).toFixed(1);
  const stroke = +(r * 0.2).toFixed(1);
  const circles = seats.seats
    .map((s, i) => {
      const party = must(state[i], 'seatsScene gives every state one party per seat');
      const at = `cx="${(ox + s.hemi.x * scale).toFixed(1)}" cy="${(oy + s.hemi.y * scale).toFixed(1)}"`;
      // A vacant seat: the boycotting party's outline, dashed, around an empty seat.
      if (party === 'vacant') return `<circle ${at} r="${+(r - stroke / 2).toFixed(1)}" fill="${PAPER}" stroke="${FILL[vacantParty] ?? OTHER}" stroke-width="${stroke}" stroke-dasharray="${+(r * 0.55).toFixed(1)} ${+(r * 0.4).toFixed(1)}"/>`;
      return `<circle ${at} r="${r}" fill="${FILL[party] ?? OTHER}"/>`;
    })
    .join('');

  // The chart's own labels for this state: the centre ("68 of 123") and one per party ("CPP 68 seated").
  const labels = must(seats.labels[SHARE_STATE], 'seatsScene labels its boycott state');
  const centreLabel = labels.find((l) => l.className === 'label-total');
  const partyLabels = labels.filter((l) => l !== centreLabel && l.className?.startsWith('label-'));
  const centre = centreLabel
    ? (() => {
        const fitted = oneLine(centreLabel.text, { font: SOURCE_SANS_BOLD, sizes: CENTRE.sizes, width: 240 });
        return textLines(fitted, +(ox + centreLabel.x * scale).toFixed(1), +(oy + centreLabel.y * scale).toFixed(1), `class="centre" font-weight="bold" text-anchor="middle" fill="${INK}"`);
      })()
    : '';
  const tally = partyLabels
    .slice(0, 2)
    .map((label, i) => {
      const party = label.className?.replace(/^label-/, '') ?? '';
      const fitted = oneLine(label.text, { font: SOURCE_SANS_BOLD, sizes: TALLY.sizes, width: TALLY.width });
      const x = i === 0 ? CHART.x + 20 : CHART.x + CHART.width - 20;
      return textLines(fitted, x, TALLY.baseline, `class="tally" font-weight="bold" text-anchor="${i === 0 ? 'start' : 'end'}" fill="${TEXT[party] ?? INK}"`);
    })
    .join('');

  const masthead = oneLine(story.meta.siteName, { font: SOURCE_SANS, sizes: MASTHEAD.sizes, letterSpacing: MASTHEAD.letterSpacing, width: MASTHEAD.width });
  const kicker = oneLine(text(story.kicker).toUpperCase(), { font: SOURCE_SANS_BOLD, sizes: KICKER.sizes, letterSpacing: KICKER.letterSpacing, width: COLUMN.width });
  const headline = fitText(text(story.headline), {
    font: SOURCE_SANS_BOLD,
    sizes: HEADLINE.sizes,
    width: COLUMN.width,
    height: HEADLINE.bottom - HEADLINE.top,
    lineHeight: HEADLINE.lineHeight,
  });
  // The subtitle is `shareSubtitle` in data/copy.json, on at most two lines.
  const subtitleFit = fitText(story.shareSubtitle, { font: SOURCE_SANS, sizes: SUBTITLE.sizes, width: COLUMN.width, maxLines: SUBTITLE.baselines.length });
  const subtitle = subtitleFit.lines.map((line, i) => textLines({ ...subtitleFit, lines: [line] }, COLUMN.x, must(SUBTITLE.baselines[i], 'fitText gives at most maxLines lines, one per baseline'), `class="subtitle" fill="${MUTED}"`));
  const family = must(SOURCE_SANS.family, 'sourceSansMetrics.ts names the family of the fonts it measures');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(family)}">
<rect width="${width}" height="${height}" fill="${PAPER}"/>
<rect width="${width}" height="10" fill="${INK}"/>
${textLines(masthead, COLUMN.x, MASTHEAD.baseline, `class="masthead" letter-spacing="${MASTHEAD.letterSpacing}" fill="${MUTED}"`)}
<rect x="${COLUMN.x}" y="${MASTHEAD.rule}" width="${width - 2 * COLUMN.x}" height="1" fill="${RULE}"/>
${textLines(kicker, COLUMN.x, KICKER.baseline, `class="kicker" font-weight="bold" letter-spacing="${KICKER.letterSpacing}" fill="${INK}"`)}
${textLines(headline, COLUMN.x, HEADLINE.top + headline.firstBaseline, `class="headline" font-weight="bold" fill="${INK}"`)}
${subtitle.join('\n')}
${circles}
${centre}
${tally}
</svg>`;
}
