/**
 * Measures a line of SVG text the way the rasteriser will draw it: the sum of the glyphs' advance
 * widths from the font's own metrics (see sourceSansMetrics.ts), so wrapping does not guess from a
 * character count. A line with a character the font lacks is drawn whole in its fallback font, and
 * measured so. Kerning mostly brings glyphs closer, so this is an upper bound to within a hair.
 *
 * @module
 */

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

/** A font at a size, with optional extra space after each character (px). */
export type TextStyle = { font: FontWidths; size: number; letterSpacing?: number };

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

/** The font a line of `text` is drawn in: `font`, or its fallback if it lacks a character of the line. */
export function fontFor(text: string, font: FontWidths): FontWidths {
  if (!font.fallback) return font;
  for (const ch of text) if (ownAdvance(font, ch.codePointAt(0) ?? 0) === undefined) return fontFor(text, font.fallback);
  return font;
}

/**
 * Width in pixels of `text` drawn on one line in `style`.
 *
 *   textWidth('Cambodia', { font: SOURCE_SANS_BOLD, size: 54 })                   // → 241.38
 *   textWidth('CAMBODIA', { font: SOURCE_SANS_BOLD, size: 26, letterSpacing: 4 }) // → 154.59
 *   textWidth('Sŏk', { font: SOURCE_SANS_BOLD, size: 54 })                        // → 98.58… (in DejaVu Sans: Source Sans lacks "ŏ")
 */
export function textWidth(text: string, { font, size, letterSpacing = 0 }: TextStyle): number {
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
  const fallback = lineExtent({ font: font.fallback, size });
  return { ascent: Math.max(own.ascent, fallback.ascent), descent: Math.max(own.descent, fallback.descent) };
}
