/**
 * Rasterises the share image's SVG to PNG with resvg (no browser), in the page's own font, Source
 * Sans 3, converted to TrueType at build time (tools/shareFonts.ts), with DejaVu Sans (npm package
 * dejavu-fonts-ttf) for what it lacks; no system font is used, so the result is the same on every
 * machine. A translation's image is drawn with the same fonts: its shaped script (Khmer) arrives as
 * outlines already (buildShareSvg, tools/shapedFont.ts), and only its Latin words as text.
 *
 *   writeFileSync('share.png', await renderPng(svg));
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { SOURCE_SANS } from '../src/lib/story/sourceSansMetrics.ts';
import { fallbackFontFiles, shareFontFiles } from './shareFonts.ts';

/** resvg's font options for the share image: its fonts only, Source Sans 3 by default. */
export async function shareFontOptions(): Promise<NonNullable<ResvgRenderOptions['font']>> {
  return { loadSystemFonts: false, fontFiles: [...(await shareFontFiles()), ...fallbackFontFiles()], defaultFontFamily: SOURCE_SANS.family };
}

/** The share image's SVG (buildShareSvg) as a PNG, drawn in the share image's fonts, off the main thread (so the build can do other work meanwhile). */
export async function renderPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { font: await shareFontOptions(), logLevel: 'error' });
  return image.asPng();
}
