/**
 * Positions and lanes for events on a horizontal timeline. Dates are ISO
 * calendar dates (YYYY-MM-DD), mapped by a UTC time scale from [start, end] to
 * [0, width]. Each event's label is assumed to start at its x; lanes stack labels
 * that would otherwise collide.
 *
 * @example
 * timelineLayout(
 *   [ { id: 'vote', date: '2013-07-28' },
 *     { id: 'protests', date: '2013-09-07', endDate: '2013-09-24' },
 *     { id: 'boycott', date: '2013-09-23' } ],
 *   { width: 300, start: '2013-07-01', end: '2013-12-31', laneHeight: 20, minLabelGap: 60 },
 * )
 * // → [ { id: 'vote',     x: 44.26,  lane: 0, y: 0 },
 * //     { id: 'protests', x: 111.48, x2: 139.34, lane: 0, y: 0 },
 * //     { id: 'boycott',  x: 137.7,  lane: 1, y: 20 } ]
 *
 * Lane assignment (greedy, in date order; equal dates keep input order):
 * an event goes to the first lane whose last event ends — at its x2 if it has an
 * end date, else at its x — at least `minLabelGap` px before the event's x;
 * if none does, a new lane is opened. `y` = lane · laneHeight.
 *
 * Events come back in input order; x, x2 and y are rounded to 2 decimals.
 *
 * @throws RangeError for a malformed date, an end date before its start date, an
 * event outside [start, end], or options out of range.
 */
import { scaleUtc } from 'd3';
import { parseIsoDate } from './parseIsoDate';
import { round2 } from './round2';

export type TimelineEvent = { id: string; date: string; endDate?: string };
export type TimelineOptions = {
  width: number;
  start: string;
  end: string;
  laneHeight: number;
  minLabelGap: number;
};
export type PlacedEvent = { id: string; x: number; x2?: number; lane: number; y: number };

export function timelineLayout(events: readonly TimelineEvent[], opts: TimelineOptions): PlacedEvent[] {
  const { width, laneHeight, minLabelGap } = opts;
  if (!Number.isFinite(width) || width <= 0) {
    throw new RangeError(`timelineLayout: width must be a positive number, got ${width}`);
  }
  if (!Number.isFinite(laneHeight) || laneHeight < 0) {
    throw new RangeError(`timelineLayout: laneHeight must be a non-negative number, got ${laneHeight}`);
  }
  if (!Number.isFinite(minLabelGap) || minLabelGap < 0) {
    throw new RangeError(`timelineLayout: minLabelGap must be a non-negative number, got ${minLabelGap}`);
  }
  const start = parseIsoDate(opts.start);
  const end = parseIsoDate(opts.end);
  if (end.getTime() <= start.getTime()) {
    throw new RangeError(`timelineLayout: end (${opts.end}) must be after start (${opts.start})`);
  }
  const x = scaleUtc().domain([start, end]).range([0, width]);

  const measured = events.map(({ id, date, endDate }, inputIndex) => {
    const from = parseIsoDate(date);
    const to = endDate === undefined ? undefined : parseIsoDate(endDate);
    if (to !== undefined && to.getTime() < from.getTime()) {
      throw new RangeError(`timelineLayout: event "${id}" ends (${endDate}) before it starts (${date})`);
    }
    const last = to ?? from;
    if (from.getTime() < start.getTime() || last.getTime() > end.getTime()) {
      throw new RangeError(`timelineLayout: event "${id}" falls outside ${opts.start} … ${opts.end}`);
    }
    return { id, inputIndex, time: from.getTime(), x: x(from), x2: to === undefined ? undefined : x(to) };
  });

  const chronological = measured.slice().sort((a, b) => a.time - b.time || a.inputIndex - b.inputIndex);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(measured.length);
  for (const event of chronological) {
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + minLabelGap <= event.x);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = event.x2 ?? event.x;
    lanes[event.inputIndex] = lane;
  }

  return measured.map((event) => {
    const lane = lanes[event.inputIndex];
    return {
      id: event.id,
      x: round2(event.x),
      ...(event.x2 === undefined ? {} : { x2: round2(event.x2) }),
      lane,
      y: round2(lane * laneHeight),
    };
  });
}
