/**
 * The fonts the share image is drawn in: the page's own sans, Source Sans 3 (regular and bold, from
 * @fontsource/source-sans-3), converted at build time from WOFF2, which resvg cannot read, to
 * TrueType with subset-font, and cut down to the characters a headline is likely to use
 * (SHARE_FONT_RANGES). The width table the share image measures its text with
 * (src/lib/story/sourceSansMetrics.ts) is read from these very files, by its generator test. A line
 * with a character Source Sans lacks is drawn by resvg in DejaVu Sans, its fallback, and measured so.
 *
 *   const files = await shareFontFiles(); // → ['…/node_modules/.cache/share-fonts/source-sans-3-400-1a2b3c4d5e6f.ttf', '…-700-….ttf']
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The characters kept, as [first, last] code points: ASCII, Latin-1, Latin Extended-A, combining
 * accents, punctuation (dashes, quotes, …) and €. Source Sans's "latin" file has all of them but
 * most of Latin Extended-A and the accents; those fall back to DejaVu Sans.
 */
export const SHARE_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x300, 0x36f],
  [0x2010, 0x203a],
  [0x20ac, 0x20ac],
];

/** The two faces the share image uses, by weight, and their source files in @fontsource/source-sans-3. */
export const SHARE_FACES = [
  { weight: 400, file: 'source-sans-3-latin-400-normal.woff2' },
  { weight: 700, file: 'source-sans-3-latin-700-normal.woff2' },
] as const;

const characters = SHARE_FONT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
const cacheDir = resolve(dirname(require.resolve('@fontsource/source-sans-3/package.json')), '..', '..', '.cache', 'share-fonts');

/** The WOFF2 file of a face of Source Sans 3, as shipped by @fontsource/source-sans-3. */
function sourceBytes(weight: 400 | 700): Buffer {
  const face = SHARE_FACES.find((f) => f.weight === weight);
  if (!face) throw new Error(`shareFontBytes: no Source Sans 3 face of weight ${weight}; the share image uses ${SHARE_FACES.map((f) => f.weight).join(' and ')}`);
  return readFileSync(join(dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files', face.file));
}

/** A face of Source Sans 3 as TrueType, cut down to SHARE_FONT_RANGES (the same bytes every time). */
export async function shareFontBytes(weight: 400 | 700): Promise<Buffer> {
  const { default: subsetFont } = await import('subset-font'); // loaded only when a font is converted
  return subsetFont(sourceBytes(weight), characters, { targetFormat: 'truetype' });
}

let files: Promise<string[]> | undefined;

/**
 * Paths of the share image's TrueType fonts, regular then bold, converted once and kept in
 * node_modules/.cache/share-fonts: named by a hash of what makes them (the source font, the
 * characters kept and the version of subset-font), so a build whose inputs are unchanged finds
 * them without converting again; written atomically, so builds and test workers running at once
 * never read half a file.
 */
export function shareFontFiles(): Promise<string[]> {
  files ??= Promise.all(
    SHARE_FACES.map(async ({ weight }) => {
      const subsetter = (JSON.parse(readFileSync(require.resolve('subset-font/package.json'), 'utf8')) as { version: string }).version;
      const key = createHash('sha256').update(sourceBytes(weight)).update(characters).update(subsetter).digest('hex').slice(0, 12);
      const file = join(cacheDir, `source-sans-3-${weight}-${key}.ttf`);
      if (!existsSync(file)) {
        const bytes = await shareFontBytes(weight);
        mkdirSync(cacheDir, { recursive: true });
        const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
        writeFileSync(partial, bytes);
        renameSync(partial, file);
      }
      return file;
    }),
  );
  return files;
}

/**
 * DejaVu Sans, regular first: resvg draws a whole line in the first font that has a character the
 * line's own font lacks, so both weights fall back to the regular (src/lib/story/measureText.ts
 * measures such a line with DejaVu Sans's widths).
 */
export function fallbackFontFiles(): string[] {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return [join(dir, 'DejaVuSans.ttf'), join(dir, 'DejaVuSans-Bold.ttf')];
}
