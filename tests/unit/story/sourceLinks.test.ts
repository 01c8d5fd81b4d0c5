/**
 * "Every figure links to its source", outside the running text: the rows of the charts' data
 * tables and the people list link to their numbered source notes, with link names that make sense
 * out of context ("source 12: Phnom Penh Post, …"). Server-rendered with svelte/server.
 * @module
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { buildTables } from '../../../src/charts/index.ts';
import type { DataTable } from '../../../src/charts/types.ts';
import DataTableView from '../../../src/components/DataTableView.svelte';
import SourceRef from '../../../src/components/SourceRef.svelte';
import { renderPages } from '../../../src/entry-server.ts';
import { buildStory } from '../../../src/lib/story/buildStory.ts';
import type { SourceNote } from '../../../src/lib/story/types.ts';
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
const sourceLinks = (html: string) => [...html.matchAll(/<a class="note-ref" href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({ href: m[1]!, name: accessibleName(m[2]!) }));
/** The name a link to a note should have. */
const nameOf = (note: SourceNote) => `source ${note.n}: ${note.publisher}, ${note.title}`;
/** The rows of a table body, in order. */
const bodyRows = (html: string) => [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);

describe('SourceRef', () => {
  it('<SourceRef note> shows "[N]" and names the link "source N: publisher, title" for a screen reader', () => {
    const note = story.notes[11]!;
    const html = clean(render(SourceRef, { props: { note } }).body);
    expect(onScreen(html)).toBe(`[${note.n}]`);
    expect(sourceLinks(html)).toEqual([{ href: `#source-${note.n}`, name: nameOf(note) }]);
  });

  it('<SourceRef note page target> points into another page\'s list of sources, in a new tab', () => {
    const html = clean(render(SourceRef, { props: { note: story.notes[0]!, page: '../', target: '_blank' } }).body);
    expect(html).toMatch(/^<a class="note-ref" href="\.\.\/#source-1" target="_blank" rel="noopener">/);
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
    expect(page).toMatch(/<a class="note-ref" href="\.\.\/#source-\d+" target="_blank" rel="noopener">/);
  });
});
