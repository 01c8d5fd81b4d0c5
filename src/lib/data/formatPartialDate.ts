import { formatDate } from './formatDate.ts';

/**
 * Writes a date known to the day, the month or only the year.
 *
 *   formatPartialDate('2014-03-25') // → "25 March 2014"
 *   formatPartialDate('2014-03')    // → "March 2014"
 *   formatPartialDate('2008')       // → "2008"
 */
export function formatPartialDate(value: string): string {
  if (value.length === 10) return formatDate(value);
  if (value.length === 7) return formatDate(`${value}-01`).replace(/^1 /, '');
  return value;
}
