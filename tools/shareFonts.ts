/**
 * The fonts the share image is drawn in: the page's own sans, Source Sans 3 (regular and bold, from
 * @fontsource/source-sans-3), converted at build time from WOFF2, which resvg cannot read, to
 * TrueType with subset-font, and cut down to the characters a headline is likely to use
 * (SHARE_FONT_RANGES). The width table the share image measures its text with
 * (src/lib/story/sourceSansMetrics.ts) is read from these very files, by its generator test. A line
 * with a character Source Sans lacks is drawn by resvg in DejaVu Sans, its fallback, and measured so.
 *
 * The Khmer edition's image is set in the Khmer page's font, Noto Sans Khmer (regular and bold, from
 * @fontsource/noto-sans-khmer), converted the same way with every character of its file and its
 * shaping tables: its runs are shaped, measured and outlined with harfbuzz (tools/shapedFont.ts),
 * and its Latin words stay in Source Sans 3 (shareFontsFor).
 *
 *   const files = await shareFontFiles();  // → ['…/node_modules/.cache/share-fonts/source-sans-3-400-1a2b3c4d5e6f.ttf', '…-700-….ttf']
 *   const fonts = await shareFontsFor('km'); // → { regular: Noto Sans Khmer (shaped), bold: …, headlineLineHeight: 1.4 }
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { LATIN_SHARE_FONTS, type ShareFonts } from '../src/lib/story/buildShareSvg.ts';
import { SOURCE_SANS, SOURCE_SANS_BOLD } from '../src/lib/story/sourceSansMetrics.ts';
import { loadShapedFont } from './shapedFont.ts';

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

/**
 * Noto Sans Khmer's faces for the Khmer share image, by weight, and the characters kept: every one
 * its @fontsource "khmer" file has (Khmer, Khmer Symbols, ASCII, the joiners and ◌), so that no
 * rebuild has to cut it again for a new word.
 */
export const KHMER_SHARE_FACES = [
  { weight: 400, file: 'noto-sans-khmer-khmer-400-normal.woff2' },
  { weight: 700, file: 'noto-sans-khmer-khmer-700-normal.woff2' },
] as const;
const KHMER_SHARE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xbb],
  [0x1780, 0x17ff],
  [0x19e0, 0x19ff],
  [0x200b, 0x200d],
  [0x25cc, 0x25cc],
];

/** The characters of some [first, last] code point ranges, as one string. */
const charactersOf = (ranges: readonly (readonly [number, number])[]) => ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');
const characters = charactersOf(SHARE_FONT_RANGES);
const khmerCharacters = charactersOf(KHMER_SHARE_RANGES);
const cacheDir = resolve(dirname(require.resolve('@fontsource/source-sans-3/package.json')), '..', '..', '.cache', 'share-fonts');

