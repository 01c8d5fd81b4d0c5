/**
 * A meeting's length when the accounts of it differ: the range from the shortest to the longest
 * account, and how the tracker's column ("½–2+ h") and the data table ("½ to more than 2 hours") write it,
 * in the edition's digits. Shared by the scene and the table so that both say the same.
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
import { englishFormats, type Formats } from '../../lib/format/formats.ts';
import { fill } from '../../lib/copy/placeholders.ts';

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
 * How an edition writes a number of hours on a chart, in its own digits (`f`), with a fraction sign
 * for quarters.
 *
 *   hoursFigures(englishFormats)(4.5)    // → "4½"
 *   hoursFigures(formatsFor('km'))(4.5)  // → "៤½"
 *   hoursFigures(formatsFor('km'))(1.2)  // → "១,២"
 */
export function hoursFigures(f: Formats): (hours: number) => string {
  return (hours) => {
    const whole = Math.floor(hours);
    const fraction = FRACTIONS.get(round2(hours - whole));
    if (fraction === undefined) {
      // As many decimals as the rounded number has: 2 → "2", 1.2 → "1.2".
      const rounded = round2(hours);
      return f.decimal(rounded, String(rounded).split('.')[1]?.length ?? 0);
    }
    return `${whole > 0 ? f.decimal(whole, 0) : ''}${fraction}`;
  };
}

/**
 * A number of hours as the English edition writes it, with a fraction sign for quarters.
 *
 *   hoursFigure(0.5) // → "½"
 *   hoursFigure(4.5) // → "4½"
 *   hoursFigure(2)   // → "2"
 *   hoursFigure(1.2) // → "1.2"
 */
export const hoursFigure: (hours: number) => string = hoursFigures(englishFormats);

/**
 * The short label of a range, for the top of a meeting's column in the tracker: its figures in the
 * edition's digits (`f`), then `unit`, the edition's word for hours (data/copy.json chartText.hours;
 * the English "h" unless given).
 *
 *   rangeLabel({ from: 0.5, to: 2, orMore: true })                          // → "½–2+ h"
 *   rangeLabel({ from: 0.5, to: 2, orMore: true }, 'ម៉ោង', formatsFor('km')) // → "½–២+ ម៉ោង"
 */
export function rangeLabel(range: LengthRange, unit = 'h', f: Formats = englishFormats): string {
  const figure = hoursFigures(f);
  return `${figure(range.from)}–${figure(range.to)}${range.orMore ? '+' : ''} ${unit}`;
}

/** The edition's words for a range of hours (data/copy.json chartText), with %FROM% and %TO% for its figures. */
export type RangeWords = { rangeHours: string; rangeHour: string; rangeMoreHours: string };
const ENGLISH_RANGE_WORDS: RangeWords = { rangeHours: '%FROM% to %TO% hours', rangeHour: '%FROM% to %TO% hour', rangeMoreHours: '%FROM% to more than %TO% hours' };

/**
 * A range in words, for a table: the edition's words (`words`, data/copy.json chartText) with its
 * figures in the edition's digits (`f`); English unless given.
 *
 *   rangeText({ from: 0.5, to: 2, orMore: true })  // → "½ to more than 2 hours"
 *   rangeText({ from: 0.5, to: 1, orMore: false }) // → "½ to 1 hour"
 */
export function rangeText(range: LengthRange, f: Formats = englishFormats, words: RangeWords = ENGLISH_RANGE_WORDS): string {
  const figure = hoursFigures(f);
  const template = range.orMore ? words.rangeMoreHours : range.to === 1 ? words.rangeHour : words.rangeHours;
  return fill(template, { FROM: figure(range.from), TO: figure(range.to) });
}
