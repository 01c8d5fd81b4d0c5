/**
 * Writes a whole number with thousands separators, independent of the reader's locale.
 *
 *   formatNumber(9675453) // → "9,675,453"
 */
export function formatNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
