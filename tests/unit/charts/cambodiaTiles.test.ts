import { describe, expect, it } from 'vitest';
import { cambodiaTiles } from '../../../src/lib/charts/cambodiaTiles';

const ids = [
  'banteay-meanchey', 'oddar-meanchey', 'preah-vihear', 'stung-treng', 'ratanakiri',
  'pailin', 'battambang', 'siem-reap', 'kampong-thom', 'kratie', 'mondulkiri',
  'pursat', 'kampong-chhnang', 'kampong-cham',
  'koh-kong', 'kampong-speu', 'phnom-penh', 'kandal', 'prey-veng', 'svay-rieng',
  'sihanoukville', 'kampot', 'takeo',
  'kep',
];

describe('cambodiaTiles', () => {
  it('cambodiaTiles has one tile for each of the 24 constituencies', () => {
    expect(Object.keys(cambodiaTiles)).toHaveLength(24);
    expect(Object.keys(cambodiaTiles).sort()).toEqual([...ids].sort());
  });

  it('cambodiaTiles puts no two constituencies in the same cell', () => {
    const cells = Object.values(cambodiaTiles).map(({ col, row }) => `${col},${row}`);
    expect(new Set(cells).size).toBe(24);
  });

  it('cambodiaTiles fits a 6-column grid with integer cells', () => {
    for (const { col, row } of Object.values(cambodiaTiles)) {
      expect(Number.isInteger(col) && col >= 0 && col < 6).toBe(true);
      expect(Number.isInteger(row) && row >= 0 && row <= 5).toBe(true);
    }
  });

  it.each([
    ['banteay-meanchey', 1, 0], ['oddar-meanchey', 2, 0], ['preah-vihear', 3, 0], ['stung-treng', 4, 0], ['ratanakiri', 5, 0],
    ['pailin', 0, 1], ['battambang', 1, 1], ['siem-reap', 2, 1], ['kampong-thom', 3, 1], ['kratie', 4, 1], ['mondulkiri', 5, 1],
    ['pursat', 1, 2], ['kampong-chhnang', 2, 2], ['kampong-cham', 3, 2],
    ['koh-kong', 0, 3], ['kampong-speu', 1, 3], ['phnom-penh', 2, 3], ['kandal', 3, 3], ['prey-veng', 4, 3], ['svay-rieng', 5, 3],
    ['sihanoukville', 0, 4], ['kampot', 1, 4], ['takeo', 2, 4],
    ['kep', 1, 5],
  ])('cambodiaTiles places %s at col %i, row %i', (id, col, row) => {
    expect(cambodiaTiles[id]).toEqual({ col, row });
  });

  it('cambodiaTiles is roughly geographic: the north-east is up and right of the south-west coast', () => {
    expect(cambodiaTiles['ratanakiri'].col).toBeGreaterThan(cambodiaTiles['koh-kong'].col);
    expect(cambodiaTiles['ratanakiri'].row).toBeLessThan(cambodiaTiles['kep'].row);
    expect(cambodiaTiles['pailin'].col).toBeLessThan(cambodiaTiles['svay-rieng'].col);
  });

  it('cambodiaTiles cannot be mutated', () => {
    expect(Object.isFrozen(cambodiaTiles)).toBe(true);
    expect(Object.values(cambodiaTiles).every((cell) => Object.isFrozen(cell))).toBe(true);
  });
});
