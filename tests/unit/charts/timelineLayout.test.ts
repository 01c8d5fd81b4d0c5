import { describe, expect, it } from 'vitest';
import { timelineLayout } from '../../../src/lib/charts/timelineLayout';

const opts = { width: 365, start: '2013-01-01', end: '2014-01-01', laneHeight: 24, minLabelGap: 50 };

describe('timelineLayout', () => {
  it('timelineLayout matches its documented example', () => {
    expect(
      timelineLayout(
        [
          { id: 'vote', date: '2013-07-28' },
          { id: 'protests', date: '2013-09-07', endDate: '2013-09-24' },
          { id: 'boycott', date: '2013-09-23' },
        ],
        { width: 300, start: '2013-07-01', end: '2013-12-31', laneHeight: 20, minLabelGap: 60 },
      ),
    ).toEqual([
      { id: 'vote', x: 44.26, lane: 0, y: 0 },
      { id: 'protests', x: 111.48, x2: 139.34, lane: 0, y: 0 },
      { id: 'boycott', x: 137.7, lane: 1, y: 20 },
    ]);
  });

  it('timelineLayout maps dates linearly in UTC: one day is width / days in range', () => {
    // 2013 has 365 days, so with width 365 each day is 1 px.
    const [a, b, c] = timelineLayout(
      [
        { id: 'a', date: '2013-01-01' },
        { id: 'b', date: '2013-07-28' },
        { id: 'c', date: '2014-01-01' },
      ],
      { ...opts, minLabelGap: 0 },
    );
    expect(a.x).toBe(0);
    expect(b.x).toBe(208); // 28 July is day 209 of 2013
    expect(c.x).toBe(365);
  });

  it('timelineLayout gives a date range an x2 at its end date and a single date none', () => {
    const [range, single] = timelineLayout(
      [
        { id: 'talks', date: '2013-09-16', endDate: '2013-09-26' },
        { id: 'vote', date: '2013-07-28' },
      ],
      opts,
    );
    expect(range.x2! - range.x).toBe(10);
    expect('x2' in single).toBe(false);
  });

  it.each([
    ['far-apart events share lane 0', ['2013-01-10', '2013-04-10', '2013-08-10'], 50, [0, 0, 0]],
    ['close events open new lanes', ['2013-01-10', '2013-01-20', '2013-01-30'], 50, [0, 1, 2]],
    ['a freed lane is reused first', ['2013-01-10', '2013-01-20', '2013-03-10', '2013-03-15'], 50, [0, 1, 0, 1]],
    ['exactly minLabelGap apart fits', ['2013-01-01', '2013-02-20'], 50, [0, 0]],
    ['one px short of minLabelGap does not', ['2013-01-01', '2013-02-19'], 50, [0, 1]],
    ['gap 0 keeps everything in lane 0', ['2013-01-01', '2013-01-01', '2013-01-02'], 0, [0, 0, 0]],
  ])('timelineLayout lanes: %s', (_, dates, minLabelGap, lanes) => {
    const events = dates.map((date, i) => ({ id: `e${i}`, date }));
    const placed = timelineLayout(events, { ...opts, minLabelGap });
    expect(placed.map((p) => p.lane)).toEqual(lanes);
    expect(placed.map((p) => p.y)).toEqual(lanes.map((lane) => lane * 24));
  });

  it('timelineLayout measures a lane’s end from the end date of a range', () => {
    const placed = timelineLayout(
      [
        { id: 'long', date: '2013-01-01', endDate: '2013-06-01' },
        { id: 'during', date: '2013-03-01' },
        { id: 'after', date: '2013-08-01' },
      ],
      opts,
    );
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 0]);
  });

  it('timelineLayout assigns lanes in date order but returns events in input order', () => {
    const placed = timelineLayout(
      [
        { id: 'late', date: '2013-01-20' },
        { id: 'early', date: '2013-01-10' },
      ],
      opts,
    );
    expect(placed.map((p) => p.id)).toEqual(['late', 'early']);
    expect(placed.map((p) => p.lane)).toEqual([1, 0]);
  });

  it('timelineLayout never puts two labels in one lane closer than minLabelGap', () => {
    const dates = ['2013-01-03', '2013-01-05', '2013-02-01', '2013-02-11', '2013-03-02', '2013-05-30', '2013-06-02', '2013-07-28', '2013-08-08', '2013-09-07', '2013-09-15', '2013-09-23', '2013-12-29'];
    const placed = timelineLayout(dates.map((date, i) => ({ id: `e${i}`, date })), opts);
    const byLane = new Map<number, number[]>();
    for (const p of placed) byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), p.x]);
    for (const xs of byLane.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(50 - 0.01);
    }
    // Lanes are used from 0 upward with no holes.
    const lanes = [...byLane.keys()].sort((a, b) => a - b);
    expect(lanes).toEqual(lanes.map((_, i) => i));
  });

  it('timelineLayout does not mutate its events', () => {
    const events = Object.freeze([Object.freeze({ id: 'a', date: '2013-03-01' })]);
    timelineLayout(events, opts);
    expect(events).toEqual([{ id: 'a', date: '2013-03-01' }]);
  });

  it.each([
    ['a malformed date', [{ id: 'a', date: '2013-7-28' }], opts],
    ['an impossible date', [{ id: 'a', date: '2013-02-30' }], opts],
    ['an end date before the start date', [{ id: 'a', date: '2013-03-02', endDate: '2013-03-01' }], opts],
    ['an event before start', [{ id: 'a', date: '2012-12-31' }], opts],
    ['an event ending after end', [{ id: 'a', date: '2013-12-01', endDate: '2014-01-02' }], opts],
    ['end not after start', [], { ...opts, end: '2013-01-01' }],
    ['a zero width', [], { ...opts, width: 0 }],
  ])('timelineLayout throws a RangeError for %s', (_, events, o) => {
    expect(() => timelineLayout(events, o)).toThrow(RangeError);
  });
});
