import { hemicycleSize, type HemicycleOptions } from './hemicycleSize.ts';
import { round2 } from './round2.ts';

/** One seat of a hemicycle: where it sits, how big it is, in which row. */
export type Seat = {
  /** Position in left-to-right order, 0…total−1. */
  index: number;
  /** Centre of the seat circle, in px. */
  x: number;
  y: number;
  /** Radius of the seat circle, in px. */
  r: number;
  /** Row, 0 = innermost. */
  row: number;
  /** Polar angle of the seat in radians: π at the left end, 0 at the right end. */
  angle: number;
};

/** Angles closer than this are treated as equal when ordering seats. */
const ANGLE_EPSILON = 1e-9;

/**
 * Seat positions of a parliament hemicycle, ordered left to right so that
 * consecutive seat indices form wedges (party blocks).
 *
 * @example
 * hemicycleSeats(5, { rows: 1, width: 100 })
 * // one row; centre (50, 50), row radius 40.32, seat radius 9.68
 * // → [ { index: 0, x: 9.68,  y: 50,    r: 9.68, row: 0, angle: 3.1416 },
 * //     { index: 1, x: 21.49, y: 21.49, r: 9.68, row: 0, angle: 2.3562 },
 * //     { index: 2, x: 50,    y: 9.68,  r: 9.68, row: 0, angle: 1.5708 },
 * //     { index: 3, x: 78.51, y: 21.49, r: 9.68, row: 0, angle: 0.7854 },
 * //     { index: 4, x: 90.32, y: 50,    r: 9.68, row: 0, angle: 0 } ]
 * // hemicycleSize(5, { rows: 1, width: 100 }) gives the box: { width: 100, height: 59.68, … }
 *
 * Layout (see `hemicycleSize` for the geometry and the box size):
 * - Seat centres lie on `rows` concentric semicircles around (cx, cy); y grows
 *   downward as in SVG, so x = cx + radius·cos(angle), y = cy − radius·sin(angle).
 * - `angle` is in radians, from π (left end) to 0 (right end), rounded to 4 decimals;
 *   x, y and r are rounded to 2 decimals.
 * - Seats are sorted by angle from the left end to the right end, ties broken
 *   from the outer row to the inner row; `index` is the position in that order.
 *   So seats 0…67 of 123 form one contiguous wedge on the left.
 * - `row` 0 is the innermost row.
 *
 * @throws RangeError if `total` is not an integer ≥ 1 or an option is out of range.
 */
export function hemicycleSeats(total: number, opts: HemicycleOptions = {}): Seat[] {
  if (!Number.isInteger(total) || total < 1) {
    throw new RangeError(`hemicycleSeats: total must be an integer ≥ 1, got ${total}`);
  }
  const geometry = hemicycleSize(total, opts);
  // Row radii are evenly spaced from inner to outer (as in hemicycleSize); they are
  // recomputed here from the two end radii rather than read from the rounded rowRadii.
  const { rows, rowCounts, cx, cy, seatRadius } = geometry;
  const outer = geometry.outerRadius;
  const inner = geometry.innerRadius;

  const raw: { x: number; y: number; row: number; angle: number }[] = [];
  for (const [row, n] of rowCounts.entries()) {
    const radius = rows === 1 ? outer : inner + ((outer - inner) * row) / (rows - 1);
    for (let j = 0; j < n; j++) {
      const angle = n === 1 ? Math.PI / 2 : Math.PI * (1 - j / (n - 1));
      raw.push({
        x: cx + radius * Math.cos(angle),
        y: cy - radius * Math.sin(angle),
        row,
        angle,
      });
    }
  }

  raw.sort((a, b) => {
    const byAngle = b.angle - a.angle;
    if (Math.abs(byAngle) > ANGLE_EPSILON) return byAngle;
    return b.row - a.row;
  });

  return raw.map((seat, index) => ({
    index,
    x: round2(seat.x),
    y: round2(seat.y),
    r: seatRadius,
    row: seat.row,
    angle: Math.round(seat.angle * 1e4) / 1e4 + 0,
  }));
}
