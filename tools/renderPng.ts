/**
 * Rasterises an SVG string to PNG with resvg (no browser), using the DejaVu fonts shipped in the
 * npm package dejavu-fonts-ttf, so the result is the same on every machine.
 *
 *   writeFileSync('share.png', renderPng(svg));
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')], defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
