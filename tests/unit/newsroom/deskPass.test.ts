/**
 * The graphics editor's desk pass (shared/reviews/graphics-editor.md §4 and §10; issue 12, item 5):
 * the furniture around the story says what is true. Sources are spaced and whole, the credits point
 * the right way, the method is said once, the byline dates the story and what changed, the how-to
 * line fits every width, and the embed ends with a credit and a link instead of the whole footer.
 * Wording pinned on the frozen fixture; invariants held on the live data/.
 */
import { describe, expect, it } from 'vitest';
import { renderPages } from '../../../src/entry-server.ts';
import { bylineDates } from '../../../src/lib/story/bylineDates.ts';
import { renderSite } from '../../fixtures/renderSite.ts';
import { datasetFrom, liveTexts, problemsOf, realDataset, withJson } from '../fixtures/dataTexts.ts';

/** The HTML without Svelte's hydration comments. */
const clean = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');
/** The text of some HTML, tags dropped and entities that matter here decoded. */
const textOf = (html: string) =>
  clean(html)
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
/** The items of the story's list of sources, as text. */
const sourceItems = (body: string) => [...clean(body).matchAll(/<li id="source-\d+"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!));
/** The one element of a class, its HTML. */
const element = (body: string, tag: string, className: string) => new RegExp(`<${tag} class="${className}"[^>]*>([\\s\\S]*?)</${tag}>`).exec(clean(body))?.[1] ?? '';

const live = datasetFrom(liveTexts());
const livePages = renderPages(live);
const fixture = renderPages(realDataset());

