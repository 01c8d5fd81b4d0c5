/**
 * Positions of `count` square dots laid out row by row (left to right, then
 * top to bottom) — e.g. the seats inside a constituency tile.
 * Each position is the dot's top-left corner (ready for an SVG <rect>).
 *
 * @example
 * dotGrid(5, { columns: 3, size: 10, gap: 2 })
 * // → [ { x: 0, y: 0 }, { x: 12, y: 0 }, { x: 24, y: 0 },
 * //     { x: 0, y: 12 }, { x: 12, y: 12 } ]
 * // The grid spans columns·size + (columns − 1)·gap = 34 px across when full.
 *
 * Values are rounded to 2 decimals.
 *
 * @throws RangeError if `count` is not a non-negative integer, `columns` is not
 * an integer ≥ 1, `size` is not positive or `gap` is negative.
 */
import { round2 } from './round2';

export type DotGridOptions = { columns: number; size: number; gap: number };

export function dotGrid(count: number, opts: DotGridOptions): { x: number; y: number }[] {
  const { columns, size, gap } = opts;
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`dotGrid: count must be a non-negative integer, got ${count}`);
  }
  if (!Number.isInteger(columns) || columns < 1) {
    throw new RangeError(`dotGrid: columns must be an integer ≥ 1, got ${columns}`);
  }
  if (!Number.isFinite(size) || size <= 0) {
    throw new RangeError(`dotGrid: size must be a positive number, got ${size}`);
  }
  if (!Number.isFinite(gap) || gap < 0) {
    throw new RangeError(`dotGrid: gap must be a non-negative number, got ${gap}`);
  }
  const step = size + gap;
  return Array.from({ length: count }, (_, i) => ({
    x: round2((i % columns) * step),
    y: round2(Math.floor(i / columns) * step),
  }));
}
