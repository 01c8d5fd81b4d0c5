/**
 * Sources a listener can follow (issue 13, item 3), as a screen reader meets them in the built
 * page: in every paragraph of the story (the dek, the step cards, the corrections and the footer's
 * paragraphs), on the story page and in the embed, figures and dates are plain text, and the only
 * links that name a number are footnote markers ("Sources 1 and 4"), at most one per sentence.
 * Read from Playwright's aria snapshot, which is what the accessibility tree exposes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openStory, stopStory } from './storyPage.ts';

afterAll(stopStory);

/** The paragraphs of running text on a page (not headings, captions or lists of sources). */
const PARAGRAPHS = '.dek, .step-card > p:not(.step-number), .correction, .story-footer > p, .embed-footer > p';
/** The accessible name of a footnote marker: its notes and nothing else. */
const MARKER_NAME = /^Sources? \d+(?:(?:, \d+)* and \d+)?$/;
/** A month's name: a date in a link's name, even without its digits. */
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A YAML scalar of an aria snapshot, unquoted. */
const scalar = (value: string) => (value.startsWith('"') ? (JSON.parse(value) as string) : value);

/**
 * A paragraph's aria snapshot read back as what a screen reader meets in order: text, and links
 * with their names. Playwright writes it as YAML:
 *
 *   - paragraph:
 *     - text: Seats are shared out in 24 provincial constituencies.
 *     - link "Sources 29, 30 and 31":
 *       - /url: "#source-29"
 */
function readSnapshot(snapshot: string): ({ text: string } | { link: string })[] {
  const items: ({ text: string } | { link: string })[] = [];
  for (const line of snapshot.split('\n')) {
    const inline = /^- paragraph: (.+)$/.exec(line);
    const text = /^\s+- text: (.+)$/.exec(line);
    const link = /^\s+- link ("(?:[^"\\]|\\.)*")/.exec(line);
    if (inline) items.push({ text: scalar(inline[1]!) });
    else if (text) items.push({ text: scalar(text[1]!) });
    else if (link) items.push({ link: scalar(link[1]!) });
    else if (/^\s+- (?!\/url:)/.test(line)) items.push({ text: line.trim() }); // anything else a paragraph holds, kept visible to the checks
  }
  return items;
}

/** The sentences of a paragraph as read, each marker written "¶" where it stands (a plain check, independent of sentenceRefs.ts). */
function sentencesWithMarkers(items: ({ text: string } | { link: string })[]): string[] {
  const read = items
    .map((item) => ('link' in item ? (MARKER_NAME.test(item.link) ? '¶' : item.link) : item.text))
    .join(' ')
    .replace(/\s+¶/g, '¶');
  return read.split(/(?<=[.?!][’”")\]]*¶*)\s+(?=[A-Z0-9“‘"(])/u);
}

describe('the sources of the running text, as the accessibility tree gives them', () => {
  for (const file of ['', 'embed.html']) {
    it(`${file || 'the story page'}: no link in a paragraph names a figure or a date, and a sentence has at most one marker`, async () => {
      const story = await openStory({ width: 1280, height: 800 });
      await story.page.goto(story.url + file);
      const paragraphs = story.page.locator(PARAGRAPHS);
      const count = await paragraphs.count();
      expect(count).toBeGreaterThan(18);
      let markers = 0;
      const wrong: string[] = [];
      for (let i = 0; i < count; i++) {
        const items = readSnapshot(await paragraphs.nth(i).ariaSnapshot());
        const where = `paragraph ${i + 1} ("${items.flatMap((item) => ('text' in item ? [item.text] : [])).join(' ').slice(0, 40)}…")`;
        for (const item of items) {
          if (!('link' in item)) continue;
          if (MARKER_NAME.test(item.link)) markers++;
          else if (/\d/.test(item.link) || MONTH.test(item.link)) wrong.push(`${where}: a link named "${item.link}"`);
        }
        for (const sentence of sentencesWithMarkers(items)) {
          if ((sentence.match(/¶/g)?.length ?? 0) > 1) wrong.push(`${where}: more than one marker in "${sentence}"`);
        }
      }
      expect(wrong).toEqual([]);
      // The dek and most steps cite their figures: the check above saw markers, not an empty page.
      expect(markers).toBeGreaterThan(25);
      expect(readSnapshot(await story.page.locator('.dek').ariaSnapshot()).some((item) => 'link' in item && MARKER_NAME.test(item.link))).toBe(true);
      expect(story.errors).toEqual([]);
      await story.close();
    });
  }

  it('a marker is reached with the keyboard, shows its note numbers in brackets, and leads to the first of its notes', async () => {
    const story = await openStory({ width: 375, height: 740 });
    await story.page.goto(story.url);
    const marker = story.page.locator('.dek .sentence-ref').first();
    await marker.focus();
    expect(await story.page.evaluate(() => document.activeElement?.className)).toBe('sentence-ref');
    expect(await marker.evaluate((a) => getComputedStyle(a).outlineStyle)).toBe('solid');
    expect((await marker.locator('[aria-hidden="true"]').innerText()).replace('\u2060', '')).toBe('[1, 2, 3, 4, 5, 6]');
    expect(await marker.ariaSnapshot()).toMatch(/^- link "Sources 1, 2, 3, 4, 5 and 6":/);
    const box = await marker.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(20);
    await story.page.keyboard.press('Enter');
    await expect.poll(() => story.page.evaluate(() => location.hash)).toBe('#source-1');
    expect(story.errors).toEqual([]);
    await story.close();
  });
});
