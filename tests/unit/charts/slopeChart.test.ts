import { describe, expect, it } from 'vitest';
import { slopeChart } from '../../../src/lib/charts/slopeChart.ts';

/** Seats 2008 → 2013 (CNRP's 2008 figure is SRP + HRP, its predecessors). */
const seats = [
  { key: 'CPP', from: 90, to: 68 },
  { key: 'CNRP', from: 29, to: 55 },
  { key: 'FUNCINPEC', from: 2, to: 0 },
  { key: 'NRP', from: 2, to: 0 },
];

/** Label positions of one side, sorted top to bottom. */
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

describe('slopeChart', () => {
  it('slopeChart matches its documented example', () => {
    expect(
      slopeChart(
        [
          { key: 'CPP', from: 90, to: 68 },
          { key: 'FUNCINPEC', from: 2, to: 0 },
          { key: 'NRP', from: 2, to: 0 },
        ],
        { width: 200, height: 90 },
      ),
    ).toEqual([
      { key: 'CPP', x1: 0, y1: 0, x2: 200, y2: 22, labelY1: 0, labelY2: 22, ended: false },
      { key: 'FUNCINPEC', x1: 0, y1: 88, x2: 200, y2: 90, labelY1: 81, labelY2: 83, ended: false },
      { key: 'NRP', x1: 0, y1: 88, x2: 200, y2: 90, labelY1: 95, labelY2: 97, ended: false },
    ]);
  });

  it('slopeChart draws each line from x = 0 to x = width on a y scale [0, max] → [height, 0]', () => {
    const lines = slopeChart(seats, { width: 300, height: 180 });
    expect(lines.map((l) => l.key)).toEqual(['CPP', 'CNRP', 'FUNCINPEC', 'NRP']);
    for (const [i, line] of lines.entries()) {
      expect(line.x1).toBe(0);
      expect(line.x2).toBe(300);
      expect(line.y1).toBeCloseTo(180 - (seats[i]!.from / 90) * 180, 2);
      expect(line.y2).toBeCloseTo(180 - (seats[i]!.to / 90) * 180, 2);
    }
    expect(lines[0]!.y1).toBe(0); // the maximum is at the top
    expect(lines[2]!.y2).toBe(180); // zero is at the bottom
  });

  it.each([
    ['2008 → 2013 seats', seats, 180, 14],
    ['three tied zeros', [{ key: 'a', from: 0, to: 0 }, { key: 'b', from: 0, to: 0 }, { key: 'c', from: 0, to: 0 }], 100, 14],
    ['a cluster in the middle', [{ key: 'a', from: 50, to: 1 }, { key: 'b', from: 51, to: 2 }, { key: 'c', from: 52, to: 3 }, { key: 'd', from: 100, to: 100 }], 200, 20],
    ['a cluster at the top', [{ key: 'a', from: 100, to: 100 }, { key: 'b', from: 99, to: 99 }, { key: 'c', from: 98, to: 0 }], 300, 14],
    ['small parties with 0, 2 and 3 seats', [{ key: 'big', from: 90, to: 68 }, { key: 'x', from: 3, to: 0 }, { key: 'y', from: 2, to: 2 }, { key: 'z', from: 0, to: 3 }], 200, 14],
  ])('slopeChart nudges labels apart (%s): ≥ labelGap apart, in value order, within half a gap of [0, height]', (_, rows, height, labelGap) => {
    const lines = slopeChart(rows, { width: 100, height, labelGap });
    for (const side of ['1', '2'] as const) {
      const labels = lines.map((l) => l[`labelY${side}`]);
      const values = lines.map((l) => l[`y${side}`]);
      // Far enough apart (allowing 0.01 for rounding).
      const s = sorted(labels);
      for (let i = 1; i < s.length; i++) expect(s[i]! - s[i - 1]!).toBeGreaterThanOrEqual(labelGap - 0.011);
      // Within bounds.
      for (const y of labels) {
        expect(y).toBeGreaterThanOrEqual(-labelGap / 2);
        expect(y).toBeLessThanOrEqual(height + labelGap / 2);
      }
      // Order kept: a label never passes a label whose value is strictly lower on screen.
      for (let i = 0; i < lines.length; i++) {
        for (let j = 0; j < lines.length; j++) {
          if (values[i]! < values[j]!) expect(labels[i]).toBeLessThan(labels[j]!);
        }
      }
    }
  });

  it('slopeChart leaves labels that do not collide exactly at their line ends', () => {
    const lines = slopeChart(
      [
        { key: 'a', from: 100, to: 0 },
        { key: 'b', from: 50, to: 50 },
        { key: 'c', from: 0, to: 100 },
      ],
      { width: 100, height: 200 },
    );
    for (const l of lines) {
      expect(l.labelY1).toBe(l.y1);
      expect(l.labelY2).toBe(l.y2);
    }
  });

  it('slopeChart moves a colliding pair symmetrically around their values when there is room', () => {
    const [a, b] = slopeChart(
      [
        { key: 'a', from: 51, to: 51 },
        { key: 'b', from: 49, to: 49 },
        { key: 'top', from: 100, to: 100 },
      ],
      { width: 100, height: 100, labelGap: 10 },
    );
    // Values at y = 49 and 51 (mean 50) → labels at 45 and 55.
    expect([a?.labelY1, b?.labelY1]).toEqual([45, 55]);
  });

  it('slopeChart keeps input order for tied values (first listed is on top)', () => {
    const lines = slopeChart(
      [
        { key: 'FUNCINPEC', from: 2, to: 0 },
        { key: 'NRP', from: 2, to: 0 },
        { key: 'CPP', from: 90, to: 68 },
      ],
      { width: 100, height: 200 },
    );
    expect(lines[0]!.labelY2).toBeLessThan(lines[1]!.labelY2);
    expect(lines[0]!.labelY1).toBeLessThan(lines[1]!.labelY1);
  });

  it('slopeChart spreads labels evenly over [−labelGap / 2, height + labelGap / 2] when there is no room for labelGap', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ key: `p${i}`, from: i, to: i }));
    const lines = slopeChart(rows, { width: 100, height: 40, labelGap: 14 });
    expect(sorted(lines.map((l) => l.labelY1))).toEqual([-7, 6.5, 20, 33.5, 47]);
    // Highest value at the top.
    expect(lines[4]!.labelY1).toBe(-7);
  });

  it('slopeChart handles all-zero values and an empty list', () => {
    expect(slopeChart([], { width: 100, height: 100 })).toEqual([]);
    const [line] = slopeChart([{ key: 'a', from: 0, to: 0 }], { width: 100, height: 100 });
    expect(line).toEqual({ key: 'a', x1: 0, y1: 100, x2: 100, y2: 100, labelY1: 100, labelY2: 100, ended: false });
  });

  it('slopeChart does not mutate its rows', () => {
    const rows = Object.freeze(seats.map((r) => Object.freeze({ ...r })));
    slopeChart(rows, { width: 100, height: 100 });
    expect(rows).toEqual(seats);
  });

  it.each([
    ['a negative value', [{ key: 'a', from: -1, to: 0 }], { width: 100, height: 100 }],
    ['a NaN value', [{ key: 'a', from: 0, to: Number.NaN }], { width: 100, height: 100 }],
    ['a zero height', [], { width: 100, height: 0 }],
    ['a negative labelGap', [], { width: 100, height: 100, labelGap: -1 }],
    ['a negative dotGap', [], { width: 100, height: 100, dotGap: -1 }],
  ])('slopeChart throws a RangeError for %s', (_, rows, opts) => {
    expect(() => slopeChart(rows, opts)).toThrow(RangeError);
  });

  describe('with dotGap, shared ends and a party that did not stand (2008 → 2013 as drawn)', () => {
    /** The 2008 parties: SRP and HRP end at the CNRP's 55, the NRP did not stand. */
    const rows2008 = [
      { key: 'CPP', from: 90, to: 68 },
      { key: 'SRP', from: 26, to: 55, toKey: 'CNRP' },
      { key: 'HRP', from: 3, to: 55, toKey: 'CNRP' },
      { key: 'FUNCINPEC', from: 2, to: 0 },
      { key: 'NRP', from: 2, to: null },
    ];
    const opts = { width: 160, height: 250, labelGap: 19, dotGap: 12 };
    const lines = slopeChart(rows2008, opts);
    const byKey = (key: string) => lines.find((l) => l.key === key)!;
    /** The distinct positions of one side's dots, top to bottom. */
    const dotsOf = (side: '1' | '2') => sorted([...new Set(lines.map((l) => l[`y${side}`]))]);

    it('without dotGap, dots sit exactly at their values, however close', () => {
      const plain = slopeChart(rows2008, { ...opts, dotGap: undefined });
      expect(plain.find((l) => l.key === 'FUNCINPEC')!.y1).toBe(plain.find((l) => l.key === 'NRP')!.y1);
    });

    it('no two dots of a side are closer than dotGap (the 3, 2 and 2 seats of 2008 included)', () => {
      for (const side of ['1', '2'] as const) {
        const dots = dotsOf(side);
        for (let i = 1; i < dots.length; i++) expect(dots[i]! - dots[i - 1]!, `side ${side}: ${dots.join(', ')}`).toBeGreaterThanOrEqual(opts.dotGap - 0.011);
      }
    });

    it('nudged dots keep the order of their values and move as little as they must', () => {
      expect(lines.map((l) => l.key).sort((a, b) => byKey(a).y1 - byKey(b).y1)).toEqual(['CPP', 'SRP', 'HRP', 'FUNCINPEC', 'NRP']);
      // Dots that did not collide stay at their values.
      expect(byKey('CPP').y1).toBe(0);
      expect(byKey('SRP').y1).toBeCloseTo(250 - (26 / 90) * 250, 2);
      // The three small ones spread around where they were: none moves by more than one dotGap.
      for (const [key, seats] of [['HRP', 3], ['FUNCINPEC', 2], ['NRP', 2]] as const) {
        expect(Math.abs(byKey(key).y1 - (250 - (seats / 90) * 250)), key).toBeLessThanOrEqual(opts.dotGap);
      }
    });

    it('rows with the same toKey share one dot and one label after (the merged parties meet)', () => {
      expect(byKey('SRP').y2).toBe(byKey('HRP').y2);
      expect(byKey('SRP').labelY2).toBe(byKey('HRP').labelY2);
      expect(byKey('SRP').y2).toBeCloseTo(250 - (55 / 90) * 250, 2);
    });

    it('a row with to: null is ended, one labelGap below the bottom of the chart, the others unmoved', () => {
      expect(lines.filter((l) => l.ended).map((l) => l.key)).toEqual(['NRP']);
      expect(byKey('NRP').y2).toBe(250 + opts.labelGap);
      expect(byKey('FUNCINPEC').y2).toBe(250);
    });

    it('each label is nearer its own dot than any other dot of its side, and within labelGap − dotGap of it', () => {
      for (const side of ['1', '2'] as const) {
        for (const l of lines) {
          const own = Math.abs(l[`labelY${side}`] - l[`y${side}`]);
          expect(own, `${l.key} (side ${side})`).toBeLessThanOrEqual(opts.labelGap - opts.dotGap + 0.011);
          for (const other of lines) {
            if (other[`y${side}`] !== l[`y${side}`]) expect(own, `${l.key} against ${other.key} (side ${side})`).toBeLessThan(Math.abs(l[`labelY${side}`] - other[`y${side}`]));
          }
        }
      }
    });

    it('labels of a side are at least labelGap apart', () => {
      for (const side of ['1', '2'] as const) {
        const labels = sorted([...new Set(lines.map((l) => l[`labelY${side}`]))]);
        for (let i = 1; i < labels.length; i++) expect(labels[i]! - labels[i - 1]!).toBeGreaterThanOrEqual(opts.labelGap - 0.011);
      }
    });
  });
});
