/**
 * Every figure leads to its source. In the running text, figures read as plain words and each
 * sentence that has any ends with one footnote marker, "[1, 4]" named "Sources 1 and 4" (issue 13,
 * item 3); outside it, the rows of the charts' data tables and the people list link to their
 * numbered source notes, with link names that make sense out of context ("source 12: Phnom Penh
 * Post, …"). Server-rendered with svelte/server.
 * @module
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { buildTables } from '../../../src/charts/index.ts';
import type { DataTable } from '../../../src/charts/types.ts';
import DataTableView from '../../../src/components/DataTableView.svelte';
import Prose from '../../../src/components/Prose.svelte';
import SourceRef from '../../../src/components/SourceRef.svelte';
import { renderPages } from '../../../src/entry-server.ts';
import { buildStory } from '../../../src/lib/story/buildStory.ts';
import type { Paragraph, SourceNote } from '../../../src/lib/story/types.ts';
import { realDataset } from '../fixtures/dataTexts.ts';

const data = realDataset();
const story = buildStory(data);
const tables = buildTables(data);
const noteOf = new Map(story.notes.map((note) => [note.id, note]));

/** The HTML without Svelte's hydration comments. */
const clean = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** What a screen reader names a link: its text without what is hidden from it (aria-hidden). */
const accessibleName = (link: string) => decode(link.replace(/<span aria-hidden="true">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, ''));
/** What is on screen: the text without what is only for screen readers (class "visually-hidden"). */
const onScreen = (html: string) => decode(html.replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, ''));
/** The links to source notes in some HTML: where each points and its accessible name. */
const sourceLinks = (html: string) =>
  [...html.matchAll(/<a class="note-ref" href="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({ href: m[1]!, name: decode(/aria-label="([^"]*)"/.exec(m[2]!)?.[1] ?? '') || accessibleName(m[3]!) }));
/** The name a link to a note should have. */
const nameOf = (note: SourceNote) => `source ${note.n}: ${note.publisher}, ${note.title}`;
/** The rows of a table body, in order. */
const bodyRows = (html: string) => [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);

/**
 * A paragraph as Prose renders it: its text without the markers, and each marker with its offset in
 * that text, where it points, its accessible name, what it shows, and the note numbers it shows.
 */
