/**
 * Test helper: reads the horizontal metrics of a TrueType font (units per em, ascender, descender and
 * the advance width of each character), straight from the TTF bytes. Used to check, and regenerate,
 * the committed width table in src/lib/story/dejaVuMetrics.ts against the font the rasteriser uses,
 * and to measure chart labels in the page's own font.
 *
 *   const bold = readFontMetrics(readFileSync(dejaVuPath('DejaVuSans-Bold.ttf')));
 *   bold.unitsPerEm          // → 2048
 *   bold.advance(0x41)       // → advance width of "A", in font units (undefined if the font has no glyph)
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type FontMetrics = {
  /** The family name (name ID 1, Windows Unicode), as a rasteriser matches SVG's font-family against it. */
  family: string;
  unitsPerEm: number;
  ascender: number;
  /** Negative, as in the font (below the baseline). */
  descender: number;
  advance(codePoint: number): number | undefined;
};

const require = createRequire(import.meta.url);

/** Absolute path of a font file in the npm package dejavu-fonts-ttf (the share image's fallback, tools/shareFonts.ts). */
export function dejaVuPath(file: string): string {
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', file);
}

/** Absolute path of a font file in an @fontsource package, e.g. ('source-sans-3', 'source-sans-3-latin-400-normal.woff2'). */
export function fontsourcePath(family: string, file: string): string {
  return join(dirname(require.resolve(`@fontsource/${family}/package.json`)), 'files', file);
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font has no ${tag} table`);
    return offset;
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const numberOfHMetrics = view.getUint16(hhea + 34);
  const glyphAdvance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = cmapLookup(view, table('cmap'));
  return {
    family: familyName(view, bytes, table('name')),
    unitsPerEm: view.getUint16(head + 18),
    ascender: view.getInt16(hhea + 4),
    descender: view.getInt16(hhea + 6),
    advance(codePoint) {
      const glyph = glyphOf(codePoint);
      return glyph ? glyphAdvance(glyph) : undefined;
    },
  };
}

/** The font's family name: name ID 1 in the Windows Unicode (3/1) records, UTF-16BE. */
function familyName(view: DataView, bytes: Uint8Array, name: number): string {
  const storage = name + view.getUint16(name + 4);
  for (let i = 0; i < view.getUint16(name + 2); i++) {
    const record = name + 6 + i * 12;
    if (view.getUint16(record) !== 3 || view.getUint16(record + 2) !== 1 || view.getUint16(record + 6) !== 1) continue;
    const start = storage + view.getUint16(record + 10);
    const units = Array.from({ length: view.getUint16(record + 8) / 2 }, (_, k) => view.getUint16(start + 2 * k));
    return String.fromCharCode(...units);
  }
  throw new Error(`the font has no Windows Unicode family name (name ID 1); its first bytes are ${Array.from(bytes.subarray(0, 4)).join(' ')}`);
}

/** Character → glyph id (0 when missing), from the Unicode cmap subtable: format 12 if present, else format 4. */
function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
  const subtables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    subtables.set(`${view.getUint16(record)}/${view.getUint16(record + 2)}`, cmap + view.getUint32(record + 4));
  }
  const full = subtables.get('3/10');
  if (full !== undefined && view.getUint16(full) === 12) {
    const groups = view.getUint32(full + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const at = full + 16 + g * 12;
        const start = view.getUint32(at);
        if (cp >= start && cp <= view.getUint32(at + 4)) return view.getUint32(at + 8) + (cp - start);
      }
      return 0;
    };
  }
  const bmp = subtables.get('3/1');
  if (bmp === undefined || view.getUint16(bmp) !== 4) throw new Error('the font has no Unicode cmap of format 4 or 12');
  const segCount = view.getUint16(bmp + 6) / 2;
  const ends = bmp + 14;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const rangeOffsets = deltas + 2 * segCount;
  return (cp) => {
    for (let s = 0; s < segCount; s++) {
      if (cp > view.getUint16(ends + 2 * s)) continue;
      const start = view.getUint16(starts + 2 * s);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + 2 * s);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