describe('the list of sources', () => {
  it('puts a space after a source’s date, before “Single secondary source.” and before its note', () => {
    const pages = renderPages(
      datasetFrom(
        withJson('sources', (s) => {
          const source = s.sources.find((x: { id: string }) => x.id === 'wiki-comfrel');
          Object.assign(source, { date: '2013-08', note: 'The only source found.' });
        }),
      ),
    );
    expect(sourceItems(pages.story.body)).toContain('Wikipedia mirror (citing COMFREL), Parliamentary elections in Cambodia (2013) (August 2013). Single secondary source. The only source found.');
  });

  it('never runs one sentence into the next on the live page (no “.Single”, “).The”)', () => {
    const items = sourceItems(livePages.story.body);
    expect(items.length).toBe(live.sources.sources.length);
    for (const item of items) expect(item, item).not.toMatch(/[.)]\.?(?=[A-Z])|\.(?=Single|[A-Z][a-z]+ )/);
  });

  it('spaces each claim in “Where sources disagree” from its numbered source ([6])', () => {
    const conflicts = textOf(/<ul class="conflicts">([\s\S]*?)<\/ul>/.exec(clean(livePages.story.body))?.[1] ?? '');
    // As text: "One hour [source 6: Vietnam News Agency (VNA), …]"; on screen "One hour [6]".
    expect(conflicts).toMatch(/ \[source \d+/);
    expect(conflicts).not.toMatch(/\S\[source \d+/);
  });

  it('gives every title whole: none of data/sources.json is cut short with “…”', () => {
    for (const source of live.sources.sources) expect(source.title, source.id).not.toMatch(/…|\.\.\.$/);
  });

  it('writes apostrophes in titles and notes as the page does, curly', () => {
    for (const source of live.sources.sources) expect(`${source.title} ${source.note ?? ''}`, source.id).not.toContain("'");
  });
});

describe('the credits and the method', () => {
  it('point at the sources where they are: “below” only before the list, “above” only after it', () => {
    const body = clean(livePages.story.body);
    const credits = textOf(element(body, 'p', 'credits'));
    const creditsAt = body.indexOf('<p class="credits">');
    const listAt = body.indexOf('<ol class="source-notes">');
    expect(credits).not.toBe('');
    if (/\bbelow\b/.test(credits)) expect(creditsAt).toBeLessThan(listAt);
    if (/\babove\b/.test(credits)) expect(creditsAt).toBeGreaterThan(listAt);
  });

  it('say each sentence of the method (methodology and the votes note) once', () => {
    const sentences = textOf(element(livePages.story.body, 'p', 'method'))
      .split(/(?<=\.)\s+/)
      .map((s) => s.toLowerCase().replace(/^vote /, ''));
    expect(sentences.length).toBeGreaterThan(1);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});

describe('the byline', () => {
  it('bylineDates(meta, corrections) gives the first-published date and nothing else while the story is as published', () => {
    expect(bylineDates({ published: '2026-11-29', updated: '2026-11-29' }, [])).toEqual({ published: { iso: '2026-11-29', text: '29 November 2026' }, updated: null });
  });

  it('bylineDates(meta, corrections) says when the story was updated and what changed that day, from data/corrections.json', () => {
    const entries = [
      { date: '2026-12-01', kind: 'correction' as const },
      { date: '2026-12-01', kind: 'update' as const },
      { date: '2026-12-01', kind: 'update' as const },
      { date: '2026-11-30', kind: 'correction' as const },
    ];
    expect(bylineDates({ published: '2026-11-29', updated: '2026-12-01' }, entries).updated).toEqual({ iso: '2026-12-01', text: '1 December 2026', change: 'a correction and two updates' });
    expect(bylineDates({ published: '2026-11-29', updated: '2026-11-30' }, entries).updated?.change).toBe('a correction');
  });

  it('shows the byline from the copy and the first-published date, in words and as a machine-readable date', () => {
    const byline = element(fixture.story.body, 'p', 'byline');
    expect(textOf(byline)).toBe('Graphics desk · Published 29 November 2026');
    expect(byline).toContain('<time datetime="2026-11-29">29 November 2026</time>');
    expect(fixture.story.head).toContain('<meta property="article:published_time" content="2026-11-29"');
  });

  it('adds “Updated <date> with <what changed>”, linked to the corrections under it, once the story has changed', () => {
    const pages = renderPages(
      datasetFrom({
        ...withJson('corrections', (c) => void c.corrections.push({ date: '2026-12-01', kind: 'correction', text: 'An earlier version gave the wrong date for the fourth meeting; it was {date:meeting-4}.' })),
        copy: withJson('copy', (c) => void (c.meta.updated = '2026-12-01')).copy,
      }),
    );
    for (const body of [pages.story.body, pages.embed.body]) {
      expect(textOf(element(body, 'p', 'byline'))).toBe('Graphics desk · Published 29 November 2026 · Updated 1 December 2026 with a correction');
      expect(clean(body)).toContain('<a href="#corrections">a correction</a>');
      expect(clean(body)).toContain('<aside class="corrections" id="corrections"');
    }
  });

  it('is checked: a story updated after its publication needs a correction or update of that day, and cannot be updated before it was published', () => {
    expect(problemsOf(withJson('copy', (c) => void (c.meta.updated = '2026-12-01')))).toEqual([
      'data/copy.json: meta.updated: expected a correction or update dated 2026-12-01 in data/corrections.json, saying what changed that day, found none',
    ]);
    expect(problemsOf(withJson('copy', (c) => void (c.meta.published = '2026-12-01')))).toEqual(['data/copy.json: meta.updated: expected a date on or after meta.published (2026-12-01), found 2026-11-29']);
    expect(problemsOf(withJson('copy', (c) => void delete c.meta.published))[0]).toMatch(/^data\/copy\.json: meta\.published: /);
  });
});

describe('the how-to line', () => {
  it('names no place for the step buttons, which sit beside the chart on a desktop and below it on a phone', () => {
    const howTo = textOf(element(livePages.story.body, 'p', 'how-to'));
    expect(howTo).toContain('use the step buttons');
    expect(howTo).not.toMatch(/\b(beside|below|above|under|next to|left|right)\b/);
  });

  it('keeps its promise that the numbers in brackets after a sentence link to its sources', () => {
    expect(textOf(element(livePages.story.body, 'p', 'how-to'))).toContain('The numbers in brackets after a sentence link to its sources.');
    expect(clean(livePages.story.body)).toMatch(/\.<a class="sentence-ref" href="#source-\d+"><span aria-hidden="true">\u2060\[[\d, ]+\]<\/span><span class="visually-hidden">Sources? [\d, and]+<\/span><\/a>/);
  });
});

describe('the embed’s footer', () => {
  const site = renderSite(live);
  const embed = clean(site['embed.html']!);
  const story = clean(site['index.html']!);

  it('ends the embed with a one-line credit and “Full sources, notes and data →”, linking to the story page’s sources outside the frame', () => {
    const footer = /<footer class="embed-footer">([\s\S]*?)<\/footer>/.exec(embed)?.[1] ?? '';
    expect(footer.match(/<p[ >]/g)).toHaveLength(1);
    expect(textOf(footer)).toBe('Graphics desk · Reporting from Vietnam News Agency, The Phnom Penh Post, The Cambodia Daily, VOA, RFA, Reuters and others. Full sources, notes and data\u00a0→');
    expect(footer).toContain('<a class="embed-sources-link" href="./#sources" target="_blank" rel="noopener">');
    expect(embed.indexOf('<footer class="embed-footer">')).toBeGreaterThan(embed.lastIndexOf('class="step"'));
  });

  it('lists no sources, people or downloads in the embed, while the story page keeps the full Sources section', () => {
    for (const part of ['<ol class="source-notes">', '<dl class="people">', '<ul class="downloads">', 'id="sources"']) {
      expect(embed, part).not.toContain(part);
      expect(story, part).toContain(part);
    }
  });

  it('points the embed’s source markers and data-table links at the notes on the story page, opening outside the frame', () => {
    expect(embed).not.toMatch(/href="#source-/);
    expect(embed).toMatch(/<a class="sentence-ref" href="\.\/#source-\d+" target="_blank" rel="noopener"[^>]*>/);
    expect(embed).toMatch(/<a class="note-ref" href="\.\/#source-\d+" target="_blank" rel="noopener"[^>]*>/);
    // The story page's own links stay on the page.
    expect(story).not.toMatch(/href="\.\/#source-/);
  });
});
