import { escapeHtml } from '../html.ts';
import { must } from '../must.ts';
import type { Dataset } from '../data/types.ts';
import { fitText, type FittedText, type TextBox } from './fitText.ts';
import { isShaped, lineExtent, textWidth, type Font } from './measureText.ts';
import { SOURCE_SANS, SOURCE_SANS_BOLD } from './sourceSansMetrics.ts';
import { textRuns } from './textRuns.ts';
import type { Scenes } from '../../charts/index.ts';
import type { Story } from './types.ts';

/**
 * The type the share image is set in: a regular and a bold face, and the headline's leading (a
 * multiple of its size). Source Sans 3 by default (LATIN_SHARE_FONTS); an edition in a script that
 * needs shaping passes its own (the Khmer edition's: tools/shareFonts.ts shareFontsFor('km')).
 */
export type ShareFonts = { regular: Font; bold: Font; headlineLineHeight: number };

/** Source Sans 3, as the page sets its sans, with the English headline's tight leading. */
export const LATIN_SHARE_FONTS: ShareFonts = { regular: SOURCE_SANS, bold: SOURCE_SANS_BOLD, headlineLineHeight: 1.1 };

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
 * measured in the font it is drawn in (Source Sans 3's own glyph widths, or a shaped font's runs)
 * and fitted: shrunk, balanced, cut short with "…" if need be.
 */
const COLUMN = { x: 60, width: 500 } as const;
/** The masthead: the publication's name, small, above a hairline across the image. */
const MASTHEAD = { baseline: 46, sizes: [20, 18, 16], letterSpacing: 0.5, width: 1080, rule: 66 } as const;
const KICKER = { baseline: 114, sizes: [26, 24, 22, 20, 18], letterSpacing: 4 } as const;
const SUBTITLE = { baselines: [520, 556], sizes: [24, 22, 20, 18] } as const;
/** The headline's box: from below the kicker to 20 px above the top of the subtitle's tallest glyphs (in the subtitle's font). */
const HEADLINE = {
  top: 146,
  gapAboveSubtitle: 20,
  sizes: [54, 52, 50, 48, 46, 44, 42, 40, 38, 36, 34, 32, 30],
} as const;
/** The chamber's box, right of the words, and the tally under it. */
const CHART = { x: 600, y: 96, width: 560, height: 420 } as const;
const TALLY = { baseline: 566, sizes: [30, 28, 26, 24, 22, 20], width: 270 } as const;
/** The label in the chamber's hole: at most `width`, and clear of the seats around it by `clearance` px each side. */
const CENTRE = { sizes: [34, 32, 30, 28, 26, 24, 22, 20], width: 240, clearance: 8 } as const;

/** A line's attributes, written in this order: its class, weight, anchor (start unless given), spacing and colour. */
type LineAttributes = { class: string; 'font-weight'?: 'bold'; 'text-anchor'?: 'start' | 'middle' | 'end'; 'letter-spacing'?: number; fill: string };

