import { describe, expect, it } from 'vitest';
import { hemicycleSeats } from '../../../src/lib/charts/hemicycleSeats.ts';
import { hemicycleSize } from '../../../src/lib/charts/hemicycleSize.ts';

const hasTwoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

/** Smallest centre-to-centre distance between any two seats. */
function minDistance(seats: { x: number; y: number }[]): number {
  let min = Infinity;
  for (const [i, a] of seats.entries()) {
    for (const b of seats.slice(i + 1)) min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y));
  }
  return min;
}

describe('hemicycleSeats', () => {
  it('hemicycleSeats(123) returns 123 seats indexed 0…122 in order', () => {
    const seats = hemicycleSeats(123);
    expect(seats).toHaveLength(123);
    expect(seats.map((s) => s.index)).toEqual(Array.from({ length: 123 }, (_, i) => i));
  });

  it.each([123, 125])('hemicycleSeats(%i) draws any chamber: that many seats, none overlapping, the first 120 in one wedge', (total) => {
    const seats = hemicycleSeats(total, { width: 300 });
    expect(seats).toHaveLength(total);
    expect(minDistance(seats)).toBeGreaterThan(2 * seats[0]!.r);
    const leftmostOfRest = Math.max(...seats.slice(120).map((s) => s.angle));
    expect(Math.min(...seats.slice(0, 120).map((s) => s.angle))).toBeGreaterThanOrEqual(leftmostOfRest);
  });

  it('hemicycleSeats(123) orders seats left to right by angle, from π down to 0', () => {
    const seats = hemicycleSeats(123);
    expect(seats[0]?.angle).toBeCloseTo(Math.PI, 4);
    expect(seats[122]?.angle).toBe(0);
    for (let i = 1; i < seats.length; i++) {
      expect(seats[i]!.angle).toBeLessThanOrEqual(seats[i - 1]!.angle);
    }
  });

  it('hemicycleSeats(123) breaks angle ties from the outer row to the inner row', () => {
    const seats = hemicycleSeats(123);
    const { rows } = hemicycleSize(123);
    // Every row has a seat at each end (angle π and angle 0).
    const left = seats.slice(0, rows);
    expect(left.map((s) => s.row)).toEqual(Array.from({ length: rows }, (_, i) => rows - 1 - i));
    const right = seats.slice(-rows);
    expect(right.map((s) => s.row)).toEqual(Array.from({ length: rows }, (_, i) => rows - 1 - i));
    for (let i = 1; i < seats.length; i++) {
      const [before, seat] = [seats[i - 1]!, seats[i]!];
      if (seat.angle === before.angle) expect(seat.row).toBeLessThan(before.row);
    }
  });

  it('hemicycleSeats(123) puts the first 68 seats in a wedge entirely left of the other 55', () => {
    const seats = hemicycleSeats(123);
    const cpp = seats.slice(0, 68);
    const cnrp = seats.slice(68);
    const smallestCppAngle = Math.min(...cpp.map((s) => s.angle));
    const largestCnrpAngle = Math.max(...cnrp.map((s) => s.angle));
    expect(smallestCppAngle).toBeGreaterThanOrEqual(largestCnrpAngle);
    // The majority wedge crosses the vertical: it reaches past the top centre.
    expect(smallestCppAngle).toBeLessThan(Math.PI / 2);
    // …and every row contributes seats to both blocks.
    const { rows } = hemicycleSize(123);
    for (let row = 0; row < rows; row++) {
      expect(cpp.some((s) => s.row === row)).toBe(true);
      expect(cnrp.some((s) => s.row === row)).toBe(true);
    }
  });

  it('hemicycleSeats(123) uses between 6 and 8 rows by default', () => {
    const rows = new Set(hemicycleSeats(123).map((s) => s.row));
    expect(rows.size).toBeGreaterThanOrEqual(6);
    expect(rows.size).toBeLessThanOrEqual(8);
  });

  it.each([
    [1, {}],
    [2, {}],
    [3, {}],
    [7, {}],
    [10, {}],
    [50, {}],
    [123, {}],
    [123, { rows: 3 }],
    [123, { rows: 12 }],
    [123, { innerRatio: 0.2 }],
    [123, { innerRatio: 0.8, width: 900 }],
    [300, { width: 320 }],
    [450, {}],
  ])('hemicycleSeats(%i, %o) places seats that never overlap (centres ≥ 2r apart)', (total, opts) => {
    const seats = hemicycleSeats(total, opts);
    expect(seats).toHaveLength(total);
    const r = seats[0]!.r;
    if (total > 1) expect(minDistance(seats)).toBeGreaterThanOrEqual(2 * r);
    expect(r).toBeGreaterThan(0);
  });

  it.each([
    [1, {}],
    [123, {}],
    [123, { rows: 8, width: 1000 }],
    [123, { innerRatio: 0.15 }],
    [650, { width: 480 }],
  ])('hemicycleSeats(%i, %o) keeps every seat inside the hemicycleSize box', (total, opts) => {
    const { width, height } = hemicycleSize(total, opts);
    const tolerance = 0.02; // rounding of coordinates and radius
    for (const s of hemicycleSeats(total, opts)) {
      expect(s.x - s.r).toBeGreaterThanOrEqual(-tolerance);
      expect(s.x + s.r).toBeLessThanOrEqual(width + tolerance);
      expect(s.y - s.r).toBeGreaterThanOrEqual(-tolerance);
      expect(s.y + s.r).toBeLessThanOrEqual(height + tolerance);
    }
  });

  it('hemicycleSeats(123) fills the box: outer seats touch the left, right, top and bottom edges', () => {
    const { width, height } = hemicycleSize(123);
    const seats = hemicycleSeats(123);
    const r = seats[0]!.r;
    expect(Math.min(...seats.map((s) => s.x - s.r))).toBeCloseTo(0, 1);
    expect(Math.max(...seats.map((s) => s.x + s.r))).toBeCloseTo(width, 1);
    expect(Math.min(...seats.map((s) => s.y - s.r))).toBeCloseTo(0, 1);
    expect(Math.max(...seats.map((s) => s.y))).toBeCloseTo(height - r, 1);
  });

  it('hemicycleSeats(123) puts each seat on its row’s arc around (cx, cy)', () => {
    const { cx, cy, rowRadii } = hemicycleSize(123);
    for (const s of hemicycleSeats(123)) {
      expect(Math.hypot(s.x - cx, s.y - cy)).toBeCloseTo(rowRadii[s.row]!, 1);
      expect(s.y).toBeLessThanOrEqual(cy + 0.01);
    }
  });

  it('hemicycleSeats(123) spaces seats evenly: neighbour spacing differs by under 15 % between rows', () => {
    const seats = hemicycleSeats(123);
    const { rows } = hemicycleSize(123);
    const spacings: number[] = [];
    for (let row = 0; row < rows; row++) {
      const inRow = seats.filter((s) => s.row === row);
      for (let i = 1; i < inRow.length; i++) {
        const [before, seat] = [inRow[i - 1]!, inRow[i]!];
        spacings.push(Math.hypot(seat.x - before.x, seat.y - before.y));
      }
    }
    const min = Math.min(...spacings);
    const max = Math.max(...spacings);
    expect(max / min).toBeLessThan(1.15);
  });

  it('hemicycleSeats(n, { rows }) uses exactly the requested number of rows', () => {
    for (const rows of [1, 2, 5, 9]) {
      const used = new Set(hemicycleSeats(123, { rows }).map((s) => s.row));
      expect(used.size).toBe(rows);
    }
  });

  it('hemicycleSeats(1) puts the single seat at the top centre', () => {
    const [seat] = hemicycleSeats(1);
    const { cx } = hemicycleSize(1);
    expect(seat?.x).toBe(cx);
    expect(seat?.angle).toBeCloseTo(Math.PI / 2, 4);
  });

  it('hemicycleSeats(123) rounds x, y and r to 2 decimals and is deterministic', () => {
    const a = hemicycleSeats(123);
    expect(a.every((s) => hasTwoDecimals(s.x) && hasTwoDecimals(s.y) && hasTwoDecimals(s.r))).toBe(true);
    expect(a.every((s) => !Object.is(s.x, -0) && !Object.is(s.y, -0))).toBe(true);
    expect(hemicycleSeats(123)).toEqual(a);
  });

  it('hemicycleSeats(123, width) scales linearly with the width', () => {
    const small = hemicycleSeats(123, { width: 300 });
    const large = hemicycleSeats(123, { width: 600 });
    expect(large).toHaveLength(small.length);
    small.forEach((s, i) => {
      const l = large[i]!;
      expect(l.x).toBeCloseTo(2 * s.x, 1);
      expect(l.y).toBeCloseTo(2 * s.y, 1);
      expect(l.row).toBe(s.row);
    });
  });

  it('hemicycleSeats does not mutate its options', () => {
    const opts = Object.freeze({ rows: 6, innerRatio: 0.4, width: 600 });
    expect(() => hemicycleSeats(123, opts)).not.toThrow();
    expect(opts).toEqual({ rows: 6, innerRatio: 0.4, width: 600 });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('hemicycleSeats(%s) throws a RangeError', (total) => {
    expect(() => hemicycleSeats(total)).toThrow(RangeError);
  });

  it.each([
    [{ rows: 0 }],
    [{ rows: 2.5 }],
    [{ rows: 11 }], // more rows than seats
    [{ innerRatio: 0 }],
    [{ innerRatio: 1 }],
    [{ width: 0 }],
    [{ width: Number.NaN }],
  ])('hemicycleSeats(10, %o) throws a RangeError for an option out of range', (opts) => {
    expect(() => hemicycleSeats(10, opts)).toThrow(RangeError);
  });
});
