import { storyElection } from '../../lib/data/elections.ts';
import { round2 } from '../../lib/charts/round2.ts';
import { seatCount, shortName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import type { Label } from '../types.ts';
import { locatorMap, type Locator } from './locator.ts';

/** As wide as the chart is drawn on a phone (a unit ≈ a CSS pixel at 375 px): five tiles a row, each as wide as its name needs at 12 px. */
const WIDTH = 350;
/** From one column (row) of tiles to the next; tiles are this less GAP. */
const COL_STEP = 70;
const ROW_STEP = 50;
const GAP = 1;
/** The legend line above the tiles. */
const HEAD = 26;
/**
 * Inside a tile: where the name starts (close to the edge: at 12 px "Phnom Penh" takes 63 of a
 * tile's 69 units, and more where the chart is drawn narrower than 350 px, as in "Show all") and
 * its baseline; where the seat count ends and its baseline; the margin and the top of the dots.
 */
const NAME_AT = { dx: 2, dy: 15 };
const COUNT_AT = { dx: COL_STEP - GAP - 3, dy: 38 };
const DOTS_AT = { dx: 3, dy: 21 };
/** Seat dots: distance between centres, diameter, and at most this many in a row (18 seats make three rows). */
const DOT_STEP = 6.8;
const DOT_SIZE = 5.6;
const DOTS_PER_ROW = 6;

/**
 * One constituency's tile: where it is (its top-left corner), the name printed on it (a short form
 * when the full one is too long) and its number of seats (a number: the component writes it in the
 * page's digits, so that the scene holds no figure as text).
 */
export type Tile = { id: string; label: string; x: number; y: number; seats: number };

/** Everything the provinces chart draws, in its own units (viewBox 0 0 width height). */
export type ProvincesScene = {
  width: number;
  height: number;
  /** The size of every tile, and where its name and its seat count (right-aligned) are written from its corner. */
  tileSize: { width: number; height: number };
  nameAt: { dx: number; dy: number };
  countAt: { dx: number; dy: number };
  tiles: Tile[];
  /**
   * The seats, one dot `dotSize` across each: for each party, in result order, the centre of its
   * first dot (x, y), then the step (dx, dy) to the centre of each next one. In each tile the dots
   * fill columns of up to three from the left, the first party's first.
   */
  dots: { party: string; steps: number[] }[];
  dotSize: number;
  /** The legend: a swatch (at `swatch`) and the name of each party, then what a dot is. */
  legend: (Label & { swatch?: { x: number; y: number; party: string } })[];
  /** Cambodia among its neighbours, in the corner the tiles leave empty (or below them). */
  locator: Locator;
};

/**
 * The provinces chart: the constituencies of the story's election as a tile map, each tile where
 * data/election.json `tile` puts it (column 0 in the west, row 0 in the north), showing its name,
 * its number of seats and one dot per seat coloured by the party that won it; and a locator map of
 * Cambodia in its region, in the bottom-right corner of the map if no tile is there.
 *
 *   provincesScene(dataset).tiles.find((t) => t.id === 'phnom-penh')
 *   // → { id: 'phnom-penh', label: 'Phnom Penh', x: 140.5, y: 176, seats: 12 }
 */
export function provincesScene(data: Dataset): ProvincesScene {
  const parties = storyElection(data)
    .results.filter((r) => r.seats > 0)
    .map((r) => r.party);
  const constituencies = data.election.constituencies;
  const cols = Math.max(...constituencies.map((c) => c.tile.col)) + 1;
  const rows = Math.max(...constituencies.map((c) => c.tile.row)) + 1;
  const x0 = round2((WIDTH - (cols * COL_STEP - GAP)) / 2);
  const tileSize = { width: COL_STEP - GAP, height: ROW_STEP - GAP };

  // Tiles row by row, west to east: the order a reader scans them in, and the most regular path data.
  const placed = [...constituencies].sort((a, b) => a.tile.row - b.tile.row || a.tile.col - b.tile.col);
  const tiles = placed.map((c): Tile => ({ id: c.id, label: c.tile.label ?? c.name, x: round2(x0 + c.tile.col * COL_STEP), y: round2(HEAD + c.tile.row * ROW_STEP), seats: seatCount(c.seats) }));
  const dots = new Map(parties.map((p): [string, number[]] => [p, []]));
  placed.forEach((c, i) => {
    const tile = tiles[i]!;
    const dotRows = Math.max(1, Math.ceil(tile.seats / DOTS_PER_ROW));
    let k = 0;
    for (const party of parties) {
      for (let j = 0; j < (c.seats[party] ?? 0); j++, k++) {
        dots.get(party)!.push(round2(tile.x + DOTS_AT.dx + DOT_SIZE / 2 + Math.floor(k / dotRows) * DOT_STEP), round2(tile.y + DOTS_AT.dy + DOT_SIZE / 2 + (k % dotRows) * DOT_STEP));
      }
    }
  });

  // The locator takes the 2 × 2 tiles of the bottom-right corner when they are free, else a row of its own below the map.
  const cornerFree = !constituencies.some((c) => c.tile.col >= cols - 2 && c.tile.row >= rows - 2);
  const inset = { x: round2(x0 + (cols - 2) * COL_STEP), y: round2(HEAD + (cornerFree ? rows - 2 : rows) * ROW_STEP), width: 2 * COL_STEP - GAP, height: 2 * ROW_STEP - GAP };
  const height = round2(inset.y + inset.height);

  return {
    width: WIDTH,
    height,
    tileSize,
    nameAt: NAME_AT,
    countAt: COUNT_AT,
    tiles,
    dots: parties.map((party) => ({ party, steps: asSteps(dots.get(party)!) })),
    dotSize: DOT_SIZE,
    legend: legendOf(data, parties, x0),
    locator: locatorMap(inset, { Cambodia: data.copy.chartText.cambodia, Thailand: data.copy.chartText.thailand, Laos: data.copy.chartText.laos, Vietnam: data.copy.chartText.vietnam }),
  };
}

/** Points [x, y, x, y, …] as the first point then the steps between them: [x, y, dx, dy, …]. */
function asSteps(points: number[]): number[] {
  return points.map((n, i) => (i < 2 ? n : round2(n - points[i - 2]!)));
}

/**
 * The legend line: a swatch and the short name of each winning party, left to right, then what a
 * dot stands for, right-aligned.
 */
function legendOf(data: Dataset, parties: string[], x0: number): ProvincesScene['legend'] {
  const y = 15;
  const legend: ProvincesScene['legend'] = [];
  let x = x0 + DOT_SIZE / 2 + 1;
  for (const party of parties) {
    const name = shortName(data, party);
    legend.push({ text: name, x: round2(x + 8), y, anchor: 'start', className: `label label-${party}`, swatch: { x: round2(x), y: y - 4, party } });
    // Party short names are capitals: about 8.5 units each at the legend's size, then a gap.
    x += 8 + name.length * 8.5 + 16;
  }
  legend.push({ text: data.copy.chartText.perSeat, x: round2(WIDTH - x0), y, anchor: 'end', className: 'label-note' });
  return legend;
}
