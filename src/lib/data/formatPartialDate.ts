import { formatDate } from './formatDate.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Writes a date known to the day, the month or only the year.
 *
 *   formatPartialDate('2014-03-25') // → "25 March 2014"
 *   formatPartialDate('2014-03')    // → "March 2014"
 *   formatPartialDate('2008')       // → "2008"
 */
export function formatPartialDate(value: string): string {
  if (value.length === 10) return formatDate(value);
  if (value.length === 7) return `${MONTHS[Number(value.slice(5, 7)) - 1]} ${value.slice(0, 4)}`;
  return value;
}
