/**
 * Measures a line of SVG text the way it will be drawn: the sum of the glyphs' advance widths from
 * the font's own metrics (see sourceSansMetrics.ts), so wrapping does not guess from a character
 * count. A line with a character the font lacks is drawn whole in its fallback font, and measured
 * so. Kerning mostly brings glyphs closer, so this is an upper bound to within a hair.
 *
 * A script whose glyphs depend on their neighbours (Khmer: subscript consonants, vowel signs drawn
 * before their consonant) has no per-character widths: its font is a ShapedFont, which measures
 * (and draws) whole runs as a shaper sets them, its line split into runs by textRuns.ts.
 *
 * @module
 */
import { textRuns } from './textRuns.ts';

/** Horizontal metrics of a font, in font units. */
export type FontWidths = {
  /** The family name the font's files carry, for SVG's font-family (the rasteriser matches it). */
  family?: string;
  unitsPerEm: number;
  /** Height above the baseline that the font reserves for its tallest glyphs (positive). */
  ascender: number;
  /** Depth below the baseline that the font reserves (positive). */
  descender: number;
  /** Advance width used for a character outside `ranges` (wide enough for any common glyph). */
  missing: number;
  /** Advance widths of consecutive code points, the first being `from`: every character the font has. */
  ranges: readonly { from: number; widths: readonly number[] }[];
  /** The font a line is drawn in when this one lacks one of its characters. */
  fallback?: FontWidths;
};

/**
 * A font measured by shaping whole runs of text (tools/shapedFont.ts: harfbuzz on the font's own
 * file), for a script whose glyphs change with their neighbours. It draws the letters of its
 * `script` and the spaces, digits and punctuation around them; letters of other scripts, and any
 * character it lacks, are set in `fallback` (textRuns.ts splits a line so).
 */
export type ShapedFont = {
  /** The family name its file carries ("Noto Sans Khmer"). */
  family: string;
  unitsPerEm: number;
  /** Height above the baseline that the font reserves for its tallest glyphs (positive). */
  ascender: number;
  /** Depth below the baseline that the font reserves (positive). */
  descender: number;
  /** The Unicode script whose letters it draws, as \p{Script=…} names it: "Khmer". */
  script: string;
  /** Whether it has a glyph for the character. */
  has(codePoint: number): boolean;
  /** Advance width of a run of text it draws (one script), shaped, in font units. */
  advance(text: string): number;
  /** The glyphs of a run shaped and set at `size` px with the left end of its baseline at (x, y), as SVG path data. */
  outline(text: string, x: number, y: number, size: number): string;
  /** The font for every character it does not draw. */
  fallback: FontWidths;
};

/** A font of the share image: a width table, or a font measured by shaping. */
export type Font = FontWidths | ShapedFont;

/** A font at a size, with optional extra space after each character (px). */
export type TextStyle = { font: Font; size: number; letterSpacing?: number };

/** Whether a font is measured by shaping (a ShapedFont) rather than by a width table. */
export function isShaped(font: Font): font is ShapedFont {
  return 'advance' in font;
}

/** The advance width of a character the font has, in font units; undefined if it lacks it. */
function ownAdvance(font: FontWidths, codePoint: number): number | undefined {
  for (const { from, widths } of font.ranges) {
    if (codePoint >= from && codePoint < from + widths.length) return widths[codePoint - from];
  }
  return undefined;
}

/** Advance width of one character, in font units (`missing` for a character the font lacks). */
export function advanceWidth(font: FontWidths, codePoint: number): number {
  return ownAdvance(font, codePoint) ?? font.missing;
}

/**
 * The font a line of `text` is drawn in: `font`, or its fallback if it lacks a character of the
 * line. A ShapedFont is its own answer: its line is split into runs (textRuns), not drawn whole in
 * another font.
 */
export function fontFor<F extends Font>(text: string, font: F): F | FontWidths {
  if (isShaped(font) || !font.fallback) return font;
  for (const ch of text) if (ownAdvance(font, ch.codePointAt(0) ?? 0) === undefined) return fontFor(text, font.fallback);
  return font;
}

/**
 * Width in pixels of `text` drawn on one line in `style`. In a ShapedFont, the sum of its runs
 * (textRuns), each shaped whole or measured in the fallback's table; letter spacing is then an
 * upper bound (counted per character, where a renderer spaces whole clusters).
 *
 *   textWidth('Cambodia', { font: SOURCE_SANS_BOLD, size: 54 })                   // → 241.38
 *   textWidth('CAMBODIA', { font: SOURCE_SANS_BOLD, size: 26, letterSpacing: 4 }) // → 154.59
 *   textWidth('Sŏk', { font: SOURCE_SANS_BOLD, size: 54 })                        // → 98.58… (in DejaVu Sans: Source Sans lacks "ŏ")
 *   textWidth('CPP ៦៨', { font: notoSansKhmerBold, size: 30 })                    // → "CPP " in Source Sans 3 + "៦៨" shaped in Noto Sans Khmer
 */
export function textWidth(text: string, { font, size, letterSpacing = 0 }: TextStyle): number {
  if (isShaped(font)) {
    const runs = textRuns(text, font).reduce((w, run) => w + (isShaped(run.font) ? (run.font.advance(run.text) * size) / run.font.unitsPerEm : textWidth(run.text, { font: run.font, size })), 0);
    return runs + letterSpacing * [...text].length;
  }
  const drawn = fontFor(text, font);
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += advanceWidth(drawn, ch.codePointAt(0) ?? 0); // a character of a string always has one
    count++;
  }
  return (units * size) / drawn.unitsPerEm + letterSpacing * count;
}

/** Pixels above and below the baseline that a line of text in `style` may paint (in its font or its fallback). */
export function lineExtent({ font, size }: TextStyle): { ascent: number; descent: number } {
  const own = { ascent: (font.ascender * size) / font.unitsPerEm, descent: (font.descender * size) / font.unitsPerEm };
  if (!font.fallback) return own;
  // A shaped font's line may hold runs of its fallback, and its fallback's fallback.
  const fallback = lineExtent({ font: font.fallback, size });
  return { ascent: Math.max(own.ascent, fallback.ascent), descent: Math.max(own.descent, fallback.descent) };
}
