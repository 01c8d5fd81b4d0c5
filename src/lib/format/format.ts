/**
 * How the story writes numbers and dates, the same for every reader whatever their locale.
 * Presentation only: no dataset, no copy tokens.
 *
 * @module
 */

/** Month names as the story writes them. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * Writes an ISO date the way the story does.
 *
 *   formatDate('2013-07-28') // → "28 July 2013"
 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/**
 * Writes an ISO date without its year, for when the year is clear.
 *
 *   formatDay('2013-07-28') // → "28 July"
 */
export function formatDay(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]}`;
}

/**
 * Writes a short date for chart labels, where an axis gives the year.
 *
 *   formatShortDate('2013-07-28') // → "28 Jul"
 */
export function formatShortDate(iso: string): string {
  return formatDay(iso).replace(/ (\w{3})\w*$/, ' $1');
}

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

/**
 * Writes a whole number with thousands separators.
 *
 *   formatNumber(9675453) // → "9,675,453"
 */
export function formatNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Writes a percentage for prose with a fixed number of decimals (the data keeps full precision).
 *
 *   formatPercent(48.83) // → "48.8%"
 *   formatPercent(69.61, 2) // → "69.61%"
 */
export function formatPercent(value: number, decimals = 1): string {
  return `${value.toFixed(decimals)}%`;
}
