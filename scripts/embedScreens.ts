/**
 * `npx tsx scripts/embedScreens.ts KIND [width]`: screenshots a host page embedding the story while
 * scrolling, into screenshots/embed-KIND-*.png. For looking, not testing.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tools/launchChromium.ts';
import { startHosts, type HostKind } from '../tools/hostPages.ts';
import { serveStatic } from '../tools/serveStatic.ts';

const kind = (process.argv[2] ?? 'ours') as HostKind;
const width = Number(process.argv[3] ?? 375);
mkdirSync('screenshots', { recursive: true });
const story = await serveStatic({ dir: 'dist', base: '/news/2014/cambodia/' });
const hosts = await startHosts(story.url);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width, height: 740 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(hosts.url(kind));
await page.waitForTimeout(2000);
const frame = page.locator('iframe').first();
console.log('frame height', await frame.evaluate((f) => f.getBoundingClientRect().height));
const total = await page.evaluate(() => document.documentElement.scrollHeight);
for (let i = 0, y = 0; y < total && i < 40; i++, y += 1400) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.waitForTimeout(350);
  await page.screenshot({ path: `screenshots/embed-${kind}-${width}-${String(i).padStart(2, '0')}.png` });
}
await browser.close();
await story.close();
await hosts.close();
