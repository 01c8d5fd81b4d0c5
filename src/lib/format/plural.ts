/**
 * A count and its noun, for the messages the build, check:data and the bench print.
 *
 *   plural(1, 'problem')                  // → '1 problem'
 *   plural(3, 'problem')                  // → '3 problems'
 *   plural(2, 'is', 'are', { count: false }) // → 'are'
 */
export function plural(n: number, one: string, many = `${one}s`, { count = true }: { count?: boolean } = {}): string {
  const word = n === 1 ? one : many;
  return count ? `${n} ${word}` : word;
}
