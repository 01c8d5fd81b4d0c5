import { round2 } from './round2.ts';

/** How to lay out a hemicycle: every option has a default. */
export type HemicycleOptions = {
  /** Number of concentric rows; default: the count (≤ total) giving the largest seats. */
  rows?: number;
  /** Inner row radius as a fraction of the outer row radius, in (0, 1); default 0.4. */
  innerRatio?: number;
  /** Width of the chart box in px; default 600. */
  width?: number;
};

/** The size of a hemicycle and of its rows, in px: what `hemicycleSize` gives. */
export type HemicycleGeometry = {
  width: number;
  height: number;
  /** Centre of the arcs. */
  cx: number;
  cy: number;
  rows: number;
  /** Radius of the outermost row of seat centres. */
  outerRadius: number;
  /** Radius of the innermost row of seat centres. */
  innerRadius: number;
  seatRadius: number;
  /** Radius of each row of seat centres, inner to outer (rounded). */
  rowRadii: number[];
  /** Seats in each row, inner to outer; sums to `total`. */
  rowCounts: number[];
};

/** Defaults used when an option is omitted. */
const DEFAULT_WIDTH = 600;
const DEFAULT_INNER_RATIO = 0.4;
/** Seat radius as a fraction of the smallest centre-to-centre distance. */
const SEAT_FILL = 0.4;
/** Upper bound on rows tried when choosing the row count automatically. */
const MAX_AUTO_ROWS = 100;

/** Unrounded layout with outer row radius 1; everything scales linearly from it. */
type UnitLayout = { radii: number[]; counts: number[]; seatRadius: number };

/**
 * Geometry of a parliament hemicycle: how many rows, how many seats per row,
 * the row radii, the seat radius and the size of the box that holds it all.
 * `hemicycleSeats` places the seats from this; charts use it to size the SVG.
 *
 * @example
 * hemicycleSize(123) // default width 600, innerRatio 0.4, rows chosen for the largest seats
 * // → { width: 600, height: 312.7, cx: 300, cy: 300, rows: 6,
 * //     outerRadius: 287.3, innerRadius: 114.92, seatRadius: 12.7,
 * //     rowRadii: [114.92, 149.4, 183.87, 218.35, 252.82, 287.3],
 * //     rowCounts: [12, 15, 19, 22, 26, 29] }
 *
 * Conventions:
 * - Row 0 is the innermost row; row `rows - 1` is the outermost.
 * - Row radii are evenly spaced from `innerRadius` to `outerRadius` (radii of seat centres).
 * - Seats go to rows in proportion to each row's arc length (largest remainder,
 *   ties to the outer row), so spacing along every arc is about the same.
 * - In a row of n > 1 seats the seats sit at angles π·(1 − j/(n − 1)), j = 0…n−1
 *   (both ends on the baseline); a row of one seat has it at the top (π/2).
 * - `seatRadius` is 40 % of the smallest centre-to-centre distance, so no two
 *   seats overlap and there is a visible gap between neighbours.
 * - The whole chart fits in [0, width] × [0, height]: the outer seats touch the
 *   left, right and top edges; the arcs' centre is (cx, cy) = (width/2, height − seatRadius),
 *   so the seats on the baseline touch the bottom edge. Thus
 *   width / 2 = outerRadius + seatRadius and height = outerRadius + 2·seatRadius.
 * - All lengths are rounded to 2 decimals.
 */
export function hemicycleSize(total: number, opts: HemicycleOptions = {}): HemicycleGeometry {
  if (!Number.isInteger(total) || total < 1) {
    throw new RangeError(`hemicycleSize: total must be an integer ≥ 1, got ${total}`);
  }
  const width = opts.width ?? DEFAULT_WIDTH;
  const innerRatio = opts.innerRatio ?? DEFAULT_INNER_RATIO;
  if (!Number.isFinite(width) || width <= 0) {
    throw new RangeError(`hemicycleSize: width must be a positive number, got ${width}`);
  }
  if (!Number.isFinite(innerRatio) || innerRatio <= 0 || innerRatio >= 1) {
    throw new RangeError(`hemicycleSize: innerRatio must be in (0, 1), got ${innerRatio}`);
  }

  let unit: UnitLayout;
  if (opts.rows !== undefined) {
    if (!Number.isInteger(opts.rows) || opts.rows < 1 || opts.rows > total) {
      throw new RangeError(`hemicycleSize: rows must be an integer in [1, ${total}], got ${opts.rows}`);
    }
    unit = unitLayout(total, opts.rows, innerRatio);
  } else {
    // Try every row count and keep the one with the largest seats (fewest rows on ties).
    unit = unitLayout(total, 1, innerRatio);
    for (let rows = 2; rows <= Math.min(total, MAX_AUTO_ROWS); rows++) {
      const candidate = unitLayout(total, rows, innerRatio);
      if (candidate.seatRadius > unit.seatRadius + 1e-12) unit = candidate;
    }
  }

  // Scale so that outerRadius + seatRadius = width / 2.
  const scale = width / 2 / (1 + unit.seatRadius);
  const outerRadius = scale;
  const seatRadius = unit.seatRadius * scale;
  const cy = outerRadius + seatRadius;
  return {
    width: round2(width),
    height: round2(outerRadius + 2 * seatRadius),
    cx: round2(width / 2),
    cy: round2(cy),
    rows: unit.radii.length,
    outerRadius: round2(outerRadius),
    // Radii grow outwards: the smallest is the innermost row's.
    innerRadius: round2(Math.min(...unit.radii) * scale),
    seatRadius: round2(seatRadius),
    rowRadii: unit.radii.map((radius) => round2(radius * scale)),
    rowCounts: unit.counts.slice(),
  };
}

/** Row radii, seats per row and seat radius for an outer row radius of 1. */
function unitLayout(total: number, rows: number, innerRatio: number): UnitLayout {
  const radii =
    rows === 1
      ? [1]
      : Array.from({ length: rows }, (_, i) => innerRatio + ((1 - innerRatio) * i) / (rows - 1));
  const shares = largestRemainder(radii, total);

  // Nearest neighbours are either in the same row (chord between adjacent seats)
  // or in adjacent rows (at least the radial gap apart, by the triangle inequality).
  let minDistance = rows === 1 ? 1 - innerRatio : (1 - innerRatio) / (rows - 1);
  for (const { weight: radius, count: n } of shares) {
    if (n > 1) {
      const chord = 2 * radius * Math.sin(Math.PI / (n - 1) / 2);
      minDistance = Math.min(minDistance, chord);
    }
  }
  return { radii, counts: shares.map((share) => share.count), seatRadius: SEAT_FILL * minDistance };
}

/**
 * Split `total` into integer parts proportional to `weights` (Hamilton's method): one share per
 * weight, in the same order. Leftover units go to the largest remainders; ties go to the later
 * (outer) entry.
 */
function largestRemainder(weights: number[], total: number): { weight: number; count: number }[] {
  const sum = weights.reduce((acc, w) => acc + w, 0);
  const shares = weights.map((weight, i) => {
    const quota = (weight / sum) * total;
    return { i, weight, count: Math.floor(quota), remainder: quota - Math.floor(quota) };
  });
  let left = total - shares.reduce((acc, share) => acc + share.count, 0);
  const order = [...shares].sort((a, b) => b.remainder - a.remainder || b.i - a.i);
  for (const share of order) {
    if (left <= 0) break;
    share.count += 1;
    left -= 1;
  }
  return shares.map(({ weight, count }) => ({ weight, count }));
}
