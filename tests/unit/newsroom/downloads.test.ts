/**
 * "Get the data": the CSV files and the JSON file hold exactly the dataset, with sources. The CSV
 * files are read back with d3-dsv's `csvParseRows`, a reader written by someone else than toCsv's
 * author, so that a quirk shared by writer and reader cannot hide.
 */
import { storyElection } from '../../../src/lib/data/elections.ts';
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildDownloads } from '../../../src/lib/story/buildDownloads.ts';
import { shownDataset } from '../../../src/lib/copy/resolveText.ts';
import { toCsv } from '../../../src/lib/story/toCsv.ts';
import { realDataset } from '../fixtures/dataTexts.ts';

const raw = realDataset();
const files = buildDownloads(raw, 'Free to reuse with credit.');
/** What the files must hold: the dataset with its figure tokens filled in, as readers see it. */
const data = shownDataset(raw);
const dateOf = new Map([...data.timeline.events, ...data.timeline.afterwards].map((ev) => [ev.id, ev.date]));
const csv = (name: string) => {
  const [header = [], ...rows] = csvParseRows(files.find((f) => f.name === name)!.text);
  return rows.map((row): Record<string, string> => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
};

describe('toCsv(rows)', () => {
  it('quotes fields with commas, quotes and line breaks, and round-trips through a CSV reader', () => {
    const rows = [['a', 'b, c', 'say "hi"', 'two\nlines', ''], ['1', '2', '3', '4', '5']];
    expect(toCsv(rows)).toBe('a,"b, c","say ""hi""","two\nlines",\r\n1,2,3,4,5\r\n');
    expect(csvParseRows(toCsv(rows))).toEqual(rows);
    const awkward = [['"quoted"', ' padded ', 'crlf\r\ninside', 'Phnom Penh, "the capital"'], ['', '', 'x', '']];
    expect(csvParseRows(toCsv(awkward))).toEqual(awkward);
  });
});

describe('buildDownloads(dataset, licence)', () => {
  it('writes the 2013 results so that they read back as the dataset', () => {
    expect(csv('results-2013.csv')).toEqual(
      storyElection(data).results.map((r) => ({
        party: r.party,
        party_name: data.election.parties.find((p) => p.id === r.party)!.name,
        seats: String(r.seats),
        votes: String(r.votes),
        share_percent: String(r.sharePercent),
        sources: r.sources.join(';'),
        vote_sources: (r.voteSources ?? r.sources).join(';'),
      })),
    );
  });

  it('writes every constituency with its seats by party and its sources', () => {
    const rows = csv('constituencies.csv');
    expect(rows).toHaveLength(24);
    for (const c of data.election.constituencies) {
      const row = rows.find((r) => r.constituency_id === c.id)!;
      expect(row.constituency).toBe(c.name);
      expect(Number(row.seats_CPP)).toBe(c.seats.CPP);
      expect(Number(row.seats_CNRP)).toBe(c.seats.CNRP);
      expect(Number(row.seats_total)).toBe(c.seats.CPP! + c.seats.CNRP!);
      expect(Number(row.seats_total)).toBe(c.elects);
      expect(row.sources?.split(';')).toEqual(c.sources);
    }
  });

  it('writes the timeline, both phases, in order, with the texts as the page shows them', () => {
    const rows = csv('timeline.csv');
    const events = [...data.timeline.events.map((e) => ({ ...e, phase: 'events' })), ...data.timeline.afterwards.map((e) => ({ ...e, phase: 'afterwards' }))];
    expect(rows.map((r) => [r.id, r.date, r.end_date, r.phase, r.kind, r.title, r.text, r.sources])).toEqual(
      events.map((e) => [e.id, e.date, e.endDate ?? '', e.phase, e.kind, e.title, e.text, e.sources.join(';')]),
    );
  });

  it('writes every election of the series, one row per party, in elections.csv', () => {
    expect(csv('elections.csv').map((r) => [r.election, r.date, r.total_seats, r.party, r.seats])).toEqual(
      data.election.elections.flatMap((el) => el.results.map((r) => [el.id, el.id === '2008' ? '2008-07-27' : '2013-07-28', String(el.totalSeats.value), r.party, String(r.seats)])),
    );
  });

  it('writes the meetings with joint statements, lengths and outcomes', () => {
    const rows = csv('meetings.csv');
    expect(rows.map((r) => [r.meeting, r.date, r.joint_statement, r.duration_hours, r.outcome])).toEqual(
      data.meetings.meetings.map((m) => [String(m.n), dateOf.get(m.event), String(m.jointStatement), m.duration ? String(m.duration.hours) : '', m.outcome]),
    );
  });

  it('lists every source id used by any row in sources.csv, with its address', () => {
    const sources = new Map(csv('sources.csv').map((r) => [r.id, r.url]));
    expect(sources.size).toBe(data.sources.sources.length);
    for (const name of ['results-2013.csv', 'elections.csv', 'constituencies.csv', 'timeline.csv', 'meetings.csv'])
      for (const row of csv(name)) for (const id of row.sources!.split(';')) expect(sources.has(id), `${name}: ${id}`).toBe(true);
  });

  it('writes the whole dataset as JSON with the licence, and a README naming every file', () => {
    const json = JSON.parse(files.find((f) => f.name === 'dataset.json')!.text);
    expect(json.licence).toBe('Free to reuse with credit.');
    expect(json.election.constituencies).toEqual(data.election.constituencies);
    expect(json.timeline.events).toEqual(data.timeline.events);
    expect(json.election.date).toBe('2013-07-28');
    expect(json.election.elections.map((el: { id: string; date: { value: string } }) => [el.id, el.date.value])).toEqual([
      ['2008', '2008-07-27'],
      ['2013', '2013-07-28'],
    ]);
    expect(json.meetings.meetings.map((m: { date: string }) => m.date)).toEqual(['2014-03-03', '2014-03-10', '2014-03-17', '2014-03-24']);
    expect(json.election.$schema).toBeUndefined();
    const readme = files.find((f) => f.name === 'README.txt')!.text;
    for (const f of files.filter((f) => f.name !== 'README.txt')) expect(readme).toContain(f.name);
    expect(readme).toContain('Free to reuse with credit.');
  });
});
