import { plural } from '../format/plural.ts';

/**
 * Describes a value found in a data file, short enough for one line of an error message.
 *
 *   describeValue("three") // → '"three"'
 *   describeValue(undefined) // → 'nothing (the field is missing)'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…"` : json;
}
