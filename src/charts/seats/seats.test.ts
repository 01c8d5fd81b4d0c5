/**
 * The seats chart (views "chamber" and "map"): its scene (the geometry of every state) and its data table, on the frozen fixture data.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../tests/unit/fixtures/dataTexts.ts';
import { buildScenes, buildTables } from '../index.ts';

const data = realDataset();
const scenes = buildScenes(data);
const tables = buildTables(data);
const repeat = (key: string, n: number) => Array.from({ length: n }, () => key);
const seatTotal = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);
const { seats } = scenes;

describe('seats scene', () => {
  it('buildScenes(data).seats has one mark per seat: 123', () => {
    expect(seats.seats).toHaveLength(123);
    for (const state of Object.values(seats.states)) expect(state).toHaveLength(123);
  });

  it('buildScenes(data).seats.states.party is 68 "CPP" then 55 "CNRP"', () => {
    expect(seats.states.party).toEqual([...repeat('CPP', 68), ...repeat('CNRP', 55)]);
    expect(seats.states.majority).toEqual(seats.states.party);
    expect(seats.states.full).toEqual(seats.states.party);
    expect(seats.states.seats).toEqual(seats.states.party);
  });

  it('buildScenes(data).seats.states.boycott leaves the 55 CNRP seats "vacant"', () => {
    expect(seats.states.boycott).toEqual([...repeat('CPP', 68), ...repeat('vacant', 55)]);
  });

  it('buildScenes(data).seats.states.claim shows the claimed 60 CPP and 63 CNRP seats, and empty shows none', () => {
    expect(seats.states.claim).toEqual([...repeat('CPP', 60), ...repeat('CNRP', 63)]);
    expect(seats.states.empty).toEqual(repeat('none', 123));
  });

  it('buildScenes(data).seats labels each chamber state with its figures', () => {
    const texts = Object.fromEntries(Object.entries(seats.labels).map(([state, labels]) => [state, labels.map((l) => l.text)]));
    expect(texts).toEqual({
      empty: ['123 seats'],
      party: ['123 seats', 'CPP 68', 'CNRP 55'],
      majority: ['123 seats', '62 seats for a majority', '2008: CPP 90', 'CPP 68', 'CNRP 55'],
      claim: ['As claimed', '62 seats for a majority', 'CPP 60', 'CNRP 63, a majority'],
      boycott: ['68 of 123', 'CPP 68 seated', 'CNRP 55 empty'],
      full: ['All 123 seats taken', 'CPP 68', 'CNRP 55'],
      seats: ['One dot per seat', 'CPP', 'CNRP'],
    });
  });

  it('buildScenes(data).seats draws the majority line on the claim too, and rings the eight seats the claim would change', () => {
    expect(seats.majorityStates).toEqual(['majority', 'claim']);
    expect(seats.contested).toHaveLength(8);
    for (const i of seats.contested) expect([seats.states.party[i], seats.states.claim?.[i]]).toEqual(['CPP', 'CNRP']);
  });

  it('buildScenes(data).seats marks where the CPP’s seats ended in 2008 (90) for the margin step, right of the majority line', () => {
    expect(seats.previous?.label.text).toBe('2008: CPP 90');
    // Seats run left to right: the line after seat 90 stands right of the line after seat 62.
    expect(seats.previous!.x2).toBeGreaterThan(seats.majority.x2);
  });

  it('buildScenes(data).seats.map lists the 24 constituencies biggest first, with their seat totals', () => {
    expect(seats.map).toHaveLength(24);
    expect(seats.map.slice(0, 4).map((r) => [r.name, r.total, r.text])).toEqual([
      ['Kampong Cham', 18, 'CPP 8, CNRP 10'],
      ['Phnom Penh', 12, 'CPP 5, CNRP 7'],
      ['Kandal', 11, 'CPP 5, CNRP 6'],
      ['Prey Veng', 11, 'CPP 5, CNRP 6'],
    ]);
    const totals = seats.map.map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(seats.map.map((r) => r.name).sort()).toEqual(data.election.constituencies.map((c) => c.name).sort());
  });

  it.each(data.election.constituencies.map((c) => [c.name, c] as const))(
    'the map places as many seat marks in the row of %s as it has seats, coloured by the party that won them',
    (name, constituency) => {
      const row = seats.map.find((r) => r.name === name)!;
      const inRow = seats.seats.map((s, i) => [s, seats.states.party[i]] as const).filter(([s]) => s.map.y === row.y);
      expect(inRow).toHaveLength(seatTotal(constituency.seats));
      expect(row.total).toBe(seatTotal(constituency.seats));
      for (const party of ['CPP', 'CNRP']) expect(inRow.filter(([, p]) => p === party), party).toHaveLength(constituency.seats[party] ?? 0);
    },
  );

  it('no two seat marks share a place, in the chamber or on the map', () => {
    expect(new Set(seats.seats.map((s) => `${s.hemi.x},${s.hemi.y}`)).size).toBe(123);
    expect(new Set(seats.seats.map((s) => `${s.map.x},${s.map.y}`)).size).toBe(123);
  });

  it('every seat of the chamber lies inside chamberBox, the crop of the static figures', () => {
    const [x, y, w, h] = seats.chamberBox;
    for (const s of seats.seats) {
      expect(s.hemi.x - seats.r).toBeGreaterThanOrEqual(x);
      expect(s.hemi.x + seats.r).toBeLessThanOrEqual(x + w);
      expect(s.hemi.y - seats.r).toBeGreaterThanOrEqual(y);
      expect(s.hemi.y + seats.r).toBeLessThanOrEqual(y + h);
    }
  });
});

describe('seats table', () => {
  it('buildTables(data).chamber gives seats won, claimed and taken when parliament opened', () => {
    expect(tables.chamber).toEqual({
      caption: 'Seats in the National Assembly, 2013',
      columns: ['Party', 'Seats won', 'Seats the CNRP said each should have won', 'Seats taken on 23 September 2013'],
      rows: [
        ['Cambodian People’s Party', '68', '60', '68'],
        ['Cambodia National Rescue Party', '55', '63', '0'],
      ],
      sources: [expect.arrayContaining(['vna-final-results', 'asia-matters', 'voa-boycott']), expect.arrayContaining(['vna-final-results', 'asia-matters', 'voa-boycott'])],
    });
  });

  it('buildTables(data) names the sources of every row of every table', () => {
    for (const [view, table] of Object.entries(tables)) {
      expect(table.sources, view).toHaveLength(table.rows.length);
      for (const ids of table.sources ?? []) expect(ids.length, view).toBeGreaterThan(0);
    }
  });

  it('buildTables(data).map lists the 24 constituencies by name, and their seats add up to 123', () => {
    expect(tables.map.columns).toEqual(['Constituency', 'Seats', 'CPP', 'CNRP']);
    expect(tables.map.rows).toHaveLength(24);
    expect(tables.map.rows.find((r) => r[0] === 'Phnom Penh')).toEqual(['Phnom Penh', '12', '5', '7']);
    expect(tables.map.rows.reduce((s, r) => s + Number(r[1]), 0)).toBe(123);
    for (const r of tables.map.rows) expect(Number(r[2]) + Number(r[3]), r[0]).toBe(Number(r[1]));
  });
});
