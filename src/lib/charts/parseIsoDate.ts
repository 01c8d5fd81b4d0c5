/**
 * Parse a calendar date written YYYY-MM-DD as midnight UTC, rejecting anything
 * else (other formats, impossible dates such as 2013-02-30).
 *
 * @example
 * parseIsoDate('2013-07-28').getTime() // → 1374969600000 (2013-07-28T00:00:00.000Z)
 * parseIsoDate('28/07/2013')           // throws RangeError
 *
 * @throws RangeError for a string that is not a valid YYYY-MM-DD date.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): Date {
  const match = ISO_DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return date;
    }
  }
  throw new RangeError(`parseIsoDate: expected a YYYY-MM-DD date, got "${value}"`);
}
