/**
 * The meetings chart: its scene (the geometry of every state) and its data table, on the frozen fixture data.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../tests/unit/fixtures/dataTexts.ts';
import { buildScenes, buildTables } from '../index.ts';

const data = realDataset();
const scenes = buildScenes(data);
const tables = buildTables(data);

describe('meetings scene', () => {
  it('buildScenes(data).meetings gives the four meetings with dates, lengths and the disputed length of the fourth', () => {
    expect(scenes.meetings.meetings.map((m) => [m.n, m.date, m.jointStatement, m.duration])).toEqual([
      [1, '3 March 2014', true, null],
      [2, '10 March 2014', false, 'about three hours'],
      [3, '17 March 2014', true, null],
      [4, '24 March 2014', false, 'one hour'],
    ]);
    expect(scenes.meetings.meetings[3]!.durationConflict).toBe('one hour; more than two hours behind closed doors; 30 minutes, according to CPP officials');
  });
});

describe('meetings table', () => {
  it('buildTables(data).meetings gives each meeting with its length, flagging the disputed one', () => {
    expect(tables.meetings.rows.map((r) => r.slice(0, 4))).toEqual([
      ['1', '3 March 2014', 'not reported', 'Yes'],
      ['2', '10 March 2014', 'about three hours', 'No'],
      ['3', '17 March 2014', 'not reported', 'Yes'],
      ['4', '24 March 2014', 'one hour (accounts differ)', 'No'],
    ]);
  });
});
