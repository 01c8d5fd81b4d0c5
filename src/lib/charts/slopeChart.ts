import { scaleLinear } from 'd3';
import { round2 } from './round2.ts';
import { spreadLabels } from './spreadLabels.ts';
import { must } from '../must.ts';

/**
 * One party's seats before (`from`) and after (`to`). `to: null` means it has no value after (a party
 * that did not stand). Rows with the same `toKey` (default: their `key`) share one end point: the
 * parties that merged into one.
 */
export type SlopeRow = { key: string; from: number; to: number | null; toKey?: string };
/**
 * The chart box in px; the least distance between two labels on one side (default 14); and the
 * least distance between two dots on one side (default 0: dots sit exactly at their values).
 */
export type SlopeOptions = { width: number; height: number; labelGap?: number; dotGap?: number };
/**
 * One line of the slope chart, from its dot before (x1, y1) to its dot after (x2, y2), with its two
 * labels' positions. `ended` is true for a row without a value after (`to: null`).
 */
export type SlopeLine = {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  labelY1: number;
  labelY2: number;
  ended: boolean;
};

const DEFAULT_LABEL_GAP = 14;

/**
 * Slope chart of seats before and after (2008 → 2013): one line per party from its dot at
 * (0, y(from)) to its dot at (width, y(to)), plus label positions on each side, nudged apart so
 * small parties (0, 2, 3 seats) don't print on top of each other.
 *
 * @example
 * slopeChart(
 *   [ { key: 'CPP', from: 90, to: 68 }, { key: 'FUNCINPEC', from: 2, to: 0 }, { key: 'NRP', from: 2, to: 0 } ],
 *   { width: 200, height: 90 },
 * )
 * // y scale: domain [0, 90] → range [90, 0]
 * // → [ { key: 'CPP',       x1: 0, y1: 0,  x2: 200, y2: 22, labelY1: 0,  labelY2: 22, ended: false },
 * //     { key: 'FUNCINPEC', x1: 0, y1: 88, x2: 200, y2: 90, labelY1: 81, labelY2: 83, ended: false },
 * //     { key: 'NRP',       x1: 0, y1: 88, x2: 200, y2: 90, labelY1: 95, labelY2: 97, ended: false } ]
 *
 * Dots (with `dotGap` > 0; done separately for the left and right side):
 * - Dots closer than `dotGap` are nudged apart to exactly `dotGap`, as little as possible (least
 *   squares), keeping the order of their values and staying within [0, height + dotGap] (a dot at
 *   the bottom may go one gap below it rather than push the others far up); lines start and end
 *   at their dots. Rows that share a `toKey` share one dot after, which moves as one.
 * - A row with `to: null` ends below the chart: `labelGap` under the lowest dot after, or under
 *   the bottom of the chart if that is lower.
 *
 * Labels (done separately for the left and right side):
 * - Each label is placed at its dot, and labels closer than `labelGap` are moved apart as a group
 *   centred on their dots, so each label moves as little as possible (least squares). Labels keep
 *   the order of their dots; equal positions keep input order.
 * - Labels stay within half a gap of the dots' range: [−labelGap / 2, bottom + labelGap / 2], where
 *   bottom is the lowest dot or `height` if lower, so that a label at the edge can still stand
 *   level with its dot. If there is not room for every label at `labelGap`, labels
 *   are spread evenly over that range instead.
 * - Rows that share a dot share a label position.
 *
 * Rows come back in input order; values are rounded to 2 decimals.
 *
 * @throws RangeError if a value is negative or not finite, or the options are out of range.
 */
export function slopeChart(rows: readonly SlopeRow[], opts: SlopeOptions): SlopeLine[] {
  const { width, height } = opts;
  const labelGap = opts.labelGap ?? DEFAULT_LABEL_GAP;
  const dotGap = opts.dotGap ?? 0;
  if (!Number.isFinite(width) || width <= 0) {
    throw new RangeError(`slopeChart: width must be a positive number, got ${width}`);
  }
  if (!Number.isFinite(height) || height <= 0) {
    throw new RangeError(`slopeChart: height must be a positive number, got ${height}`);
  }
  if (!Number.isFinite(labelGap) || labelGap < 0) {
    throw new RangeError(`slopeChart: labelGap must be a non-negative number, got ${labelGap}`);
  }
  if (!Number.isFinite(dotGap) || dotGap < 0) {
    throw new RangeError(`slopeChart: dotGap must be a non-negative number, got ${dotGap}`);
  }
  let max = 0;
  for (const { key, from, to } of rows) {
    for (const value of to === null ? [from] : [from, to]) {
      if (!Number.isFinite(value) || value < 0) {
        throw new RangeError(`slopeChart: values of "${key}" must be non-negative numbers, got ${value}`);
      }
      max = Math.max(max, value);
    }
  }

  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([height, 0]);
  const aligned = 'spreadLabels gives one position per target';

  // Before: one dot per row.
  const dots1 = spreadLabels(rows.map((r) => y(r.from)), dotGap, height + dotGap);
  const labels1 = spreadAround(dots1, labelGap, Math.max(height, ...dots1));

  // After: one dot per distinct end; the ended rows below the rest.
  const ends = [...new Map(rows.map((r) => [r.toKey ?? r.key, r])).entries()];
  const valued = ends.filter(([, r]) => r.to !== null);
  const valuedY = spreadLabels(valued.map(([, r]) => y(r.to ?? 0)), dotGap, height + dotGap);
  const endY = new Map(valued.map(([k], i) => [k, must(valuedY[i], aligned)]));
  let bottom = Math.max(height, ...endY.values());
  for (const [k] of ends.filter(([, r]) => r.to === null)) endY.set(k, (bottom += labelGap));
  const endKeys = [...endY.keys()];
  const endLabels = spreadAround([...endY.values()], labelGap, bottom);
  const labelY2 = new Map(endKeys.map((k, i) => [k, must(endLabels[i], aligned)]));

  return rows.map((r, i) => {
    const end = r.toKey ?? r.key;
    return {
      key: r.key,
      x1: 0,
      y1: round2(must(dots1[i], aligned)),
      x2: round2(width),
      y2: round2(must(endY.get(end), aligned)),
      labelY1: round2(must(labels1[i], aligned)),
      labelY2: round2(must(labelY2.get(end), aligned)),
      ended: r.to === null,
    };
  });
}

/** Label positions for dots at `dots`: at least `gap` apart, within [−gap / 2, bottom + gap / 2]. */
function spreadAround(dots: readonly number[], gap: number, bottom: number): number[] {
  const half = gap / 2;
  return spreadLabels(
    dots.map((d) => d + half),
    gap,
    bottom + gap,
  ).map((v) => v - half);
}
