import { describe, expect, it } from 'vitest';
import { buildTables } from '../../../src/charts/index.ts';
import { realDataset } from '../fixtures/dataTexts.ts';

const data = realDataset();
const tables = buildTables(data);

describe('buildTables', () => {
  it('buildTables(data) gives one table per chart view', () => {
    expect(Object.keys(tables).sort()).toEqual(['chamber', 'change', 'map', 'meetings', 'timeline', 'votes']);
  });

  it('buildTables(data).chamber gives seats won, claimed and taken when parliament opened', () => {
    expect(tables.chamber).toEqual({
      caption: 'Seats in the National Assembly, 2013',
      columns: ['Party', 'Seats won', 'Seats the CNRP said each should have won', 'Seats taken on 23 September 2013'],
      rows: [
        ['Cambodian People’s Party', '68', '60', '68'],
        ['Cambodia National Rescue Party', '55', '63', '0'],
      ],
    });
  });

  it('buildTables(data).votes gives every party with votes and shares to two decimals', () => {
    expect(tables.votes.rows[0]).toEqual(['Cambodian People’s Party', '3,235,969', '48.83%', '68', '55.3%']);
    expect(tables.votes.rows).toHaveLength(8);
    expect(tables.votes.rows.at(-1)).toEqual(['Democratic Republican Party', '19,152', '0.29%', '0', '0.0%']);
  });

  it('buildTables(data).change says where merged parties went', () => {
    expect(tables.change.rows).toEqual([
      ['Cambodian People’s Party', '90', '68'],
      ['Sam Rainsy Party', '26', 'merged into the CNRP'],
      ['Human Rights Party', '3', 'merged into the CNRP'],
      ['FUNCINPEC', '2', '0'],
      ['Norodom Ranariddh Party', '2', 'did not stand'],
      ['Cambodia National Rescue Party', '—', '55'],
    ]);
  });

  it('buildTables(data).map lists the 24 constituencies by name, and their seats add up to 123', () => {
    expect(tables.map.columns).toEqual(['Constituency', 'Seats', 'CPP', 'CNRP']);
    expect(tables.map.rows).toHaveLength(24);
    expect(tables.map.rows.find((r) => r[0] === 'Phnom Penh')).toEqual(['Phnom Penh', '12', '5', '7']);
    expect(tables.map.rows.reduce((s, r) => s + Number(r[1]), 0)).toBe(123);
    for (const r of tables.map.rows) expect(Number(r[2]) + Number(r[3]), r[0]).toBe(Number(r[1]));
  });

  it('buildTables(data).meetings gives each meeting with its length, flagging the disputed one', () => {
    expect(tables.meetings.rows.map((r) => r.slice(0, 4))).toEqual([
      ['1', '3 March 2014', 'not reported', 'Yes'],
      ['2', '10 March 2014', 'about three hours', 'No'],
      ['3', '17 March 2014', 'not reported', 'Yes'],
      ['4', '24 March 2014', 'one hour (accounts differ)', 'No'],
    ]);
  });

  it('buildTables(data).timeline gives every event, with a range for events over several days', () => {
    expect(tables.timeline.rows).toHaveLength(data.timeline.events.length + data.timeline.afterwards.length);
    expect(tables.timeline.rows[7]![0]).toBe('16 September 2013 – 17 September 2013');
    expect(tables.timeline.rows[1]![0]).toBe('28 July 2013');
  });
});
