/**
 * Month ticks for a timeline: one tick at the first day of each month between
 * `start` and `end` (inclusive), on the same UTC scale as `timelineLayout`
 * ([start, end] → [0, width]). Labels use a fixed English month list, so output
 * never depends on the runtime's locale.
 *
 * @example
 * monthTicks('2013-07-15', '2013-10-01', 300)
 * // → [ { x: 65.38,  label: 'Aug 2013' },
 * //     { x: 184.62, label: 'Sep 2013' },
 * //     { x: 300,    label: 'Oct 2013' } ]
 * monthTicks('2013-01-01', '2014-12-31', 600, 6) // every 6th month: Jan 2013, Jul 2013, Jan 2014, Jul 2014
 *
 * With `every` = k > 1 only months whose number (0 = January) is a multiple of k
 * get a tick. x is rounded to 2 decimals.
 *
 * @throws RangeError for a malformed date, end not after start, or width/every out of range.
 */
import { scaleUtc, utcMonth } from 'd3';
import { parseIsoDate } from './parseIsoDate';
import { round2 } from './round2';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function monthTicks(start: string, end: string, width: number, every = 1): { x: number; label: string }[] {
  if (!Number.isFinite(width) || width <= 0) {
    throw new RangeError(`monthTicks: width must be a positive number, got ${width}`);
  }
  if (!Number.isInteger(every) || every < 1 || every > 12) {
    throw new RangeError(`monthTicks: every must be an integer in [1, 12], got ${every}`);
  }
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (to.getTime() <= from.getTime()) {
    throw new RangeError(`monthTicks: end (${end}) must be after start (${start})`);
  }
  const x = scaleUtc().domain([from, to]).range([0, width]);
  // utcMonth.range excludes its stop, so stop just after `end` to include it.
  const months = utcMonth
    .range(from, new Date(to.getTime() + 1))
    .filter((month) => month.getUTCMonth() % every === 0);
  return months.map((month) => ({
    x: round2(x(month)),
    label: `${MONTHS[month.getUTCMonth()]} ${month.getUTCFullYear()}`,
  }));
}