function readProse(html: string) {
  let text = '';
  const refs: { at: number; href: string; name: string; shown: string; numbers: number[] }[] = [];
  for (const part of html.split(/(<a class="sentence-ref"[^>]*>[\s\S]*?<\/a>)/)) {
    const ref = /^<a class="sentence-ref" href="([^"]*)"[^>]*>([\s\S]*?)<\/a>$/.exec(part);
    if (!ref) {
      text += decode(part);
      continue;
    }
    // A word joiner (U+2060) opens it, keeping it on the line of its stop.
    const shown = onScreen(ref[2]!).replace(/^\u2060/, '');
    refs.push({ at: text.length, href: ref[1]!, name: accessibleName(ref[2]!), shown, numbers: shown.slice(1, -1).split(', ').map(Number) });
  }
  return { text, refs };
}
/** Every paragraph the story renders as running text (not plain), labelled with where it is. */
const runningText: [string, Paragraph][] = [
  ['dek', story.dek],
  ...story.steps.flatMap((st) => st.text.map((p, i): [string, Paragraph] => [`${st.anchor}.text[${i}]`, p])),
  ...story.corrections.map((c, i): [string, Paragraph] => [`corrections[${i}]`, c.text]),
  ['sourcesIntro', story.sourcesIntro],
  ['methodology', story.methodology],
  ['credits', story.credits],
  ['dataIntro', story.dataIntro],
  ['dataLicence', story.dataLicence],
  ['embedCredit', story.embedCredit],
];
/** A sentence visibly ending inside a text: a stop, a space, then a capital, a numeral or an opening quote (a plain check, independent of sentenceRefs.ts). */
const SENTENCE_END = /[.?!][’”)]*\s+[A-Z0-9“‘(]/;

describe('Prose', () => {
  const rendered = runningText.map(([where, paragraph]) => ({ where, paragraph, html: clean(render(Prose, { props: { paragraph } }).body) }));

  it('<Prose paragraph> links nothing in the text: its only links are the markers', () => {
    for (const { where, html } of rendered) expect(html.match(/<a /g)?.length ?? 0, where).toBe(readProse(html).refs.length);
  });

  it('<Prose paragraph> keeps the text of the copy byte for byte: the markers only add "[N, …]"', () => {
    for (const { where, paragraph, html } of rendered) expect(readProse(html).text, where).toBe(paragraph.map((s) => s.text).join(''));
  });

  it('every figure and cited phrase is traceable: the first marker after it, in the same sentence, shows all its notes', () => {
    let figures = 0;
    for (const { where, paragraph, html } of rendered) {
      const { text, refs } = readProse(html);
      let end = 0;
      for (const segment of paragraph) {
        end += segment.text.length;
        if (!segment.notes) continue;
        figures++;
        const ref = refs.find((r) => r.at >= end);
        expect(ref, `${where}: no marker after "${segment.text}"`).toBeDefined();
        expect(text.slice(end, ref!.at), `${where}: a sentence ends between "${segment.text}" and its marker`).not.toMatch(SENTENCE_END);
        for (const n of segment.notes) expect(ref!.numbers, `${where}: "${segment.text}" cites note ${n}`).toContain(n);
      }
    }
    expect(figures).toBeGreaterThan(40);
  });

  it('a marker follows the stop of its sentence (or ends the paragraph), shows "[1, 4]", is named "Sources 1 and 4" and links to the first note', () => {
    const all = rendered.flatMap(({ where, html }) => readProse(html).refs.map((ref) => ({ where, ref, text: readProse(html).text })));
    expect(all.length).toBeGreaterThan(25);
    for (const { where, ref, text } of all) {
      expect(ref.shown, where).toMatch(/^\[\d+(, \d+)*\]$/);
      expect(ref.href, where).toBe(`#source-${ref.numbers[0]}`);
      expect(ref.name, where).toBe(ref.numbers.length === 1 ? `Source ${ref.numbers[0]}` : `Sources ${ref.numbers.slice(0, -1).join(', ')} and ${ref.numbers.at(-1)}`);
      const before = text.slice(0, ref.at);
      expect(/[.?!][’”)]*$/.test(before) || ref.at === text.trimEnd().length, `${where}: a marker after "${before.slice(-20)}"`).toBe(true);
    }
    expect(all.find((r) => r.where === 'dek')).toMatchObject({ ref: { href: '#source-1', name: 'Sources 1, 2, 3, 4, 5 and 6', shown: '[1, 2, 3, 4, 5, 6]' } });
  });

  it('<Prose paragraph plain> renders the text alone, without markers (headings, captions)', () => {
    for (const paragraph of [story.dek, ...story.steps.map((st) => st.alt)]) {
      const html = clean(render(Prose, { props: { paragraph, plain: true } }).body);
      expect(html).not.toContain('<a');
      expect(decode(html)).toBe(paragraph.map((s) => s.text).join(''));
    }
  });
});

describe('SourceRef', () => {
  it('<SourceRef note> shows "[N]" and names the link "source N: publisher, title" for a screen reader', () => {
    const note = story.notes[11]!;
    const html = clean(render(SourceRef, { props: { note } }).body);
    expect(onScreen(html)).toBe(`[${note.n}]`);
    expect(sourceLinks(html)).toEqual([{ href: `#source-${note.n}`, name: nameOf(note) }]);
  });

  it('<SourceRef note page target> points into another page\'s list of sources, in a new tab', () => {
    const html = clean(render(SourceRef, { props: { note: story.notes[0]!, page: '../', target: '_blank' } }).body);
    expect(html).toMatch(/^<a class="note-ref" href="\.\.\/#source-1" target="_blank" rel="noopener"[^>]*>/);
  });
});

