/**
 * The chamber across elections: its scene (one hemicycle per election, each with its own number of
 * seats) and its data table, on the frozen fixture data and on the fixture with a later election.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { datasetFrom, realDataset, withJson } from '../../../tests/unit/fixtures/dataTexts.ts';
import { buildScenes, buildTables } from '../index.ts';

const data = realDataset();
const scene = buildScenes(data).assemblies;

/** The fixture with the 2018 election added as the README's "Add an election" says (its real result). */
const with2018 = (() => {
  const texts = withJson('election', (e) => {
    e.elections.push({ id: '2018', event: 'election-2018', totalSeats: { value: 125, sources: ['ipu-2013'] }, results: [{ party: 'CPP', seats: 125, sources: ['ipu-2013'] }] });
  });
  const timeline = JSON.parse(texts.timeline!);
  timeline.afterwards.push({ id: 'election-2018', date: '2018-07-29', kind: 'election', title: 'General election', text: 'A test event.', sources: ['ipu-2013'] });
  texts.timeline = JSON.stringify(timeline);
  return datasetFrom(texts);
})();

const count = (groups: { party: string; seats: unknown[] }[], party: string) => groups.filter((g) => g.party === party).reduce((n, g) => n + g.seats.length, 0);
const seatsOf = (chamber: { groups: { seats: { x: number; y: number }[] }[] }) => chamber.groups.flatMap((g) => g.seats);

describe('assemblies scene', () => {
  it('buildScenes(data).assemblies draws one chamber per election, oldest first, each with its own seats', () => {
    expect(scene.chambers.map((c) => [c.id, seatsOf(c).length])).toEqual([
      ['2008', 123],
      ['2013', 123],
    ]);
    expect(buildScenes(with2018).assemblies.chambers.map((c) => [c.id, seatsOf(c).length])).toEqual([
      ['2008', 123],
      ['2013', 123],
      ['2018', 125],
    ]);
  });

  it('colours the seats of the parties that merged as the party they formed, and labels each colour with its seats', () => {
    const [c2008, c2013] = scene.chambers;
    expect([count(c2008!.groups, 'CPP'), count(c2008!.groups, 'CNRP'), count(c2008!.groups, 'FUNCINPEC'), count(c2008!.groups, 'NRP')]).toEqual([90, 29, 2, 2]);
    // Parties fill the chamber in wedges: one run of seats each, from left to right.
    expect(c2008!.groups.map((g) => g.party)).toEqual(['CPP', 'CNRP', 'FUNCINPEC', 'NRP']);
    // The label of a colour counts every seat of that colour: the SRP's and the HRP's together.
    expect(c2008!.labels.map((l) => l.text)).toEqual(['2008', '123 seats', 'CPP 90', 'SRP + HRP 29', 'Others 4']);
    expect(c2013!.labels.map((l) => l.text)).toEqual(['2013', '123 seats', 'CPP 68', 'CNRP 55']);
    expect(buildScenes(with2018).assemblies.chambers[2]!.labels.map((l) => l.text)).toEqual(['2018', '125 seats', 'CPP 125']);
  });

  it('outlines the story’s election only', () => {
    expect(scene.chambers.map((c) => c.story)).toEqual([false, true]);
  });

  it('keeps every chamber’s seats apart and inside its own cell, with 125 seats as with 123', () => {
    const big = buildScenes(with2018).assemblies;
    for (const chamber of big.chambers) {
      const { x, y, width, height } = chamber.box;
      const seats = seatsOf(chamber);
      for (const s of seats) {
        expect(s.x - big.r).toBeGreaterThanOrEqual(x - 2);
        expect(s.x + big.r).toBeLessThanOrEqual(x + width + 2);
        expect(s.y - big.r).toBeGreaterThanOrEqual(y);
        expect(s.y + big.r).toBeLessThanOrEqual(y + height);
      }
      for (let i = 0; i < seats.length; i++)
        for (let j = i + 1; j < seats.length; j++) {
          const a = seats[i]!;
          const b = seats[j]!;
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${chamber.id}: seats ${i} and ${j}`).toBeGreaterThan(2 * big.r);
        }
    }
    // A third election starts a second row: the box grows, and the seats stay as big as with two.
    expect(big.height).toBeGreaterThan(scene.height);
    expect(big.r).toBeGreaterThan(0.95 * scene.r);
  });
});

describe('assemblies table', () => {
  it('buildTables(data).assemblies gives each election’s date, size and seats, with the sources of each row', () => {
    const table = buildTables(data).assemblies;
    expect(table.rows).toEqual([
      ['2008', '27 July 2008', '123', 'Cambodian People’s Party 90, Sam Rainsy Party 26, Human Rights Party 3, FUNCINPEC 2, Norodom Ranariddh Party 2'],
      ['2013', '28 July 2013', '123', 'Cambodian People’s Party 68, Cambodia National Rescue Party 55'],
    ]);
    expect(table.sources?.[0]).toEqual(expect.arrayContaining(['ppp-2008-results', 'afp-2008']));
    expect(table.sources).toHaveLength(2);
  });
});
