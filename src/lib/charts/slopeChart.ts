import { scaleLinear } from 'd3';
import { round2 } from './round2.ts';
import { spreadLabels } from './spreadLabels.ts';
import { must } from '../must.ts';

/** One party's seats before (`from`) and after (`to`). */
export type SlopeRow = { key: string; from: number; to: number };
/** The chart box in px, and the least distance between two labels on one side (default 14). */
export type SlopeOptions = { width: number; height: number; labelGap?: number };
/** One line of the slope chart, from (x1, y1) to (x2, y2), with its two labels' positions. */
export type SlopeLine = {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  labelY1: number;
  labelY2: number;
};

const DEFAULT_LABEL_GAP = 14;

/**
 * Slope chart of seats before and after (2008 → 2013): one line per party from
 * (0, y(from)) to (width, y(to)), plus label positions on each side nudged apart
 * so small parties (0, 2, 3 seats) don't print on top of each other.
 *
 * @example
 * slopeChart(
 *   [ { key: 'CPP', from: 90, to: 68 }, { key: 'FUNCINPEC', from: 2, to: 0 }, { key: 'NRP', from: 2, to: 0 } ],
 *   { width: 200, height: 90 },
 * )
 * // y scale: domain [0, 90] → range [90, 0]
 * // → [ { key: 'CPP',       x1: 0, y1: 0,  x2: 200, y2: 22, labelY1: 0,  labelY2: 22 },
 * //     { key: 'FUNCINPEC', x1: 0, y1: 88, x2: 200, y2: 90, labelY1: 76, labelY2: 76 },
 * //     { key: 'NRP',       x1: 0, y1: 88, x2: 200, y2: 90, labelY1: 90, labelY2: 90 } ]
 *
 * Label de-collision (done separately for the left and right side):
 * - Labels keep the order of their values (top to bottom); equal values keep input order.
 * - Neighbouring labels end up at least `labelGap` px apart (default 14), all within
 *   [0, height]; labels that collide are moved as a group, centred on their values,
 *   so each label moves as little as possible (least squares).
 * - If `height` is too short for every label at `labelGap`, labels are spread
 *   evenly over [0, height] instead.
 *
 * Rows come back in input order; values are rounded to 2 decimals.
 *
 * @throws RangeError if a value is negative or not finite, or the options are out of range.
 */
export function slopeChart(rows: readonly SlopeRow[], opts: SlopeOptions): SlopeLine[] {
  const { width, height } = opts;
  const labelGap = opts.labelGap ?? DEFAULT_LABEL_GAP;
  if (!Number.isFinite(width) || width <= 0) {
    throw new RangeError(`slopeChart: width must be a positive number, got ${width}`);
  }
  if (!Number.isFinite(height) || height <= 0) {
    throw new RangeError(`slopeChart: height must be a positive number, got ${height}`);
  }
  if (!Number.isFinite(labelGap) || labelGap < 0) {
    throw new RangeError(`slopeChart: labelGap must be a non-negative number, got ${labelGap}`);
  }
  let max = 0;
  for (const { key, from, to } of rows) {
    for (const value of [from, to]) {
      if (!Number.isFinite(value) || value < 0) {
        throw new RangeError(`slopeChart: values of "${key}" must be non-negative numbers, got ${value}`);
      }
      max = Math.max(max, value);
    }
  }

  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([height, 0]);
  const lines = rows.map(({ key, from, to }) => ({ key, y1: y(from), y2: y(to) }));
  const labelY1 = spreadLabels(lines.map((line) => line.y1), labelGap, height);
  const labelY2 = spreadLabels(lines.map((line) => line.y2), labelGap, height);
  const aligned = 'spreadLabels gives one position per line';

  return lines.map(({ key, y1, y2 }, i) => ({
    key,
    x1: 0,
    y1: round2(y1),
    x2: round2(width),
    y2: round2(y2),
    labelY1: round2(must(labelY1[i], aligned)),
    labelY2: round2(must(labelY2[i], aligned)),
  }));
}