describe('DataTableView', () => {
  const timeline = clean(render(DataTableView, { props: { table: tables.timeline, notes: story.notes } }).body);

  it('every row of the timeline table names the sources of its event, in a last "Sources" cell of links to their notes', () => {
    expect(timeline).toContain('<th scope="col">Date</th><th scope="col">Event</th><th scope="col">Sources</th>');
    const rows = bodyRows(timeline);
    const events = [...data.timeline.events, ...data.timeline.afterwards];
    expect(rows).toHaveLength(events.length);
    rows.forEach((row, r) => {
      const cell = /<td class="row-sources">([\s\S]*?)<\/td>$/.exec(row)?.[1] ?? '';
      const expected = tables.timeline.sources![r]!.map((id) => noteOf.get(id)!);
      for (const id of events[r]!.sources) expect(tables.timeline.sources![r], events[r]!.id).toContain(id);
      // A table names each link briefly ("source 12"): a row may cite many, and the list of sources gives each in full.
      expect(sourceLinks(cell), events[r]!.id).toEqual(expected.map((note) => ({ href: `#source-${note.n}`, name: `source ${note.n}` })));
      expect(onScreen(cell), events[r]!.id).toBe(expected.map((note) => `[${note.n}]`).join(' '));
    });
  });

  it('the rows that print figures the fact-check found unsourced ("116 of 122", "113 of 117") link to their sources', () => {
    for (const figure of ['116 of 122', '113 of 117']) {
      const row = bodyRows(timeline).find((r) => onScreen(r).includes(figure));
      expect(row, figure).toBeDefined();
      expect(sourceLinks(row!).length, figure).toBeGreaterThan(0);
    }
  });

  it('a table whose rows name no sources has no "Sources" column', () => {
    const table: DataTable = { caption: 'Test', columns: ['Party', 'Seats'], rows: [['CPP', '68']] };
    const html = clean(render(DataTableView, { props: { table, notes: story.notes } }).body);
    expect(html).not.toContain('Sources');
    expect(html).toContain('<tr><th scope="row">CPP</th><td>68</td></tr>');
  });
});

describe('the rendered pages', () => {
  const pages = renderPages(data);
  const body = clean(pages.story.body);

  it('a person\'s sources are linked from the people list', () => {
    const people = /<dl class="people">([\s\S]*?)<\/dl>/.exec(body)?.[1] ?? '';
    const entries = [...people.matchAll(/<div class="person">([\s\S]*?)<\/div>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(story.people.length);
    story.people.forEach((person, i) => {
      expect(entries[i], person.id).toContain(`<dt>${person.name} `);
      const notes = person.notes.map((n) => story.notes[n - 1]!);
      expect(sourceLinks(entries[i]!), person.id).toEqual(notes.map((note) => ({ href: `#source-${note.n}`, name: nameOf(note) })));
    });
  });

  it('every claim under "Where sources disagree" links to its source the same way', () => {
    const conflicts = /<ul class="conflicts">([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '';
    const links = sourceLinks(conflicts);
    expect(links).toHaveLength(story.conflicts.flatMap((c) => c.claims).length);
    for (const link of links) expect(link.name).toMatch(/^source \d+: .+, .+/);
  });

  it('the data tables of the story link to notes that exist on the page', () => {
    const tableLinks = [...body.matchAll(/<details class="data-table">[\s\S]*?<\/details>/g)].flatMap((m) => sourceLinks(m[0]));
    expect(tableLinks.length).toBeGreaterThan(0);
    for (const { href } of new Set(tableLinks)) expect(body, href).toContain(`id="${href.slice(1)}"`);
  });

  it('the data table of a chart page links to the story\'s list of sources, in a new tab', () => {
    const step = story.steps.find((s) => s.chart.view === 'timeline')!;
    const page = clean(pages.charts.find((p) => p.file === `charts/${step.id}.html`)!.body);
    const links = sourceLinks(/<details class="data-table">[\s\S]*?<\/details>/.exec(page)?.[0] ?? '');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.href).toMatch(/^\.\.\/#source-\d+$/);
    expect(page).toMatch(/<a class="note-ref" href="\.\.\/#source-\d+" target="_blank" rel="noopener"[^>]*>/);
  });
});
