/**
 * The meetings chart: its scene (the geometry of every state) and its data table, on the frozen fixture data.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../tests/unit/fixtures/dataTexts.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { buildScenes, buildTables } from '../index.ts';
import type { LengthAccount } from './lengthRange.ts';

const data = realDataset();
const scenes = buildScenes(data);
const tables = buildTables(data);

/** The fixture data with the four accounts of meeting 4's length given in hours (the proposed `durationAccounts`). */
function withAccounts(): Dataset {
  const disputed = structuredClone(data);
  const accounts: LengthAccount[] = [
    { hours: 1, sources: ['vna-talks-fail'] },
    { hours: 2, orMore: true, sources: ['ppp-top-level'] },
    { hours: 0.5, sources: ['ppp-top-level'] },
    { hours: 0.5, sources: ['cambodia-daily-deadlock'] },
  ];
  Object.assign(disputed.meetings.meetings[3]!, { durationAccounts: accounts });
  return disputed;
}

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

  it('a disputed length without its accounts in hours keeps one bar and an asterisk', () => {
    const fourth = scenes.meetings.meetings[3]!;
    expect([fourth.length, fourth.bar, fourth.range]).toEqual(['one hour*', 33.33, null]);
  });

  it('a disputed length is drawn as a range from the shortest to the longest account, with a tail for "more than"', () => {
    const { meetings } = buildScenes(withAccounts()).meetings;
    const fourth = meetings[3]!;
    // The longest account, "more than" two hours, counts as 2.4: the bar's end is 3 hours (meeting 2).
    expect(fourth.range).toEqual({ from: 16.67, to: 66.67, tail: 80 });
    expect(fourth.bar).toBeNull();
    expect(fourth.length).toBe('½–2+ h, accounts differ');
    expect(fourth.durationConflict).toBe('one hour; more than two hours behind closed doors; 30 minutes, according to CPP officials');
    expect(meetings.slice(0, 3)).toEqual(scenes.meetings.meetings.slice(0, 3));
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

  it('buildTables(data).meetings gives a disputed length as the range of its accounts, and says they differ', () => {
    expect(buildTables(withAccounts()).meetings.rows[3]![2]).toBe('½ to more than 2 hours (accounts differ)');
  });

  it('buildTables(data).meetings names the sources of each meeting, with those of its length and of every account of it', () => {
    expect(tables.meetings.sources).toEqual([
      ['vna-meeting-1', 'vna-meeting-2'],
      ['vna-meeting-2', 'ppp-no-accord'],
      ['voa-meeting-3', 'rfa-14-points'],
      ['vna-talks-fail', 'ppp-top-level'],
    ]);
    // An account in hours brings its own source (Cambodia Daily's "about half an hour").
    expect(buildTables(withAccounts()).meetings.sources![3]).toEqual(['vna-talks-fail', 'ppp-top-level', 'cambodia-daily-deadlock']);
  });
});
