/** A group of seats that share a colour key, e.g. a party and the seats it won. */
export type SeatGroup = { key: string; count: number };

/**
 * Colour key for every seat of a chart: the groups fill seats in order, from
 * seat 0 upward, and any seats left over get the key 'empty'.
 *
 * @example
 * assignSeats([{ key: 'cpp', count: 3 }, { key: 'cnrp', count: 2 }], 6)
 * // → ['cpp', 'cpp', 'cpp', 'cnrp', 'cnrp', 'empty']
 *
 * Pair with `hemicycleSeats` (whose seats are ordered left to right) to colour
 * party blocks as wedges: seat i gets the key at position i.
 *
 * @throws RangeError if `total` or a count is not a non-negative integer, or the counts sum to more than `total`.
 */
export function assignSeats(groups: readonly SeatGroup[], total: number): string[] {
  if (!Number.isInteger(total) || total < 0) {
    throw new RangeError(`assignSeats: total must be a non-negative integer, got ${total}`);
  }
  let assigned = 0;
  for (const { key, count } of groups) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`assignSeats: count for "${key}" must be a non-negative integer, got ${count}`);
    }
    assigned += count;
  }
  if (assigned > total) {
    throw new RangeError(`assignSeats: counts sum to ${assigned}, more than the ${total} seats`);
  }
  const keys: string[] = [];
  for (const { key, count } of groups) {
    for (let i = 0; i < count; i++) keys.push(key);
  }
  while (keys.length < total) keys.push('empty');
  return keys;
}
