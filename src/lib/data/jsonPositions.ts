import { formatPath } from './formatPath.ts';

/** A place in a text file as editors count: line and column, both from 1. */
export type Position = { line: number; column: number };

/**
 * Where each value of a (valid) JSON text starts, as line and column, keyed by its JSON path as
 * `formatPath` writes it — so that a problem found in the parsed data can name the line an editor
 * jumps to. A field that is missing is located at its parent object.
 *
 *   jsonPositions('{\n  "a": [1, 2]\n}').get('a[1]') // → { line: 2, column: 12 }
 */
export function jsonPositions(text: string): Map<string, Position> {
  const out = new Map<string, Position>();
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = bom;
  // Line starts, for turning offsets into line and column.
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const positionOf = (offset: number): Position => {
    // Binary search for the last line that starts at or before `offset`; lineStarts[0] is 0.
    let lo = 0;
    let start = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const midStart = lineStarts[mid] ?? Infinity; // lo < mid ≤ hi: always a line start
      if (midStart <= offset) [lo, start] = [mid, midStart];
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - start + 1 - (lo === 0 ? bom : 0) };
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: (string | number)[]) => {
    space();
    out.set(formatPath(path), positionOf(i));
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        const key = string();
        space();
        i++; // :
        value([...path, key]);
        space();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value([...path, n]);
        space();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') return void string();
    while (i < text.length && !',]} \t\n\r'.includes(text.charAt(i))) i++;
  };
  value([]);
  return out;
}
