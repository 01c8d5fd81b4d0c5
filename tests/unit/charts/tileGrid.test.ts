import { describe, expect, it } from 'vitest';
import { tileGrid } from '../../../src/lib/charts/tileGrid';
import { tileGridHeight } from '../../../src/lib/charts/tileGridHeight';
import { cambodiaTiles } from '../../../src/lib/charts/cambodiaTiles';

const cambodia = Object.entries(cambodiaTiles).map(([id, cell]) => ({ id, ...cell }));

describe('tileGrid', () => {
  it('tileGrid sizes tiles as (width − gap·(columns − 1)) / columns and places them by col and row', () => {
    expect(
      tileGrid(
        [
          { id: 'a', col: 0, row: 0 },
          { id: 'b', col: 2, row: 1 },
        ],
        { width: 320, gap: 10, columns: 3 },
      ),
    ).toEqual([
      { id: 'a', x: 0, y: 0, size: 100 },
      { id: 'b', x: 220, y: 110, size: 100 },
    ]);
  });

  it('tileGrid lays out the 24 Cambodian constituencies without overlaps, inside the width and height', () => {
    const opts = { width: 600, gap: 4, columns: 6 };
    const tiles = tileGrid(cambodia, opts);
    const height = tileGridHeight(cambodia, opts);
    expect(tiles).toHaveLength(24);
    for (const t of tiles) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.y).toBeGreaterThanOrEqual(0);
      expect(t.x + t.size).toBeLessThanOrEqual(600 + 0.01);
      expect(t.y + t.size).toBeLessThanOrEqual(height + 0.01);
    }
    for (let i = 0; i < tiles.length; i++) {
      for (let j = i + 1; j < tiles.length; j++) {
        const a = tiles[i];
        const b = tiles[j];
        const apart = a.x + a.size + 4 <= b.x + 0.02 || b.x + b.size + 4 <= a.x + 0.02 ||
          a.y + a.size + 4 <= b.y + 0.02 || b.y + b.size + 4 <= a.y + 0.02;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
    // The rightmost column ends at the full width; the bottom row at the full height.
    expect(Math.max(...tiles.map((t) => t.x + t.size))).toBeCloseTo(600, 1);
    expect(Math.max(...tiles.map((t) => t.y + t.size))).toBeCloseTo(height, 1);
  });

  it('tileGrid keeps the input order and ids', () => {
    const tiles = tileGrid(cambodia, { width: 300, gap: 2, columns: 6 });
    expect(tiles.map((t) => t.id)).toEqual(cambodia.map((c) => c.id));
  });

  it('tileGrid rounds positions and size to 2 decimals', () => {
    for (const t of tileGrid(cambodia, { width: 301, gap: 3, columns: 6 })) {
      for (const v of [t.x, t.y, t.size]) expect(Math.abs(v * 100 - Math.round(v * 100))).toBeLessThan(1e-6);
    }
  });

  it('tileGrid does not mutate its tiles', () => {
    const tiles = Object.freeze([Object.freeze({ id: 'a', col: 1, row: 2 })]);
    tileGrid(tiles, { width: 100, gap: 0, columns: 2 });
    expect(tiles).toEqual([{ id: 'a', col: 1, row: 2 }]);
  });

  it.each([
    ['a column past the grid', [{ id: 'a', col: 3, row: 0 }], { width: 100, gap: 0, columns: 3 }],
    ['a negative row', [{ id: 'a', col: 0, row: -1 }], { width: 100, gap: 0, columns: 3 }],
    ['a fractional column', [{ id: 'a', col: 0.5, row: 0 }], { width: 100, gap: 0, columns: 3 }],
    ['two tiles in one cell', [{ id: 'a', col: 1, row: 1 }, { id: 'b', col: 1, row: 1 }], { width: 100, gap: 0, columns: 3 }],
    ['zero columns', [], { width: 100, gap: 0, columns: 0 }],
    ['gaps wider than the width', [], { width: 10, gap: 10, columns: 3 }],
  ])('tileGrid throws a RangeError for %s', (_, tiles, opts) => {
    expect(() => tileGrid(tiles, opts)).toThrow(RangeError);
  });
});

describe('tileGridHeight', () => {
  it.each([
    [[{ row: 0 }], { width: 320, gap: 10, columns: 3 }, 100],
    [[{ row: 0 }, { row: 1 }], { width: 320, gap: 10, columns: 3 }, 210],
    [[{ row: 2 }], { width: 320, gap: 10, columns: 3 }, 320],
    [[], { width: 320, gap: 10, columns: 3 }, 0],
  ])('tileGridHeight(%j, %o) is %s', (tiles, opts, expected) => {
    expect(tileGridHeight(tiles, opts)).toBe(expected);
  });

  it('tileGridHeight of the Cambodia map is six rows of tiles and five gaps', () => {
    // size = (600 − 5·4) / 6 = 96.67 → 6·96.67 + 5·4 = 600
    expect(tileGridHeight(cambodia, { width: 600, gap: 4, columns: 6 })).toBe(600);
  });

  it('tileGridHeight throws a RangeError for a negative row', () => {
    expect(() => tileGridHeight([{ row: -1 }], { width: 100, gap: 0, columns: 2 })).toThrow(RangeError);
  });
});
