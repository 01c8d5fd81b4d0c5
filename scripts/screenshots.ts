/**
 * `npm run screenshots`: photographs every step of the built story at phone and desktop widths and
 * in a 680 px frame on a newsroom page (tools/hostPages.ts, with our embed.js), light and dark, plus
 * the no-JS page, into screenshots/ (not committed). For looking, not testing. Each step is shown
 * where "Next step" brings it: its card just below the chart on a narrow screen, at 30 % on a wide one.
 * `-- phone-light frame-dark` takes only those; `--dist=DIR` and `--out=DIR` another build and folder;
 * `--lang=km` the Khmer edition (dist/km/; its photographs are named km-…).
 */
import { mkdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { launchChromium } from '../tools/launchChromium.ts';
import { startHosts } from '../tools/hostPages.ts';
import { serveStatic } from '../tools/serveStatic.ts';

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const out = flag('out') ?? 'screenshots';
const lang = flag('lang') ?? 'en';
/** The story's page in the edition asked for, and the prefix of its photographs. */
const edition = lang === 'en' ? { path: '', prefix: '' } : { path: `${lang}/`, prefix: `${lang}-` };
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const server = await serveStatic({ dir: flag('dist') ?? 'dist', base: '/news/2014/cambodia/' });
const hosts = await startHosts(server.url);
const browser = await launchChromium();

/** The frame of the story on a host page, once it follows the host's scroll. */
async function storyFrame(page: Page): Promise<Frame> {
  const iframe = await page.waitForSelector('iframe');
  await iframe.scrollIntoViewIfNeeded();
  for (let i = 0; i < 200; i++) {
    const frame = await iframe.contentFrame();
    if (frame && frame.url() !== 'about:blank' && (await frame.evaluate(() => document.documentElement.dataset.scrollMode).catch(() => '')) === 'host') return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('the framed story never followed the host page (data-scroll-mode="host")');
}

try {
  // The host page's column is 48rem with 1rem padding: a 712 px viewport frames the story at 680 px.
  for (const [name, width, height] of [['phone', 375, 812], ['frame', 712, 812], ['desktop', 1280, 800]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      if (only.length && !only.includes(`${name}-${scheme}`)) continue;
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, reducedMotion: 'reduce' });
      if (name === 'frame' && lang !== 'en' && lang !== 'km') continue; // the host pages frame the English and Khmer embeds
      await page.goto(name === 'frame' ? hosts.url(lang === 'km' ? 'ours-km' : 'ours') : server.url + edition.path);
      const doc: Page | Frame = name === 'frame' ? await storyFrame(page) : page;
      const frameTop = name === 'frame' ? await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top + scrollY) : 0;
      const count = await doc.locator('.step').count();
      await page.screenshot({ path: `${out}/${edition.prefix}${name}-${scheme}-00-top.png` });
      for (let i = 0; i < count; i++) {
        // Where the step controls bring a card (src/lib/scrolly/startScrolly.ts, goTo).
        const [cardTop, narrowAt] = await doc.locator('.step').nth(i).evaluate((el) => {
          const card = el.querySelector('.step-card')!.getBoundingClientRect();
          const col = document.querySelector<HTMLElement>('.graphic-col')!;
          return [card.top + scrollY, matchMedia('(max-width: 959px)').matches ? col.offsetHeight + 16 : -1] as const;
        });
        await page.evaluate((y) => window.scrollTo(0, y), frameTop + cardTop - (narrowAt >= 0 ? narrowAt : height * 0.3));
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${out}/${edition.prefix}${name}-${scheme}-${String(i + 1).padStart(2, '0')}.png` });
      }
      await page.close();
    }
  }
  const nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await nojs.newPage();
  await page.goto(server.url + edition.path);
  // The cards and the sources are laid out as a reader nears them (content-visibility): a full-page
  // photograph sizes the viewport to the whole page, so every one of them is near. (No style is
  // injected: Playwright's addStyleTag closes a page whose JavaScript is off.)
  await page.screenshot({ path: `${out}/${edition.prefix}nojs-phone-full.png`, fullPage: true });
  await nojs.close();
} finally {
  await browser.close();
  await hosts.close();
  await server.close();
}
console.log(`screenshots written to ${out}/`);
