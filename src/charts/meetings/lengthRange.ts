/**
 * A meeting's length when the accounts of it differ: the range from the shortest to the longest
 * account, and how the tracker's column ("½–2+ h") and the data table ("½ to more than 2 hours") write it.
 * Shared by the scene and the table so that both say the same.
 *
 * The accounts come from a meeting's `durationAccounts` in data/meetings.json, beside its
 * `durationConflict`:
 *
 *   "durationAccounts": [
 *     { "hours": 1, "sources": ["vna-talks-fail"] },
 *     { "hours": 2, "orMore": true, "sources": ["ppp-top-level"] },
 *     { "hours": 0.5, "sources": ["ppp-top-level"] },
 *     { "hours": 0.5, "sources": ["cambodia-daily-deadlock"] }
 *   ]
 *
 * A meeting without them keeps its one reported length.
 *
 * @module
 */
import { round2 } from '../../lib/charts/round2.ts';
import type { Meeting } from '../../lib/data/types.ts';

/** One account of a meeting's length: its hours, whether it said "more than", and its sources. */
export type LengthAccount = { hours: number; orMore?: boolean; sources: string[] };

/** The shortest and the longest account of a length, in hours; `orMore` when the longest said "more than". */
export type LengthRange = { from: number; to: number; orMore: boolean };

/** The accounts of a meeting's length (`durationAccounts`), or none. */
export function lengthAccounts(meeting: Meeting): LengthAccount[] {
  return meeting.durationAccounts ?? [];
}

/**
 * The range of a meeting's length, from the shortest to the longest account; null when it has
 * fewer than two accounts or they all agree.
 *
 *   lengthRange(meeting4) // → { from: 0.5, to: 2, orMore: true }
 */
export function lengthRange(meeting: Meeting): LengthRange | null {
  const accounts = lengthAccounts(meeting);
  if (accounts.length < 2) return null;
  const hours = accounts.map((a) => a.hours);
  const from = Math.min(...hours);
  const to = Math.max(...hours);
  const orMore = accounts.some((a) => a.hours === to && a.orMore === true);
  return from === to && !orMore ? null : { from, to, orMore };
}

const FRACTIONS = new Map([
  [0.25, '¼'],
  [0.5, '½'],
  [0.75, '¾'],
]);

/**
 * A number of hours as a chart writes it, with a fraction sign for quarters.
 *
 *   hoursFigure(0.5) // → "½"
 *   hoursFigure(4.5) // → "4½"
 *   hoursFigure(2)   // → "2"
 *   hoursFigure(1.2) // → "1.2"
 */
export function hoursFigure(hours: number): string {
  const whole = Math.floor(hours);
  const fraction = FRACTIONS.get(round2(hours - whole));
  if (fraction === undefined) return String(round2(hours));
  return `${whole > 0 ? whole : ''}${fraction}`;
}

/**
 * The short label of a range, for the top of a meeting's column in the tracker.
 *
 *   rangeLabel({ from: 0.5, to: 2, orMore: true }) // → "½–2+ h"
 */
export function rangeLabel(range: LengthRange): string {
  return `${hoursFigure(range.from)}–${hoursFigure(range.to)}${range.orMore ? '+' : ''} h`;
}

/**
 * A range in words, for a table.
 *
 *   rangeText({ from: 0.5, to: 2, orMore: true })  // → "½ to more than 2 hours"
 *   rangeText({ from: 0.5, to: 1, orMore: false }) // → "½ to 1 hour"
 */
export function rangeText(range: LengthRange): string {
  const unit = range.to === 1 && !range.orMore ? 'hour' : 'hours';
  return `${hoursFigure(range.from)} to ${range.orMore ? 'more than ' : ''}${hoursFigure(range.to)} ${unit}`;
}
