import { describe, expect, it } from 'vitest';
import { votesVsSeats } from '../../../src/lib/charts/votesVsSeats.ts';

const results2013 = [
  { key: 'CPP', voteShare: 48.83, seatShare: 55.28 },
  { key: 'CNRP', voteShare: 44.46, seatShare: 44.72 },
  { key: 'FUNCINPEC', voteShare: 3.66, seatShare: 0 },
];
const opts = { width: 500, rowHeight: 50, labelWidth: 120 };

describe('votesVsSeats', () => {
  it('votesVsSeats matches its documented example', () => {
    expect(votesVsSeats([{ key: 'CPP', voteShare: 48.83, seatShare: 55.28 }], { width: 300, rowHeight: 40, labelWidth: 100 })).toEqual({
      rows: [
        {
          key: 'CPP',
          y: 0,
          voteBar: { x: 100, y: 4, width: 176.66, height: 14 },
          seatBar: { x: 100, y: 22, width: 200, height: 14 },
        },
      ],
      domain: [0, 55.28],
      ticks: [
        { x: 100, value: 0, label: '0%' },
        { x: 190.45, value: 25, label: '25%' },
        { x: 280.9, value: 50, label: '50%' },
      ],
      height: 40,
    });
  });

  it('votesVsSeats returns one row per party, in input order, stacked rowHeight apart', () => {
    const layout = votesVsSeats(results2013, opts);
    expect(layout.rows.map((r) => r.key)).toEqual(['CPP', 'CNRP', 'FUNCINPEC']);
    expect(layout.rows.map((r) => r.y)).toEqual([0, 50, 100]);
    expect(layout.height).toBe(150);
  });

  it('votesVsSeats keeps both bars of a row inside the row, vote bar above seat bar, not overlapping', () => {
    for (const row of votesVsSeats(results2013, opts).rows) {
      const { voteBar, seatBar } = row;
      expect(voteBar.y).toBeGreaterThanOrEqual(row.y);
      expect(voteBar.y + voteBar.height).toBeLessThanOrEqual(seatBar.y);
      expect(seatBar.y + seatBar.height).toBeLessThanOrEqual(row.y + opts.rowHeight);
      expect(voteBar.height).toBeGreaterThan(0);
    }
  });

  it('votesVsSeats starts every bar at labelWidth and makes bar width proportional to the share', () => {
    const { rows, domain } = votesVsSeats(results2013, opts);
    const pxPerPoint = (opts.width - opts.labelWidth) / domain[1];
    rows.forEach((row, i) => {
      expect(row.voteBar.x).toBe(120);
      expect(row.seatBar.x).toBe(120);
      expect(row.voteBar.width).toBeCloseTo(results2013[i]!.voteShare * pxPerPoint, 1);
      expect(row.seatBar.width).toBeCloseTo(results2013[i]!.seatShare * pxPerPoint, 1);
    });
    // The largest share reaches the right edge; a zero share has no width.
    expect(rows[0]!.seatBar.x + rows[0]!.seatBar.width).toBeCloseTo(500, 2);
    expect(rows[2]!.seatBar.width).toBe(0);
  });

  it.each([
    [[{ key: 'a', voteShare: 10, seatShare: 20 }], 50],
    [[{ key: 'a', voteShare: 50, seatShare: 50 }], 50],
    [[{ key: 'a', voteShare: 48.83, seatShare: 55.28 }], 55.28],
    [[{ key: 'a', voteShare: 100, seatShare: 0 }], 100],
    [[], 50],
  ])('votesVsSeats(%j) uses the domain [0, %s] — at least 0–50 %', (rows, max) => {
    expect(votesVsSeats(rows, opts).domain).toEqual([0, max]);
  });

  it.each([
    [40, ['0%', '25%', '50%']],
    [74.9, ['0%', '25%', '50%']],
    [75, ['0%', '25%', '50%', '75%']],
    [100, ['0%', '25%', '50%', '75%', '100%']],
  ])('votesVsSeats with a largest share of %s labels ticks %j', (share, labels) => {
    const { ticks } = votesVsSeats([{ key: 'a', voteShare: share, seatShare: 0 }], opts);
    expect(ticks.map((t) => t.label)).toEqual(labels);
    // Ticks run left to right from labelWidth and stay within the chart.
    expect(ticks[0]!.x).toBe(120);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
    expect(ticks[ticks.length - 1]!.x).toBeLessThanOrEqual(500);
  });

  it('votesVsSeats does not mutate its rows', () => {
    const rows = Object.freeze(results2013.map((r) => Object.freeze({ ...r })));
    votesVsSeats(rows, opts);
    expect(rows).toEqual(results2013);
  });

  it.each([
    ['a negative share', [{ key: 'a', voteShare: -1, seatShare: 0 }], opts],
    ['a share over 100', [{ key: 'a', voteShare: 10, seatShare: 101 }], opts],
    ['a NaN share', [{ key: 'a', voteShare: Number.NaN, seatShare: 0 }], opts],
    ['a width not wider than the labels', [], { width: 100, rowHeight: 10, labelWidth: 100 }],
    ['a zero row height', [], { width: 300, rowHeight: 0, labelWidth: 100 }],
  ])('votesVsSeats throws a RangeError for %s', (_, rows, o) => {
    expect(() => votesVsSeats(rows, o)).toThrow(RangeError);
  });
});
