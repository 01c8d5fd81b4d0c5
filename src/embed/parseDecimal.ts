/**
 * Reads a number written as JavaScript writes one (`String(n)`), strictly: the payloads of pym
 * messages are numbers in text. `Number()` alone would also take '', ' 12 ', '0x1f' and 'Infinity'.
 *
 * @example
 * parseDecimal('4321')     // → 4321
 * parseDecimal('-12.5')    // → -12.5
 * parseDecimal('1.5e-7')   // → 1.5e-7
 * parseDecimal('')         // → null
 * parseDecimal('0x1f')     // → null
 * parseDecimal('Infinity') // → null
 * parseDecimal('1e400')    // → null (not finite)
 */
export function parseDecimal(text: string): number | null {
  if (text.length > 40 || !/^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value + 0 : null;
}
