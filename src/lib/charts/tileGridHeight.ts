/**
 * Overall height of a `tileGrid` layout: enough for its lowest row of tiles.
 *
 * @example
 * tileGridHeight([{ id: 'a', col: 0, row: 0 }, { id: 'b', col: 2, row: 1 }], { width: 320, gap: 10, columns: 3 })
 * // size 100, two rows → 2·100 + 1·10 = 210
 * tileGridHeight([], { width: 320, gap: 10, columns: 3 }) // → 0
 *
 * Rounded to 2 decimals.
 *
 * @throws RangeError if the options leave no room for a tile, or a row is not a non-negative integer.
 */
import { round2 } from './round2';
import type { TileCell, TileGridOptions } from './tileGrid';

export function tileGridHeight(tiles: readonly Pick<TileCell, 'row'>[], opts: TileGridOptions): number {
  const { width, gap, columns } = opts;
  if (!Number.isInteger(columns) || columns < 1 || !Number.isFinite(gap) || gap < 0) {
    throw new RangeError(`tileGridHeight: invalid grid options (columns ${columns}, gap ${gap})`);
  }
  const size = (width - gap * (columns - 1)) / columns;
  if (!Number.isFinite(size) || size <= 0) {
    throw new RangeError(`tileGridHeight: width ${width} leaves no room for ${columns} tiles with gap ${gap}`);
  }
  if (tiles.length === 0) return 0;
  let maxRow = 0;
  for (const { row } of tiles) {
    if (!Number.isInteger(row) || row < 0) {
      throw new RangeError(`tileGridHeight: row must be a non-negative integer, got ${row}`);
    }
    maxRow = Math.max(maxRow, row);
  }
  const rows = maxRow + 1;
  return round2(rows * size + (rows - 1) * gap);
}
