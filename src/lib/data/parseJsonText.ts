import { findJsonSyntaxError } from './findJsonSyntaxError.ts';

/** The parsed value, or where the first syntax error is (line and column from 1) and what it is. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/**
 * Parses the text of a data file; on a syntax error, says where it is as line and column.
 *
 *   parseJsonText('{"a": 1,}') // → { ok: false, line: 1, column: 9, message: 'invalid JSON: a trailing comma before "}": remove the "," after the last field' }
 */
export function parseJsonText(text: string): JsonParseResult {
  const error = findJsonSyntaxError(text);
  if (!error) return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  const before = text.slice(0, error.offset);
  const line = before.split('\n').length;
  // A byte-order mark is invisible in editors, so it does not count as a column.
  const bom = line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const column = error.offset - before.lastIndexOf('\n') - bom;
  return { ok: false, line, column, message: `invalid JSON: ${plainReason(text, error.offset, error.reason)}` };
}

/** Names the three mistakes people make most in plain words: a trailing comma, a missing comma, and an empty file. */
function plainReason(text: string, offset: number, reason: string): string {
  if (text.replace(/^\uFEFF/, '').trim() === '') return 'the file is empty; it must hold one JSON object';
  const closer = text[offset];
  if (closer === '}' || closer === ']') {
    const before = text.slice(0, offset).trimEnd();
    if (before.endsWith(',')) return `a trailing comma before "${closer}": remove the "," after the last ${closer === '}' ? 'field' : 'item'}`;
  }
  // A value where a "," should be: the comma between two fields (or items) is missing.
  const inObject = reason.startsWith('expected "," or "}" after a value');
  if ((inObject || reason.startsWith('expected "," or "]" after a value')) && /\s/.test(text[offset - 1] ?? '') && /["\d\-tfn[{]/.test(closer ?? '')) {
    // Where the value before ends: the end of its line, or a column when the next starts on the same line.
    const before = text.slice(0, offset).trimEnd();
    const line = before.split('\n').length;
    const sameLine = !text.slice(before.length, offset).includes('\n');
    const where = sameLine ? `right after the value that ends at line ${line}, column ${before.length - before.lastIndexOf('\n') - 1}` : `at the end of line ${line}, after the value that ends there`;
    return `a missing comma before this ${inObject ? 'field' : 'item'}: put a "," ${where}`;
  }
  return reason;
}
