import { lineExtent, textWidth, type Font, type TextStyle } from './measureText.ts';
import { countWords, wrapWords } from './wrapWords.ts';

/** Where and how to fit text: the font, the sizes to try, the box's width and (optional) height. */
export type TextBox = {
  /** A width table (Source Sans 3) or a font measured by shaping (Noto Sans Khmer, for the Khmer edition). */
  font: Font;
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  letterSpacing?: number;
  width: number;
  /** From the top of the first line's ascent to the bottom of the last line's descent; no limit if left out. */
  height?: number;
  maxLines?: number;
  /** Distance between baselines, as a multiple of the font size. */
  lineHeight?: number;
  /** The text's language, for breaking the lines of a script written without spaces (wrapWords). */
  locale?: string;
};

/** Text fitted into a box: the size chosen, the lines, and where to draw them. */
export type FittedText = {
  size: number;
  lines: string[];
  /** Distance between baselines, in pixels. */
  lineGap: number;
  /** Distance from the top of the box to the first baseline, in pixels. */
  firstBaseline: number;
  /** Whether the end of the text was replaced by "…". */
  truncated: boolean;
};

/** How much smaller than the largest size that fits the text may get before it takes a line more to avoid a one-word last line. */
const TIDY_SHRINK = 0.9;


/**
 * Fits text into a box for SVG: wraps it at the box width with real glyph widths and steps the font
 * size down until the lines fit. It takes the largest size at which the text fits without cutting a
 * word; failing that, the largest at which it fits with over-long words cut between characters;
 * failing that, the smallest size, with the text cut short by "…". The lines are balanced
 * (wrapWords), and a one-word last line is avoided whenever the box allows: first by going up to 10%
 * below the largest size that fits, then by taking one line more at such a size, then at any smaller
 * size; only a text that cannot be set otherwise keeps a word alone on its last line.
 *
 *   fitText('From a disputed vote to stalled talks', { font: SOURCE_SANS_BOLD, sizes: [54, 42, 30], width: 500, height: 330, lineHeight: 1.1 })
 *   // → { size: 54, lines: ['From a disputed', 'vote to stalled talks'], lineGap: 59.4, firstBaseline: 55.296, … }
 */
export function fitText(text: string, box: TextBox): FittedText {
  const { sizes, width, height = Infinity, maxLines = Infinity, lineHeight = 1.2, locale } = box;
  const endsWithOneWord = (lines: string[]) => lines.length > 1 && countWords(lines.at(-1) ?? '', locale) <= 1;
  const smallestSize = sizes.at(-1);
  if (smallestSize === undefined) throw new Error('fitText needs at least one font size');
  const at = (size: number) => {
    const style: TextStyle = { font: box.font, size, letterSpacing: box.letterSpacing };
    const { ascent, descent } = lineExtent(style);
    const lineGap = size * lineHeight;
    const room = Math.max(0, Math.floor((height - ascent - descent) / lineGap + 1));
    const measure = (t: string) => textWidth(t, style);
    return { size, lineGap, firstBaseline: ascent, maxLines: Math.min(maxLines, room), measure };
  };
  const fitted = (s: ReturnType<typeof at>, lines: string[], truncated: boolean): FittedText => ({
    size: s.size,
    lines,
    lineGap: s.lineGap,
    firstBaseline: s.firstBaseline,
    truncated,
  });

  type Setting = { s: ReturnType<typeof at>; lines: string[] };
  const inBox = ({ s, lines }: Setting) => lines.length <= s.maxLines && lines.every((line) => s.measure(line) <= width);
  const clean = (setting: Setting | undefined): setting is Setting => setting !== undefined && inBox(setting) && !endsWithOneWord(setting.lines);
  for (const cutWords of [false, true]) {
    const fits = sizes
      .map(at)
      .map((s) => ({ s, lines: wrapWords(text, width, { measure: s.measure, cutWords, locale }) }))
      .filter(inBox);
    const [largest] = fits;
    if (!largest) continue;
    /** The same size with one line more, when its last line would hold one word alone. */
    const longer = ({ s, lines }: Setting): Setting | undefined =>
      endsWithOneWord(lines) && lines.length < s.maxLines ? { s, lines: wrapWords(text, width, { measure: s.measure, cutWords, minLines: lines.length + 1, locale }) } : undefined;
    const near = fits.filter(({ s }) => s.size >= largest.s.size * TIDY_SHRINK);
    const choice = near.find(clean) ?? near.map(longer).find(clean) ?? fits.find(clean) ?? fits.map(longer).find(clean) ?? largest;
    return fitted(choice.s, choice.lines, false);
  }
  const smallest = at(smallestSize);
  return fitted(smallest, wrapWords(text, width, { measure: smallest.measure, maxLines: smallest.maxLines, locale }), true);
}
