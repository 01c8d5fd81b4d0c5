/**
 * Writes a JSON path the way a journalist reads it.
 *
 *   formatPath(['constituencies', 4, 'seats', 'CNRP']) // → "constituencies[4].seats.CNRP"
 *   formatPath([]) // → "(top level)"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$-]*$/.test(name) ? (out ? '.' : '') + name : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}
