/**
 * Square tiles of a tile map placed on a grid of `columns` equal columns that
 * fill `width`, with `gap` px between neighbouring tiles.
 * Tile size = (width − gap·(columns − 1)) / columns; (x, y) is the top-left corner.
 *
 * @example
 * tileGrid([{ id: 'a', col: 0, row: 0 }, { id: 'b', col: 2, row: 1 }], { width: 320, gap: 10, columns: 3 })
 * // size = (320 − 20) / 3 = 100
 * // → [ { id: 'a', x: 0, y: 0, size: 100 }, { id: 'b', x: 220, y: 110, size: 100 } ]
 * // The overall height is given by `tileGridHeight` (here 210).
 *
 * Tiles come back in input order; values are rounded to 2 decimals.
 *
 * @throws RangeError if an option is out of range, a tile's col/row is not an
 * integer inside the grid, or two tiles share a cell.
 */
import { round2 } from './round2';

export type TileCell = { id: string; col: number; row: number };
export type TileGridOptions = { width: number; gap: number; columns: number };
export type PlacedTile = { id: string; x: number; y: number; size: number };

export function tileGrid(tiles: readonly TileCell[], opts: TileGridOptions): PlacedTile[] {
  const { width, gap, columns } = opts;
  if (!Number.isInteger(columns) || columns < 1) {
    throw new RangeError(`tileGrid: columns must be an integer ≥ 1, got ${columns}`);
  }
  if (!Number.isFinite(gap) || gap < 0) {
    throw new RangeError(`tileGrid: gap must be a non-negative number, got ${gap}`);
  }
  const size = (width - gap * (columns - 1)) / columns;
  if (!Number.isFinite(size) || size <= 0) {
    throw new RangeError(`tileGrid: width ${width} leaves no room for ${columns} tiles with gap ${gap}`);
  }
  const taken = new Map<string, string>();
  return tiles.map(({ id, col, row }) => {
    if (!Number.isInteger(col) || col < 0 || col >= columns || !Number.isInteger(row) || row < 0) {
      throw new RangeError(`tileGrid: tile "${id}" at col ${col}, row ${row} is outside the ${columns}-column grid`);
    }
    const cell = `${col},${row}`;
    const other = taken.get(cell);
    if (other !== undefined) {
      throw new RangeError(`tileGrid: tiles "${other}" and "${id}" share the cell col ${col}, row ${row}`);
    }
    taken.set(cell, id);
    return { id, x: round2(col * (size + gap)), y: round2(row * (size + gap)), size: round2(size) };
  });
}
