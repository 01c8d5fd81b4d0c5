/**
 * The page's web fonts, cut down at build time to the characters the pages actually use (plus
 * printable ASCII, for corrections typed later), from the open fonts shipped in @fontsource
 * packages. Writes dist/fonts/*.woff2 and returns the @font-face rules and preload links. A subset
 * is kept in the build's cache (scripts/buildCache.ts) under a hash of its source font and its
 * characters, so a rebuild whose pages use the same characters does not cut the fonts again.
 *
 *   const fonts = await subsetFonts([html1, html2], 'dist');
 *   fonts.css      // → "@font-face{font-family:'Source Serif 4';…src:url(fonts/source-serif-4-400-1a2b3c4d.woff2)…}"
 *   fonts.preloads // → ['<link rel="preload" href="./fonts/…" as="font" type="font/woff2" crossorigin>', …]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { cachedFile, sha256 } from './buildCache.ts';

const require = createRequire(import.meta.url);

/** A face of an @fontsource package: its family, file, weight, the name of its subset, and whether the page preloads it. */
type Face = { family: string; pkg: string; file: string; weight: number; name: string; preload: boolean };

/** The faces the stylesheet uses: body serif, and a sans for headings, labels and controls. */
const FACES: readonly Face[] = [
  { family: 'Source Serif 4', pkg: '@fontsource/source-serif-4', file: 'source-serif-4-latin-400-normal.woff2', weight: 400, name: 'source-serif-4-400', preload: true },
  { family: 'Source Sans 3', pkg: '@fontsource/source-sans-3', file: 'source-sans-3-latin-400-normal.woff2', weight: 400, name: 'source-sans-3-400', preload: true },
  { family: 'Source Sans 3', pkg: '@fontsource/source-sans-3', file: 'source-sans-3-latin-700-normal.woff2', weight: 700, name: 'source-sans-3-700', preload: true },
];

/**
 * The Khmer edition's faces (Noto Sans Khmer, regular and bold): the Khmer page preloads these
 * and no others; its Latin words (CPP, CNRP, publishers) come from the faces above if at all.
 */
export const KHMER_FACES: readonly Face[] = [
  { family: 'Noto Sans Khmer', pkg: '@fontsource/noto-sans-khmer', file: 'noto-sans-khmer-khmer-400-normal.woff2', weight: 400, name: 'noto-sans-khmer-400', preload: true },
  { family: 'Noto Sans Khmer', pkg: '@fontsource/noto-sans-khmer', file: 'noto-sans-khmer-khmer-700-normal.woff2', weight: 700, name: 'noto-sans-khmer-700', preload: true },
];

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** The characters of the visible text of some HTML (tags and entities decoded roughly, which is enough). */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&[a-z]+;/g, ' ');
}

/** The project folder: the one whose node_modules holds the font packages (and the build's cache). */
const projectRoot = resolve(dirname(require.resolve('@fontsource/source-sans-3/package.json')), '..', '..', '..');

export async function subsetFonts(htmls: string[], outDir: string, faces: readonly Face[] = FACES): Promise<{ css: string; preloads: string[]; bytes: number }> {
  // The Latin faces keep printable ASCII and typographic marks for corrections typed later; a
  // Khmer face keeps the characters its pages use (its shaping rules are kept by the subsetter).
  const extra = faces === FACES ? ASCII + '’‘“”–—…·✓✕↑↓×' : '';
  const characters = [...new Set(extra + htmls.map(textOf).join(''))].sort().join('');
  mkdirSync(join(outDir, 'fonts'), { recursive: true });
  let css = '';
  let bytes = 0;
  const preloads: string[] = [];
  for (const face of faces) {
    const source = readFileSync(join(dirname(require.resolve(`${face.pkg}/package.json`)), 'files', face.file));
    const subset = await cachedFile(projectRoot, 'fonts', face.name, sha256(source, characters), '.woff2', async () => {
      const { default: subsetFont } = await import('subset-font');
      return subsetFont(source, characters, { targetFormat: 'woff2' });
    });
    const file = `fonts/${face.name}-${createHash('sha256').update(subset).digest('hex').slice(0, 8)}.woff2`;
    writeFileSync(join(outDir, file), subset);
    bytes += subset.length;
    // "optional": a font that is not there in time is not swapped in later, so nothing shifts.
    css += `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:optional;src:url(${file}) format('woff2')}\n`;
    if (face.preload) preloads.push(`<link rel="preload" href="./${file}" as="font" type="font/woff2" crossorigin>`);
  }
  return { css, preloads, bytes };
}
