/**
 * `npm run screenshots`: photographs every step of the built story at phone and desktop widths,
 * light and dark, plus the no-JS page, into screenshots/ (not committed). For looking, not testing.
 * `-- phone-light desktop-dark` takes only those; `--dist=DIR` and `--out=DIR` another build and folder.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tools/launchChromium.ts';
import { serveStatic } from '../tools/serveStatic.ts';

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const out = flag('out') ?? 'screenshots';
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const server = await serveStatic({ dir: flag('dist') ?? 'dist', base: '/news/2014/cambodia/' });
const browser = await launchChromium();
try {
  for (const [name, width, height] of [['phone', 375, 740], ['desktop', 1280, 800]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      if (only.length && !only.includes(`${name}-${scheme}`)) continue;
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(server.url);
      const count = await page.locator('.step').count();
      await page.screenshot({ path: `${out}/${name}-${scheme}-00-top.png` });
      for (let i = 0; i < count; i++) {
        // Where a reader would be: the step just past its trigger line (80 % down on phones, 50 % on desktops).
        await page.locator('.step').nth(i).evaluate((el, at) => window.scrollBy(0, el.getBoundingClientRect().top - innerHeight * at), width < 960 ? 0.62 : 0.3);
        await page.waitForTimeout(250);
        await page.screenshot({ path: `${out}/${name}-${scheme}-${String(i + 1).padStart(2, '0')}.png` });
      }
      await page.close();
    }
  }
  const nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await nojs.newPage();
  await page.goto(server.url);
  await page.screenshot({ path: `${out}/nojs-phone-full.png`, fullPage: true });
  await nojs.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots written to ${out}/`);