/** The WOFF2 file of a face of Source Sans 3, as shipped by @fontsource/source-sans-3. */
function sourceBytes(weight: 400 | 700): Buffer {
  const face = SHARE_FACES.find((f) => f.weight === weight);
  if (!face) throw new Error(`shareFontBytes: no Source Sans 3 face of weight ${weight}; the share image uses ${SHARE_FACES.map((f) => f.weight).join(' and ')}`);
  return readFileSync(join(dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files', face.file));
}

/** The WOFF2 file of a face of Noto Sans Khmer, as shipped by @fontsource/noto-sans-khmer. */
function khmerSourceBytes(weight: 400 | 700): Buffer {
  const face = KHMER_SHARE_FACES.find((f) => f.weight === weight);
  if (!face) throw new Error(`khmerShareFontFiles: no Noto Sans Khmer face of weight ${weight}; the share image uses ${KHMER_SHARE_FACES.map((f) => f.weight).join(' and ')}`);
  return readFileSync(join(dirname(require.resolve('@fontsource/noto-sans-khmer/package.json')), 'files', face.file));
}

/** A WOFF2 font as TrueType, cut down to `keep` (its shaping tables kept: subset-font keeps GSUB and GPOS). */
async function toTrueType(woff2: Buffer, keep: string): Promise<Buffer> {
  const { default: subsetFont } = await import('subset-font'); // loaded only when a font is converted
  return subsetFont(woff2, keep, { targetFormat: 'truetype' });
}

/** A face of Source Sans 3 as TrueType, cut down to SHARE_FONT_RANGES (the same bytes every time). */
export async function shareFontBytes(weight: 400 | 700): Promise<Buffer> {
  return toTrueType(sourceBytes(weight), characters);
}

/**
 * The path of a converted font in node_modules/.cache/share-fonts, named by a hash of what makes it
 * (the source font, the characters kept and the version of subset-font), so a build whose inputs
 * are unchanged finds it without converting again; written atomically, so builds and test workers
 * running at once never read half a file.
 */
async function cachedTrueType(name: string, woff2: Buffer, keep: string): Promise<string> {
  const subsetter = (JSON.parse(readFileSync(require.resolve('subset-font/package.json'), 'utf8')) as { version: string }).version;
  const key = createHash('sha256').update(woff2).update(keep).update(subsetter).digest('hex').slice(0, 12);
  const file = join(cacheDir, `${name}-${key}.ttf`);
  if (!existsSync(file)) {
    const bytes = await toTrueType(woff2, keep);
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  }
  return file;
}

let files: Promise<string[]> | undefined;

/** Paths of the share image's TrueType fonts, regular then bold, converted once and kept (see cachedTrueType). */
export function shareFontFiles(): Promise<string[]> {
  files ??= Promise.all(SHARE_FACES.map(({ weight }) => cachedTrueType(`source-sans-3-${weight}`, sourceBytes(weight), characters)));
  return files;
}

let khmerFiles: Promise<string[]> | undefined;

/** Paths of Noto Sans Khmer as TrueType, regular then bold, converted once and kept (see cachedTrueType). */
export function khmerShareFontFiles(): Promise<string[]> {
  khmerFiles ??= Promise.all(KHMER_SHARE_FACES.map(({ weight }) => cachedTrueType(`noto-sans-khmer-${weight}`, khmerSourceBytes(weight), khmerCharacters)));
  return khmerFiles;
}

/**
 * The editions whose share image is set in a shaped font: its script, its faces (regular then bold,
 * each with the Source Sans 3 face its other letters are set in) and the headline's leading. Khmer
 * stacks vowel signs and subscripts above and below the line: 1.4, as its page sets its headline.
 */
const SHAPED_EDITIONS: Record<string, { script: string; files: () => Promise<string[]>; headlineLineHeight: number }> = {
  km: { script: 'Khmer', files: khmerShareFontFiles, headlineLineHeight: 1.4 },
};

const editionFonts = new Map<string, Promise<ShareFonts>>();

/** The type of an edition's share image: Source Sans 3, or the shaped fonts of its script (Khmer: Noto Sans Khmer, with Source Sans 3 for its Latin). */
export function shareFontsFor(lang: string): Promise<ShareFonts> {
  const edition = SHAPED_EDITIONS[lang];
  if (!edition) return Promise.resolve(LATIN_SHARE_FONTS);
  let fonts = editionFonts.get(lang);
  if (!fonts) {
    fonts = edition.files().then(async ([regular, bold]) => {
      if (!regular || !bold) throw new Error(`shareFontsFor("${lang}"): its fonts need a regular and a bold face`);
      return {
        regular: await loadShapedFont(regular, { script: edition.script, fallback: SOURCE_SANS }),
        bold: await loadShapedFont(bold, { script: edition.script, fallback: SOURCE_SANS_BOLD }),
        headlineLineHeight: edition.headlineLineHeight,
      };
    });
    editionFonts.set(lang, fonts);
  }
  return fonts;
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
