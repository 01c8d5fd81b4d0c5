/**
 * Round a number to 2 decimals for compact, deterministic SVG output.
 * Negative zero is normalised to 0 so snapshots and `toEqual` are stable.
 *
 * @example
 * round2(1.23456) // → 1.23
 * round2(-0.001)  // → 0 (not -0)
 */
export function round2(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}
