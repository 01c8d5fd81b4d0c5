/**
 * The Khmer edition (dist/km/, built from data/locales/km.json): a page in Khmer that says so
 * (lang, hreflang, og:locale, a language switch both ways, the draft notice), whose text is drawn
 * in the shipped Khmer font (shaped, no fallback boxes) with Khmer digits in the text, the charts
 * and the counters, and which holds what the English page holds: axe at every step, no JavaScript,
 * no error. The English page does not load the Khmer font.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsAtStep, overflowX } from './qualityPages.ts';
import type { Frame } from 'playwright-core';
import { graphicAt, openStory, scrollToStep, startStoryAndHosts, stopStory } from './storyPage.ts';

let hosts: Awaited<ReturnType<typeof startStoryAndHosts>>;
beforeAll(async () => {
  hosts = await startStoryAndHosts('dist');
});
afterAll(stopStory);

/**
 * The text of the story's steps and of the live graphic as a reader sees it, but for what the page
 * shows in English while its translation is stale (marked lang="en", in English digits by design).
 */
const storyText = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const english = [...document.querySelectorAll<HTMLElement>('.step-card [lang="en"], .graphic [lang="en"]')];
    for (const el of english) el.style.display = 'none';
    const text = [...document.querySelectorAll<HTMLElement>('.step-card, .graphic')].map((el) => el.innerText).join('\n');
    for (const el of english) el.style.removeProperty('display');
    return text;
  });

