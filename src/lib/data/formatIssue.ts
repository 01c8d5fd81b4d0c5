import type { z } from 'zod';
import { DataProblem } from './DataProblem.ts';
import { describeValue } from './describeValue.ts';
import { formatPath } from './formatPath.ts';

/**
 * Turns one zod issue into a DataProblem that names the file, the JSON path, what was expected
 * and what was found — no stack trace, no zod jargon.
 *
 *   formatIssue('data/election.json', { code: 'invalid_type', path: ['constituencies', 4, 'seats', 'CNRP'],
 *     message: 'expected a whole number ≥ 0', input: 'three' })
 *   // → data/election.json: constituencies[4].seats.CNRP: expected a whole number ≥ 0, found "three"
 */
export function formatIssue(file: string, issue: z.core.$ZodIssue): DataProblem[] {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => new DataProblem(file, formatPath([...path, key]), 'unexpected field; check its spelling or remove it'));
  }
  if (issue.code === 'invalid_key' || issue.code === 'invalid_element') {
    const key = 'key' in issue ? [issue.key as PropertyKey] : [];
    return issue.issues.flatMap((inner) => formatIssue(file, { ...inner, path: [...path, ...key, ...(inner.path as PropertyKey[])] } as z.core.$ZodIssue));
  }
  const message = issue.message.startsWith('expected') ? issue.message : `expected ${issue.message}`;
  return [new DataProblem(file, formatPath(path), `${message}, found ${describeValue(issue.input)}`)];
}
