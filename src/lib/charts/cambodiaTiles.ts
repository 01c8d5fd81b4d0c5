/**
 * Schematic tile map of Cambodia's 24 constituencies (23 provinces + Phnom Penh)
 * for the 2013 election, on a 6-column grid: north at the top, west at the left.
 * Feed it to `tileGrid` as `Object.entries(cambodiaTiles).map(([id, c]) => ({ id, ...c }))`.
 *
 * @example
 * cambodiaTiles['phnom-penh'] // → { col: 2, row: 3 }
 * cambodiaTiles['kep']        // → { col: 1, row: 5 }
 *
 *   col:  0               1                 2                3              4            5
 * row 0:                  banteay-meanchey  oddar-meanchey   preah-vihear   stung-treng  ratanakiri
 * row 1:  pailin          battambang        siem-reap        kampong-thom   kratie       mondulkiri
 * row 2:                  pursat            kampong-chhnang  kampong-cham
 * row 3:  koh-kong        kampong-speu      phnom-penh       kandal         prey-veng    svay-rieng
 * row 4:  sihanoukville   kampot            takeo
 * row 5:                  kep
 *
 * The object and its entries are frozen.
 */
export type TilePosition = { readonly col: number; readonly row: number };

const tile = (col: number, row: number): TilePosition => Object.freeze({ col, row });

export const cambodiaTiles: Readonly<Record<string, TilePosition>> = Object.freeze({
  'banteay-meanchey': tile(1, 0),
  'oddar-meanchey': tile(2, 0),
  'preah-vihear': tile(3, 0),
  'stung-treng': tile(4, 0),
  ratanakiri: tile(5, 0),

  pailin: tile(0, 1),
  battambang: tile(1, 1),
  'siem-reap': tile(2, 1),
  'kampong-thom': tile(3, 1),
  kratie: tile(4, 1),
  mondulkiri: tile(5, 1),

  pursat: tile(1, 2),
  'kampong-chhnang': tile(2, 2),
  'kampong-cham': tile(3, 2),

  'koh-kong': tile(0, 3),
  'kampong-speu': tile(1, 3),
  'phnom-penh': tile(2, 3),
  kandal: tile(3, 3),
  'prey-veng': tile(4, 3),
  'svay-rieng': tile(5, 3),

  sihanoukville: tile(0, 4),
  kampot: tile(1, 4),
  takeo: tile(2, 4),

  kep: tile(1, 5),
});
