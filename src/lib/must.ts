/**
 * The value, or an error naming the guarantee that was broken. For a value that is there because
 * something upstream guarantees it (validateDataset checked the data, a scene gave one entry per
 * seat) where the types cannot see that guarantee: a miss is a bug, and the error says whose.
 *
 * @example
 * must(sources.get('vna-final-results'), 'validateDataset: every cited source is listed') // → the source
 * must(undefined, 'validateDataset: every cited source is listed')
 * // throws Error('broken guarantee: validateDataset: every cited source is listed')
 */
export function must<T>(value: T | undefined, why: string): T {
  if (value === undefined) throw new Error(`broken guarantee: ${why}`);
  return value;
}
