/**
 * Measures a line of SVG text the way the rasteriser will draw it: the sum of the glyphs' advance
 * widths from the font's own metrics (see dejaVuMetrics.ts), so wrapping does not guess from a
 * character count. Kerning only ever brings DejaVu's glyphs closer, so this is an upper bound.
 *
 * @module
 */

/** Horizontal metrics of a font, in font units. */
export type FontWidths = {
  unitsPerEm: number;
  /** Height above the baseline that the font reserves for its tallest glyphs (positive). */
  ascender: number;
  /** Depth below the baseline that the font reserves (positive). */
  descender: number;
  /** Advance width used for a character outside `ranges` (wide enough for any common glyph). */
  missing: number;
  /** Advance widths of consecutive code points, the first being `from`. */
  ranges: readonly { from: number; widths: readonly number[] }[];
};

/** A font at a size, with optional extra space after each character (px). */
export type TextStyle = { font: FontWidths; size: number; letterSpacing?: number };

/** Advance width of one character, in font units. */
export function advanceWidth(font: FontWidths, codePoint: number): number {
  for (const { from, widths } of font.ranges) {
    if (codePoint >= from && codePoint < from + widths.length) return widths[codePoint - from] ?? font.missing;
  }
  return font.missing;
}

/**
 * Width in pixels of `text` drawn on one line in `style`.
 *
 *   textWidth('Cambodia', { font: DEJAVU_SANS_BOLD, size: 54 })                   // → 301.69…
 *   textWidth('CAMBODIA', { font: DEJAVU_SANS_BOLD, size: 26, letterSpacing: 4 }) // → 190.37…
 */
export function textWidth(text: string, { font, size, letterSpacing = 0 }: TextStyle): number {
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += advanceWidth(font, ch.codePointAt(0) ?? 0); // a character of a string always has one
    count++;
  }
  return (units * size) / font.unitsPerEm + letterSpacing * count;
}

/** Pixels above and below the baseline that a line of text in `style` may paint. */
export function lineExtent({ font, size }: TextStyle): { ascent: number; descent: number } {
  return { ascent: (font.ascender * size) / font.unitsPerEm, descent: (font.descender * size) / font.unitsPerEm };
}
