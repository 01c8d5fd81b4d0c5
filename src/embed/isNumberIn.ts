/**
 * Whether a received value is a finite number of type `number` within [min, max]. Strings,
 * NaN, ±Infinity and boxed numbers are not.
 *
 * @example
 * isNumberIn(12.5, 0, 100)   // → true
 * isNumberIn(-1, 0, 100)     // → false
 * isNumberIn('12', 0, 100)   // → false
 * isNumberIn(NaN, 0, 100)    // → false
 */
export function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && value >= min && value <= max;
}