describe('the Khmer edition', () => {
  it('is a page in Khmer that names its language, links to the English and back, and says whether its translation is a draft', async () => {
    const story = await openStory({ width: 1280, height: 800 });
    await story.page.goto(`${story.url}km/`);
    const head = await story.page.evaluate(() => ({
      lang: document.documentElement.lang,
      alternates: [...document.querySelectorAll('link[rel="alternate"]')].map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`),
      ogLocale: document.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    }));
    expect(head.lang).toBe('km');
    expect(head.ogLocale).toBe('km_KH');
    expect(head.canonical).toMatch(/\/km\/$/);
    expect(head.alternates).toEqual(expect.arrayContaining([expect.stringMatching(/^en https:.*\/$/), expect.stringMatching(/^km https:.*\/km\/$/), expect.stringMatching(/^x-default /)]));
    // The notice follows the locale's status: shown while it is a draft, gone once a reviewer marks it reviewed.
    const km = JSON.parse(readFileSync('data/locales/km.json', 'utf8')) as { status: string; strings: Record<string, { text: string }> };
    const draftWords = km.strings['copy.ui.draftNotice']!.text;
    expect((await story.page.locator('.translation-notice').allInnerTexts()).join(' ').includes(draftWords)).toBe(km.status === 'draft');
    if (km.status === 'draft') expect(await story.page.locator('.translation-notice').isVisible()).toBe(true);
    // In Khmer, or marked English while its translation is stale.
    const h1 = story.page.locator('h1');
    if ((await h1.getAttribute('lang')) !== 'en') expect(await h1.innerText()).toMatch(/[\u1780-\u17FF]/);
    expect(await story.page.locator('nav.editions a[hreflang="en"]').innerText()).toBe('English (អង់គ្លេស)');
    const english = story.page.locator('nav.editions a[hreflang="en"]');
    await english.click();
    await story.page.waitForURL((url) => !url.pathname.includes('/km/'));
    expect(await story.page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The Khmer name, and the name in English: readable where no font has Khmer.
    expect(await story.page.locator('nav.editions a[hreflang="km"]').innerText()).toBe('ខ្មែរ (Khmer)');
    expect(await story.page.locator('nav.editions a[hreflang="km"] span').getAttribute('lang')).toBe('km');
    await story.page.locator('nav.editions a[hreflang="km"]').click();
    await story.page.waitForURL(/\/km\/$/);
    expect(story.errors).toEqual([]);
    await story.close();
  });

  it('draws its Khmer text in the shipped Noto Sans Khmer, shaped, with no fallback font', async () => {
    const story = await openStory({ width: 375, height: 812 });
    await story.page.goto(`${story.url}km/`);
    await story.page.evaluate(() => document.fonts.ready);
    const cdp = await story.page.context().newCDPSession(story.page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const fonts = new Set<string>();
    for (const selector of ['h1', '.dek', '.step-card > p:not(.step-number)', '.label-total', '.step-count']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const f of used) fonts.add(`${f.familyName}${f.isCustomFont ? '' : ' (system)'}`);
    }
    expect([...fonts].filter((f) => f.endsWith('(system)'))).toEqual([]);
    expect(fonts).toContain('Noto Sans Khmer');
    // Shaped: a subscript consonant (coeng + consonant) sits under the first and takes no width of its own, so "ក្ក" is narrower than "កក".
    const [stacked, apart] = await story.page.evaluate(() =>
      ['ក្ក', 'កក'].map((t) => {
        const span = document.createElement('span');
        span.textContent = t;
        span.style.font = "400 40px 'Noto Sans Khmer'";
        document.querySelector('h1')!.append(span);
        const w = span.getBoundingClientRect().width;
        span.remove();
        return w;
      }),
    );
    expect(stacked).toBeLessThan(apart!);
    await story.close();
  });

  it('writes its figures in Khmer digits, in the text, the charts, the counter and the tables', async () => {
    const story = await openStory({ width: 1280, height: 800, reducedMotion: 'reduce' });
    await story.page.goto(`${story.url}km/`);
    await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await scrollToStep(story.page, 1, 0.3);
    await graphicAt(story.page, 2);
    const text = await storyText(story.page);
    expect(text).toMatch(/[០-៩]/);
    expect(text).not.toMatch(/[0-9]/);
    expect(await story.page.locator('.step-count').innerText()).toMatch(/^[០-៩]+ \/ [០-៩]+$/);
    const tables = await story.page.evaluate(() => [...document.querySelectorAll('.data-table table')].map((t) => t.textContent ?? '').join(' '));
    expect(tables).toMatch(/[០-៩]/);
    await story.close();
  });

  it('passes axe at every step, and its steps still follow the scroll', async () => {
    const story = await openStory({ width: 375, height: 812, reducedMotion: 'reduce' });
    await story.page.goto(`${story.url}km/`);
    await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const count = await story.page.locator('.step').count();
    const found: string[] = [];
    for (let i = 0; i < count; i++) {
      await scrollToStep(story.page, i, 0.62);
      await graphicAt(story.page, i + 1);
      for (const violation of await axeViolationsAtStep(story.page, i)) found.push(`step ${i + 1}: ${violation}`);
    }
    expect(found).toEqual([]);
    expect(story.errors).toEqual([]);
    await story.close();
  });

  it('without JavaScript shows every step with its chart, in Khmer', async () => {
    const story = await openStory({ width: 375, height: 740, javaScriptEnabled: false });
    await story.page.goto(`${story.url}km/`);
    const steps = story.page.locator('.step');
    const count = await steps.count();
    expect(count).toBeGreaterThan(10);
    for (const i of [0, Math.floor(count / 2), count - 1]) {
      await steps.nth(i).scrollIntoViewIfNeeded();
      await expect.poll(() => steps.nth(i).locator('.step-figure .chart').isVisible()).toBe(true);
      await expect.poll(() => steps.nth(i).locator('.step-card > p:not(.step-number)').first().innerText()).toMatch(/[\u1780-\u17FF]/);
    }
    await story.close();
  });

  it.each([
    ['English', 375, '', 812, 0.62],
    ['English', 1280, '', 800, 0.3],
    ['Khmer', 375, 'km/', 812, 0.62],
    ['Khmer', 1280, 'km/', 800, 0.3],
  ] as const)('in %s at %i px, no label of the live chart runs outside its chart at any step', async (_, width, path, height, at) => {
    const story = await openStory({ width, height, reducedMotion: 'reduce' });
    await story.page.goto(`${story.url}${path}`);
    await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const count = await story.page.locator('.step').count();
    const outside: string[] = [];
    for (let i = 0; i < count; i++) {
      await scrollToStep(story.page, i, at);
      await graphicAt(story.page, i + 1);
      const over = await story.page.evaluate(() => {
        const svg = document.querySelector('.graphic-frame > .view.is-active svg');
        if (!(svg instanceof SVGSVGElement)) return [];
        const vb = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('text')].flatMap((t) => {
          const b = t.getBBox();
          return b.width > 0 && (b.x < vb.x - 1 || b.x + b.width > vb.x + vb.width + 1) ? [`"${t.textContent}" spans ${Math.round(b.x)}–${Math.round(b.x + b.width)} of 0–${vb.width}`] : [];
        });
      });
      outside.push(...over.map((o) => `step ${i + 1}: ${o}`));
    }
    expect(outside).toEqual([]);
    await story.close();
  });

  it.each([320, 375])('at %i px never scrolls sideways and no text runs off the screen, on the story or a chart page', async (width) => {
    const story = await openStory({ width, height: 640 });
    /** Text the reader cannot reach: elements of the header and the cards whose box crosses the screen's right edge. */
    const offScreen = () =>
      story.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.story-header *, .step-card *, .chart-page *')]
          .filter((el) => !el.closest('.visually-hidden, .step-figure, details:not([open])') && el.getClientRects().length)
          .filter((el) => [...el.getClientRects()].some((r) => r.width > 0 && r.right > innerWidth + 1))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 30)}`),
      );
    await story.page.goto(`${story.url}km/`);
    await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await overflowX(story.page)).toBeLessThanOrEqual(0);
    expect(await offScreen()).toEqual([]);
    const chartPage = await story.page.goto(`${story.url}km/charts/claim.html`);
    expect(chartPage?.status()).toBe(200);
    expect(await overflowX(story.page)).toBeLessThanOrEqual(0);
    expect(await offScreen()).toEqual([]);
    await story.close();
  });

  it('prints like the English: the story unrolled, every step with its chart, in the Khmer font, with the sources\' addresses', async () => {
    const english = await openStory({ width: 800, height: 1000 });
    await english.page.goto(english.url);
    await english.page.emulateMedia({ media: 'print' });
    // Printing takes every chart out of its <noscript> (src/main.ts), as the print media comes.
    const stepCount = await english.page.locator('.step').count();
    await expect.poll(() => english.page.locator('.step-figure > .chart:visible').count()).toBe(stepCount);
    const figures = stepCount;
    await english.close();
    const story = await openStory({ width: 800, height: 1000 });
    await story.page.goto(`${story.url}km/`);
    await story.page.emulateMedia({ media: 'print' });
    expect(await story.page.locator('.graphic-col').isVisible()).toBe(false);
    expect(figures).toBeGreaterThan(10);
    await expect.poll(() => story.page.locator('.step-figure > .chart:visible').count()).toBe(figures);
    expect(await story.page.locator('.source-notes a').first().evaluate((a) => getComputedStyle(a, '::after').content)).toContain('http');
    await story.page.evaluate(() => document.fonts.ready);
    expect(await story.page.evaluate(() => document.fonts.check('16px "Noto Sans Khmer"', 'ខ្មែរ'))).toBe(true);
    const pdf = await story.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    // The PDF embeds the Khmer face (a subset of Noto Sans Khmer), so the print is in Khmer letters, not boxes.
    expect(pdf.toString('latin1')).toMatch(/NotoSansKhmer/);
    await story.close();
  });

  it('names its step buttons in whole phrases in Khmer word order (ជំហានបន្ទាប់, "step next"), short on a phone', async () => {
    const names = async (path: string, width: number) => {
      const story = await openStory({ width, height: 800 });
      await story.page.goto(`${story.url}${path}`);
      const got = await Promise.all(['prev', 'next', 'all'].map((c) => story.page.getByRole('button', { name: /./ }).and(story.page.locator(`.control.${c}`)).innerText()));
      await story.close();
      return got.map((t) => t.replace(/[↑↓]/g, '').trim());
    };
    // The words as data/copy.json and data/locales/km.json give them (a stale translation shows the English).
    const ui = (JSON.parse(readFileSync('data/copy.json', 'utf8')) as { ui: Record<string, string> }).ui;
    const km = (JSON.parse(readFileSync('data/locales/km.json', 'utf8')) as { strings: Record<string, { en: string; text: string }> }).strings;
    const inKhmer = (key: string) => (km[`copy.ui.${key}`]?.en === ui[key] ? km[`copy.ui.${key}`]!.text : ui[key]);
    const wide = ['previousStep', 'nextStep', 'showAllSteps'];
    const narrow = ['previous', 'next', 'showAll'];
    expect(await names('km/', 1280)).toEqual(wide.map(inKhmer));
    expect(await names('km/', 375)).toEqual(narrow.map(inKhmer));
    expect(await names('', 1280)).toEqual(wide.map((k) => ui[k]));
    expect(await names('', 375)).toEqual(narrow.map((k) => ui[k]));
    // As the translation stands today: whole Khmer phrases, not the English order.
    if (km['copy.ui.nextStep']?.en === ui.nextStep) expect(inKhmer('nextStep')).not.toMatch(/ជំហាន$/);
  });

  it('steps with the keyboard, and a screen reader hears the step in Khmer words and digits', async () => {
    const story = await openStory({ width: 1280, height: 800, reducedMotion: 'reduce' });
    await story.page.goto(`${story.url}km/`);
    await story.page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await story.page.locator('.control.next').focus();
    await story.page.keyboard.press('Enter');
    await graphicAt(story.page, 2);
    const heard = await story.page.locator('.graphic [aria-live]').innerText();
    // The step's heading and text as the page shows them: in Khmer, or marked English while their translation is stale.
    const shownInEnglish = await story.page.locator('.step').nth(1).evaluate((el) => [el.closest('section')?.querySelector('h2')?.lang, el.querySelector('.step-card > p:not(.step-number)')?.getAttribute('lang')].includes('en'));
    expect(heard).toMatch(/^ជំហានទី ២ ក្នុងចំណោម [០-៩]+ /);
    if (shownInEnglish) {
      expect(await story.page.locator('.graphic [aria-live] span[lang="en"]').count()).toBeGreaterThan(0);
    } else {
      // Joined the Khmer way: a space after the counter, the Khmer stop (។) after the heading; no Latin comma or full stop.
      expect(heard).toMatch(/^ជំហានទី ២ ក្នុងចំណោម [០-៩]+ [^,.]+។ /);
      expect(heard).not.toMatch(/[,.] /);
      expect(heard).not.toMatch(/[0-9]|Step/);
    }
    expect(await story.page.evaluate(() => document.activeElement?.classList.contains('next'))).toBe(true);
    await story.close();
  });

  it('embedded by its own address in a newsroom’s article, sizes its frame and steps as the article scrolls', async () => {
    const story = await openStory({ width: 712, height: 812, reducedMotion: 'reduce' });
    await story.page.goto(hosts.url('ours-km'));
    const iframe = await story.page.waitForSelector('iframe');
    await iframe.scrollIntoViewIfNeeded();
    let frame: Frame | null = null;
    for (let i = 0; i < 100 && (!frame || frame.url() === 'about:blank'); i++) {
      frame = await iframe.contentFrame();
      await story.page.waitForTimeout(50);
    }
    await frame!.waitForFunction(() => document.documentElement.dataset.scrollMode === 'host', null, { timeout: 8000 });
    expect(await frame!.evaluate(() => document.documentElement.lang)).toBe('km');
    // Auto-height: the frame grows to its content.
    await expect.poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height), { timeout: 8000 }).toBeGreaterThan(5000);
    // Scrolling the article brings the fifth card into the frame's reading band, and the graphic follows.
    const cardTop = await frame!.locator('.step').nth(4).evaluate((el) => el.querySelector('.step-card')!.getBoundingClientRect().top);
    const frameTop = await iframe.evaluate((f) => f.getBoundingClientRect().top + scrollY);
    await story.page.evaluate((y) => window.scrollTo(0, y), frameTop + cardTop - 812 * 0.7);
    await frame!.waitForFunction(() => document.querySelector('.graphic')?.getAttribute('data-step') === '5', null, { timeout: 8000 });
    expect(await frame!.locator('.step-count').innerText()).toMatch(/^៥ \/ [០-៩]+$/);
    expect(story.errors).toEqual([]);
    await story.close();
  });

  it('is offered by the embed builder: choosing Khmer puts km/embed.html and the Khmer title in the snippet', async () => {
    const story = await openStory({ width: 1280, height: 900 });
    await story.page.goto(`${story.url}embed-builder.html`);
    // Named in English first, so that a journalist whose system has no Khmer font can read it.
    expect(await story.page.locator('#builder-lang option').allInnerTexts()).toEqual(['English', 'Khmer (ខ្មែរ)']);
    await story.page.selectOption('#builder-lang', 'km/');
    await expect.poll(() => story.page.locator('#builder-snippet').inputValue()).toContain('km/embed.html');
    const snippet = await story.page.locator('#builder-snippet').inputValue();
    expect(snippet).toMatch(/title="[^"]*[\u1780-\u17FF]/);
    await story.page.selectOption('#builder-lang', '');
    await expect.poll(() => story.page.locator('#builder-snippet').inputValue()).not.toContain('km/');
    await story.close();
  });

  it('has a share image of its own: km/share.png, a 1200 × 630 PNG that is not the English one, named by its page’s og:image and twitter:image', async () => {
    const story = await openStory({ width: 1280, height: 800 });
    await story.page.goto(`${story.url}km/`);
    const images = await story.page.evaluate(() => ['meta[property="og:image"]', 'meta[name="twitter:image"]'].map((s) => document.querySelector(s)?.getAttribute('content') ?? ''));
    for (const image of images) expect(image).toMatch(/\/km\/share\.png$/);
    const [khmer, english] = await Promise.all(['km/share.png', 'share.png'].map(async (path) => Buffer.from(await (await fetch(`${story.url}${path}`)).arrayBuffer())));
    for (const png of [khmer!, english!]) {
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    expect(khmer!.equals(english!)).toBe(false);
    await story.close();
  });

  it('gives the embed builder’s Khmer snippet the Khmer share image and story as its no-JavaScript fallback', async () => {
    const story = await openStory({ width: 1280, height: 900 });
    await story.page.goto(`${story.url}embed-builder.html`);
    await story.page.selectOption('#builder-lang', 'km/');
    await expect.poll(() => story.page.locator('#builder-snippet').inputValue()).toContain('km/embed.html');
    expect(await story.page.locator('#builder-snippet').inputValue()).toMatch(/<noscript><a href="[^"]*\/km\/"><img src="[^"]*\/km\/share\.png" alt="[^"]*[\u1780-\u17FF]/);
    await story.close();
  });

  it('leaves the English page as it was: it loads no Khmer font', async () => {
    const story = await openStory({ width: 1280, height: 800 });
    await story.page.goto(story.url);
    await story.page.waitForLoadState('load');
    expect(story.requests.filter((r) => /khmer|fonts-km/.test(r))).toEqual([]);
    await story.close();
  });
});
