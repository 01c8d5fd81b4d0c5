/**
 * Writes a percentage for prose with a fixed number of decimals (the data keeps full precision).
 *
 *   formatPercent(48.83) // → "48.8%"
 *   formatPercent(69.61, 2) // → "69.61%"
 */
export function formatPercent(value: number, decimals = 1): string {
  return `${value.toFixed(decimals)}%`;
}
