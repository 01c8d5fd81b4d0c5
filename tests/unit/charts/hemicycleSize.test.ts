import { describe, expect, it } from 'vitest';
import { hemicycleSize } from '../../../src/lib/charts/hemicycleSize.ts';

describe('hemicycleSize', () => {
  it('hemicycleSize(123) gives a 600-wide box whose height is outer radius + 2 seat radii', () => {
    const g = hemicycleSize(123);
    expect(g.width).toBe(600);
    expect(g.height).toBeCloseTo(g.outerRadius + 2 * g.seatRadius, 1);
    expect(g.outerRadius + g.seatRadius).toBeCloseTo(300, 1);
    expect(g.cx).toBe(300);
    expect(g.cy).toBeCloseTo(g.height - g.seatRadius, 1);
  });

  it('hemicycleSize(123) matches its documented example', () => {
    expect(hemicycleSize(123)).toEqual({
      width: 600,
      height: 312.7,
      cx: 300,
      cy: 300,
      rows: 6,
      outerRadius: 287.3,
      innerRadius: 114.92,
      seatRadius: 12.7,
      rowRadii: [114.92, 149.4, 183.87, 218.35, 252.82, 287.3],
      rowCounts: [12, 15, 19, 22, 26, 29],
    });
  });

  it.each([1, 2, 7, 50, 123, 200, 450, 650])('hemicycleSize(%i) splits exactly that many seats over its rows', (total) => {
    const g = hemicycleSize(total);
    expect(g.rowCounts).toHaveLength(g.rows);
    expect(g.rowRadii).toHaveLength(g.rows);
    expect(g.rowCounts.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('hemicycleSize(123) gives outer rows more seats than inner rows (proportional to arc length)', () => {
    const { rowCounts, rowRadii } = hemicycleSize(123);
    for (let i = 1; i < rowCounts.length; i++) {
      expect(rowCounts[i]).toBeGreaterThanOrEqual(rowCounts[i - 1]!);
      expect(rowRadii[i]).toBeGreaterThan(rowRadii[i - 1]!);
    }
    const total = rowRadii.reduce((a, b) => a + b, 0);
    rowCounts.forEach((count, i) => {
      expect(Math.abs(count - (123 * rowRadii[i]!) / total)).toBeLessThan(1);
    });
  });

  it('hemicycleSize(123, { innerRatio }) puts the inner row at innerRatio × the outer row', () => {
    for (const innerRatio of [0.2, 0.4, 0.6]) {
      const g = hemicycleSize(123, { innerRatio });
      expect(g.innerRadius / g.outerRadius).toBeCloseTo(innerRatio, 3);
      expect(g.rowRadii[0]).toBe(g.innerRadius);
      expect(g.rowRadii[g.rows - 1]).toBe(g.outerRadius);
    }
  });

  it('hemicycleSize chooses rows that give larger seats than any other row count', () => {
    const auto = hemicycleSize(123);
    for (let rows = 1; rows <= 20; rows++) {
      expect(hemicycleSize(123, { rows }).seatRadius).toBeLessThanOrEqual(auto.seatRadius);
    }
  });

  it('hemicycleSize returns fresh arrays each call', () => {
    const a = hemicycleSize(123);
    a.rowCounts[0] = 999;
    expect(hemicycleSize(123).rowCounts[0]).not.toBe(999);
  });

  it.each([0, 2.5, -3])('hemicycleSize(%s) throws a RangeError', (total) => {
    expect(() => hemicycleSize(total)).toThrow(RangeError);
  });
});
