import { scaleLinear } from 'd3';
import { round2 } from './round2.ts';

/** One party's share of the vote and of the seats, in percent. */
export type VotesVsSeatsRow = { key: string; voteShare: number; seatShare: number };
/** The chart's width, each row's height, and the room left of the bars for the party labels, in px. */
export type VotesVsSeatsOptions = { width: number; rowHeight: number; labelWidth: number; /** Top of the value scale, in percent (at least the largest share); default max(50, largest share). */ max?: number };
/** A bar's box, in px. */
export type Bar = { x: number; y: number; width: number; height: number };
/** What `votesVsSeats` gives: two bars per row, the value scale's domain, its ticks and the total height. */
export type VotesVsSeatsLayout = {
  rows: { key: string; y: number; voteBar: Bar; seatBar: Bar }[];
  /** Domain of the value scale, in percent: [0, max(50, largest share)]. */
  domain: [number, number];
  ticks: { x: number; value: number; label: string }[];
  /** Total height of all rows: rows.length · rowHeight. */
  height: number;
};

/** Percentage points between ticks. */
const TICK_STEP = 25;
/** Share of the row height taken by each bar and by each of the three paddings. */
const BAR_FRACTION = 0.35;
const PAD_FRACTION = 0.1;

/**
 * Paired horizontal bars comparing each party's share of the vote with its share
 * of the seats. Shares are percentages (0–100).
 *
 * @example
 * votesVsSeats([{ key: 'CPP', voteShare: 48.83, seatShare: 55.28 }], { width: 300, rowHeight: 40, labelWidth: 100 })
 * // scale: domain [0, 55.28] → range [100, 300]
 * // → { domain: [0, 55.28], height: 40,
 * //     rows: [ { key: 'CPP', y: 0,
 * //               voteBar: { x: 100, y: 4, width: 176.66, height: 14 },
 * //               seatBar: { x: 100, y: 22, width: 200,    height: 14 } } ],
 * //     ticks: [ { x: 100, value: 0, label: '0%' }, { x: 190.45, value: 25, label: '25%' },
 * //              { x: 280.9, value: 50, label: '50%' } ] }
 *
 * Layout:
 * - The value axis is a linear scale from [0, max(50, largest share)] to
 *   [labelWidth, width]; the left `labelWidth` px are left for party labels.
 * - Row i occupies [i·rowHeight, (i+1)·rowHeight); `y` is its top. Inside a row the
 *   vote bar sits above the seat bar: each bar is 35 % of the row tall, with 10 %
 *   of the row above, between and below the two bars.
 * - Both bars start at x = labelWidth; width is the scaled share.
 * - Ticks every 25 percentage points from 0 up to the domain maximum.
 * - Rows come back in input order; lengths are rounded to 2 decimals.
 *
 * @throws RangeError if a share is outside [0, 100] or the options are out of range.
 */
export function votesVsSeats(rows: readonly VotesVsSeatsRow[], opts: VotesVsSeatsOptions): VotesVsSeatsLayout {
  const { width, rowHeight, labelWidth } = opts;
  if (!Number.isFinite(labelWidth) || labelWidth < 0) {
    throw new RangeError(`votesVsSeats: labelWidth must be a non-negative number, got ${labelWidth}`);
  }
  if (!Number.isFinite(width) || width <= labelWidth) {
    throw new RangeError(`votesVsSeats: width (${width}) must be greater than labelWidth (${labelWidth})`);
  }
  if (!Number.isFinite(rowHeight) || rowHeight <= 0) {
    throw new RangeError(`votesVsSeats: rowHeight must be a positive number, got ${rowHeight}`);
  }
  let max = opts.max ?? 50;
  for (const { key, voteShare, seatShare } of rows) {
    for (const share of [voteShare, seatShare]) {
      if (!Number.isFinite(share) || share < 0 || share > 100) {
        throw new RangeError(`votesVsSeats: shares of "${key}" must be percentages in [0, 100], got ${share}`);
      }
      max = Math.max(max, share);
    }
  }

  const x = scaleLinear().domain([0, max]).range([labelWidth, width]);
  const barHeight = round2(rowHeight * BAR_FRACTION);
  const pad = rowHeight * PAD_FRACTION;
  const bar = (share: number, top: number): Bar => ({
    x: round2(labelWidth),
    y: round2(top),
    width: round2(x(share) - labelWidth),
    height: barHeight,
  });

  const ticks: VotesVsSeatsLayout['ticks'] = [];
  for (let value = 0; value <= max; value += TICK_STEP) {
    ticks.push({ x: round2(x(value)), value, label: `${value}%` });
  }

  return {
    rows: rows.map(({ key, voteShare, seatShare }, i) => {
      const y = i * rowHeight;
      return {
        key,
        y: round2(y),
        voteBar: bar(voteShare, y + pad),
        seatBar: bar(seatShare, y + 2 * pad + rowHeight * BAR_FRACTION),
      };
    }),
    domain: [0, round2(max)],
    ticks,
    height: round2(rows.length * rowHeight),
  };
}