const attributeList = (a: Partial<LineAttributes>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');

/** Two decimals at most, as SVG coordinates are written. */
const coordinate = (n: number) => +n.toFixed(2);

/**
 * One line of text at (x, y). In a width-table font, a <text> for the rasteriser (resvg) to draw.
 * In a ShapedFont, a <g> named by its text (aria-label) holding its runs: the shaped runs as the
 * outlines of their glyphs, shaped as they were measured (resvg 2.6.2's own shaper misplaces the
 * glyph after a Khmer vowel drawn before its consonant), and the fallback's runs as <text> at
 * their measured place; the anchor is resolved from the measured width.
 */
function textLine(line: string, x: number, y: number, size: number, font: Font, attributes: LineAttributes): string {
  const runs = isShaped(font) ? textRuns(line, font) : [];
  if (!runs.some((run) => isShaped(run.font))) return `<text x="${x}" y="${y}" font-size="${size}" ${attributeList(attributes)}>${escapeHtml(line)}</text>`;
  // The group takes the line's class, weight and colour; its anchor is resolved here, and a line with shaped runs is set solid.
  const { 'text-anchor': anchor = 'start', 'letter-spacing': _solid, ...group } = attributes;
  const width = textWidth(line, { font, size });
  let pen = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  const marks = runs.map((run) => {
    const at = pen;
    pen += textWidth(run.text, { font: run.font, size });
    return isShaped(run.font) ? `<path d="${run.font.outline(run.text, at, y, size)}"/>` : `<text x="${coordinate(at)}" y="${y}">${escapeHtml(run.text)}</text>`;
  });
  return `<g ${attributeList(group)} font-size="${size}" aria-label="${escapeHtml(line)}">${marks.join('')}</g>`;
}

/** One line per fitted line, the first baseline at `baseline`. */
function textLines(fitted: FittedText, x: number, baseline: number, font: Font, attributes: LineAttributes): string {
  return fitted.lines.map((line, i) => textLine(line, x, +(baseline + i * fitted.lineGap).toFixed(1), fitted.size, font, attributes)).join('');
}

/** fitText on one line of the given font. */
const oneLine = (text: string, box: Omit<TextBox, 'maxLines'>) => fitText(text, { ...box, maxLines: 1 });

/** Letter spacing for a line, if it is set wholly by the rasteriser: shaped runs (Khmer) are set solid, as their script wants. */
const spacing = (text: string, font: Font, letterSpacing: number) => (isShaped(font) && textRuns(text, font).some((run) => isShaped(run.font)) ? 0 : letterSpacing);

/**
 * The share image (Open Graph / social cards, and the embed's no-script fallback) as an SVG string,
 * drawn from the same scenes and copy as the page, so it can never disagree with it. 1200 × 630: a
 * bar and the masthead (meta.siteName) at the top, the kicker, the headline (balanced, never ending on
 * a word alone when the box allows) and `shareSubtitle` on the left, and on the right the chamber in
 * its boycott state, the boycotting party's seats dashed and empty, with the chart's own labels.
 * Text is set in Source Sans 3 (family name as its files carry it), which the build hands to the
 * rasteriser (tools/renderPng.ts); no system font is needed. An edition in a script that needs
 * shaping passes its `fonts` (Khmer: Noto Sans Khmer, its runs drawn as outlines, its Latin words
 * still in Source Sans 3) and its lines break at the words of its language (story.meta.lang).
 *
 *   buildShareSvg(story, scenes, dataset) // → '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" …'
 *   buildShareSvg(khmerStory, khmerScenes, dataset, await shareFontsFor('km')) // → the Khmer edition's
 */
export function buildShareSvg(story: Story, scenes: Scenes, data: Dataset, fonts: ShareFonts = LATIN_SHARE_FONTS): string {
  const { width, height } = SHARE_SIZE;
  const { regular, bold } = fonts;
  const locale = story.meta.lang;
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
        // The hole: from the label's anchor (the middle of the chamber's base) to the nearest seat's edge.
        const hole = Math.min(...seats.seats.map((s) => Math.hypot(s.hemi.x - centreLabel.x, s.hemi.y - centreLabel.y))) - seats.r;
        const room = Math.min(CENTRE.width, 2 * (hole * scale - CENTRE.clearance));
        const fitted = oneLine(centreLabel.text, { font: bold, sizes: CENTRE.sizes, width: room, locale });
        return textLines(fitted, +(ox + centreLabel.x * scale).toFixed(1), +(oy + centreLabel.y * scale).toFixed(1), bold, { class: 'centre', 'font-weight': 'bold', 'text-anchor': 'middle', fill: INK });
      })()
    : '';
  const tally = partyLabels
    .slice(0, 2)
    .map((label, i) => {
      const party = label.className?.replace(/^label-/, '') ?? '';
      const fitted = oneLine(label.text, { font: bold, sizes: TALLY.sizes, width: TALLY.width, locale });
      const x = i === 0 ? CHART.x + 20 : CHART.x + CHART.width - 20;
      return textLines(fitted, x, TALLY.baseline, bold, { class: 'tally', 'font-weight': 'bold', 'text-anchor': i === 0 ? 'start' : 'end', fill: TEXT[party] ?? INK });
    })
    .join('');

  const mastheadSpacing = spacing(story.meta.siteName, regular, MASTHEAD.letterSpacing);
  const masthead = oneLine(story.meta.siteName, { font: regular, sizes: MASTHEAD.sizes, letterSpacing: mastheadSpacing, width: MASTHEAD.width, locale });
  // The kicker is tracked as capitals are; Khmer, which has none, is set solid.
  const kickerText = text(story.kicker).toUpperCase();
  const kickerSpacing = spacing(kickerText, bold, KICKER.letterSpacing);
  const kicker = oneLine(kickerText, { font: bold, sizes: KICKER.sizes, letterSpacing: kickerSpacing, width: COLUMN.width, locale });
  const headlineBottom = SUBTITLE.baselines[0] - lineExtent({ font: regular, size: SUBTITLE.sizes[0] }).ascent - HEADLINE.gapAboveSubtitle;
  const headline = fitText(text(story.headline), {
    font: bold,
    sizes: HEADLINE.sizes,
    width: COLUMN.width,
    height: headlineBottom - HEADLINE.top,
    lineHeight: fonts.headlineLineHeight,
    locale,
  });
  // The subtitle is `shareSubtitle` in data/copy.json, on at most two lines.
  const subtitleFit = fitText(story.shareSubtitle, { font: regular, sizes: SUBTITLE.sizes, width: COLUMN.width, maxLines: SUBTITLE.baselines.length, locale });
  const subtitle = subtitleFit.lines.map((line, i) => textLines({ ...subtitleFit, lines: [line] }, COLUMN.x, must(SUBTITLE.baselines[i], 'fitText gives at most maxLines lines, one per baseline'), regular, { class: 'subtitle', fill: MUTED }));
  // The family the rasteriser draws the <text> in: the shaped fonts' runs are drawn as outlines.
  const family = must((isShaped(regular) ? regular.fallback : regular).family, 'sourceSansMetrics.ts names the family of the fonts it measures');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeHtml(family)}">
<rect width="${width}" height="${height}" fill="${PAPER}"/>
<rect width="${width}" height="10" fill="${INK}"/>
${textLines(masthead, COLUMN.x, MASTHEAD.baseline, regular, { class: 'masthead', 'letter-spacing': mastheadSpacing || undefined, fill: MUTED })}
<rect x="${COLUMN.x}" y="${MASTHEAD.rule}" width="${width - 2 * COLUMN.x}" height="1" fill="${RULE}"/>
${textLines(kicker, COLUMN.x, KICKER.baseline, bold, { class: 'kicker', 'font-weight': 'bold', 'letter-spacing': kickerSpacing || undefined, fill: INK })}
${textLines(headline, COLUMN.x, HEADLINE.top + headline.firstBaseline, bold, { class: 'headline', 'font-weight': 'bold', fill: INK })}
${subtitle.join('\n')}
${circles}
${centre}
${tally}
</svg>`;
}
