import { describe, expect, it } from 'vitest';
import { dotGrid } from '../../../src/lib/charts/dotGrid';

describe('dotGrid', () => {
  it('dotGrid(5, { columns: 3, size: 10, gap: 2 }) lays dots out row by row', () => {
    expect(dotGrid(5, { columns: 3, size: 10, gap: 2 })).toEqual([
      { x: 0, y: 0 },
      { x: 12, y: 0 },
      { x: 24, y: 0 },
      { x: 0, y: 12 },
      { x: 12, y: 12 },
    ]);
  });

  it('dotGrid(0, …) returns no dots', () => {
    expect(dotGrid(0, { columns: 3, size: 10, gap: 2 })).toEqual([]);
  });

  it.each([
    [18, 4, 7, 1.5],
    [12, 3, 5, 0],
    [1, 1, 9, 3],
    [50, 7, 3.3, 0.7],
  ])('dotGrid(%i, columns %i, size %s, gap %s) returns non-overlapping squares in reading order', (count, columns, size, gap) => {
    const dots = dotGrid(count, { columns, size, gap });
    expect(dots).toHaveLength(count);
    // Reading order: each dot is right of the previous one in its row, or starts a lower row.
    for (let i = 1; i < dots.length; i++) {
      const sameRow = dots[i].y === dots[i - 1].y;
      if (sameRow) expect(dots[i].x).toBeGreaterThan(dots[i - 1].x);
      else {
        expect(dots[i].y).toBeGreaterThan(dots[i - 1].y);
        expect(dots[i].x).toBe(0);
      }
    }
    // No two squares overlap.
    for (let i = 0; i < dots.length; i++) {
      for (let j = i + 1; j < dots.length; j++) {
        const apart =
          Math.abs(dots[i].x - dots[j].x) >= size - 0.01 || Math.abs(dots[i].y - dots[j].y) >= size - 0.01;
        expect(apart).toBe(true);
      }
    }
    // Never more than `columns` dots per row, and within the grid's width.
    const maxRight = Math.max(...dots.map((d) => d.x + size));
    expect(maxRight).toBeLessThanOrEqual(columns * size + (columns - 1) * gap + 0.01);
    expect(new Set(dots.map((d) => d.x)).size).toBeLessThanOrEqual(columns);
    expect(new Set(dots.map((d) => d.y)).size).toBe(Math.ceil(count / columns));
  });

  it('dotGrid rounds positions to 2 decimals', () => {
    for (const { x, y } of dotGrid(10, { columns: 3, size: 1 / 3, gap: 1 / 7 })) {
      expect(Math.abs(x * 100 - Math.round(x * 100))).toBeLessThan(1e-6);
      expect(Math.abs(y * 100 - Math.round(y * 100))).toBeLessThan(1e-6);
    }
  });

  it('dotGrid does not mutate its options', () => {
    const opts = Object.freeze({ columns: 2, size: 4, gap: 1 });
    dotGrid(3, opts);
    expect(opts).toEqual({ columns: 2, size: 4, gap: 1 });
  });

  it.each([
    [-1, { columns: 3, size: 10, gap: 2 }],
    [2.5, { columns: 3, size: 10, gap: 2 }],
    [3, { columns: 0, size: 10, gap: 2 }],
    [3, { columns: 1.5, size: 10, gap: 2 }],
    [3, { columns: 3, size: 0, gap: 2 }],
    [3, { columns: 3, size: 10, gap: -1 }],
  ])('dotGrid(%s, %o) throws a RangeError', (count, opts) => {
    expect(() => dotGrid(count, opts)).toThrow(RangeError);
  });
});
