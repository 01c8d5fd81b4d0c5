/**
 * A ShapedFont (src/lib/story/measureText.ts) from a TrueType file, with harfbuzz (harfbuzzjs): a
 * run is shaped as a whole, as its script needs (Khmer: coeng + consonant stacked as a subscript,
 * vowel signs moved before their consonant or split around it), measured by its glyphs' advances
 * and drawn as the outlines of those very glyphs, so what is measured is what is drawn.
 *
 *   const khmer = await loadShapedFont(file, { script: 'Khmer', fallback: SOURCE_SANS_BOLD });
 *   khmer.advance('ក្ក') < khmer.advance('កក') // → true: the second ក is a subscript
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import type { FontWidths, ShapedFont } from '../src/lib/story/measureText.ts';

/** A glyph of a shaped run: its id in the font, and its advance and offset in font units. */
export type ShapedGlyph = { id: number; cluster: number; xAdvance: number; xOffset: number; yOffset: number };

/** A ShapedFont read from a file, with what the tests look at: the shaped glyphs, and the ids of the glyphs a broken run would show. */
export type HarfBuzzFont = ShapedFont & {
  /** The glyphs of a run, shaped. */
  glyphs(text: string): ShapedGlyph[];
  /** Glyph ids that mean a character could not be drawn: .notdef (0) and the dotted circle (◌) a shaper puts under a stray mark. */
  brokenGlyphs: ReadonlySet<number>;
};

/** A path command of a glyph outline (harfbuzzjs glyphToJson), in font units, y up. */
type Command = { type: string; values: number[] };

/** Two decimals at most, as SVG path data is written. */
const fixed = (n: number) => String(+n.toFixed(2));

/**
 * The font in `file` as a ShapedFont of `script` (its \p{Script=…} name), with `fallback` for the
 * characters it does not draw. Widths are remembered by text: fitting a headline measures the same
 * runs at every size.
 */
export async function loadShapedFont(file: string, { script, fallback }: { script: string; fallback: FontWidths }): Promise<HarfBuzzFont> {
  const hb = await import('harfbuzzjs');
  const face = new hb.Face(new hb.Blob(readFileSync(file)));
  const font = new hb.Font(face);
  const buffer = new hb.Buffer();
  const unicodes = new Set(face.collectUnicodes());
  const { ascender, descender } = font.hExtents();
  const family = face.getName(1, 'en');
  if (!family) throw new Error(`loadShapedFont: ${file} names no family (name ID 1)`);

  const glyphs = (text: string): ShapedGlyph[] => {
    buffer.reset();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    return buffer.getGlyphInfosAndPositions().map((g) => ({ id: g.codepoint, cluster: g.cluster, xAdvance: g.xAdvance ?? 0, xOffset: g.xOffset ?? 0, yOffset: g.yOffset ?? 0 }));
  };
  const advances = new Map<string, number>();
  const outlines = new Map<number, Command[]>();
  const dottedCircle = font.nominalGlyph(0x25cc);
  return {
    family,
    unitsPerEm: face.upem,
    ascender,
    descender: -descender,
    script,
    fallback,
    has: (codePoint) => unicodes.has(codePoint),
    advance(text) {
      let width = advances.get(text);
      if (width === undefined) advances.set(text, (width = glyphs(text).reduce((sum, g) => sum + g.xAdvance, 0)));
      return width;
    },
    outline(text, x, y, size) {
      const k = size / face.upem;
      let pen = 0;
      const d: string[] = [];
      for (const g of glyphs(text)) {
        let commands = outlines.get(g.id);
        if (!commands) outlines.set(g.id, (commands = font.glyphToJson(g.id) as Command[]));
        const ox = pen + g.xOffset;
        for (const { type, values } of commands) {
          const points: string[] = [];
          for (let i = 0; i + 1 < values.length; i += 2) points.push(`${fixed(x + (ox + values[i]!) * k)} ${fixed(y - (g.yOffset + values[i + 1]!) * k)}`);
          d.push(type + points.join(' '));
        }
        pen += g.xAdvance;
      }
      return d.join('');
    },
    glyphs,
    brokenGlyphs: new Set([0, ...(dottedCircle === undefined ? [] : [dottedCircle])]),
  };
}
