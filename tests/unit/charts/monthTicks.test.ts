import { describe, expect, it } from 'vitest';
import { monthTicks } from '../../../src/lib/charts/monthTicks';

describe('monthTicks', () => {
  it('monthTicks matches its documented example', () => {
    expect(monthTicks('2013-07-15', '2013-10-01', 300)).toEqual([
      { x: 65.38, label: 'Aug 2013' },
      { x: 184.62, label: 'Sep 2013' },
      { x: 300, label: 'Oct 2013' },
    ]);
  });

  it('monthTicks gives one tick per month start, labelled "Mon YYYY", across a year boundary', () => {
    const ticks = monthTicks('2013-07-01', '2014-07-01', 1000);
    expect(ticks.map((t) => t.label)).toEqual([
      'Jul 2013', 'Aug 2013', 'Sep 2013', 'Oct 2013', 'Nov 2013', 'Dec 2013',
      'Jan 2014', 'Feb 2014', 'Mar 2014', 'Apr 2014', 'May 2014', 'Jun 2014', 'Jul 2014',
    ]);
    expect(ticks[0].x).toBe(0);
    expect(ticks[ticks.length - 1].x).toBe(1000);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x).toBeGreaterThan(ticks[i - 1].x);
  });

  it('monthTicks spaces ticks by the days in each month (UTC, no DST drift)', () => {
    // 2013: 365 days across 365 px → 1 px per day.
    const ticks = monthTicks('2013-01-01', '2014-01-01', 365);
    expect(ticks.map((t) => t.x)).toEqual([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]);
  });

  it.each([
    ['2013-07-02', '2013-07-30', []],
    ['2013-07-02', '2013-08-01', ['Aug 2013']],
    ['2013-12-31', '2014-01-01', ['Jan 2014']],
  ])('monthTicks(%s, %s) includes only month starts inside the range: %j', (start, end, labels) => {
    expect(monthTicks(start, end, 100).map((t) => t.label)).toEqual(labels);
  });

  it('monthTicks(…, every = 6) keeps only January and July', () => {
    expect(monthTicks('2013-01-01', '2014-12-31', 600, 6).map((t) => t.label)).toEqual([
      'Jan 2013', 'Jul 2013', 'Jan 2014', 'Jul 2014',
    ]);
  });

  it.each([
    ['2013-07-01', '2013-07-01', 100, 1],
    ['2013-08-01', '2013-07-01', 100, 1],
    ['2013/07/01', '2013-08-01', 100, 1],
    ['2013-07-01', '2013-08-01', 0, 1],
    ['2013-07-01', '2013-08-01', 100, 0],
  ])('monthTicks(%s, %s, %s, %s) throws a RangeError', (start, end, width, every) => {
    expect(() => monthTicks(start, end, width, every)).toThrow(RangeError);
  });
});
