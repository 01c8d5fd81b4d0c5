/**
 * Validates the text of every data file at once: JSON syntax, then the schema, then consistency.
 * All problems are returned together, so a journalist fixes them in one pass.
 *
 *   validateDataset({ sources: '…', election: '…', … })
 *   // → { ok: true, dataset } or { ok: false, problems: [DataProblem, …] }
 */
import { checkConsistency } from './checkConsistency.ts';
import { dataFileNames } from './dataFileNames.ts';
import { datasetSchemas } from './datasetSchemas.ts';
import { DataProblem } from './DataProblem.ts';
import { findProtoKeys } from './findProtoKeys.ts';
import { formatIssue } from './formatIssue.ts';
import { formatPath } from './formatPath.ts';
import { parseJsonText } from './parseJsonText.ts';
import type { DataFileName, Dataset } from './types.ts';

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: DataProblem[] };

export function validateDataset(texts: Partial<Record<DataFileName, string | undefined>>): ValidationResult {
  const problems: DataProblem[] = [];
  const parsed: Partial<Record<DataFileName, unknown>> = {};
  for (const name of dataFileNames) {
    const file = `data/${name}.json`;
    const text = texts[name];
    if (text === undefined) {
      problems.push(new DataProblem(file, '(file)', 'expected the file to exist, found nothing'));
      continue;
    }
    const json = parseJsonText(text);
    if (!json.ok) {
      problems.push(new DataProblem(file, `line ${json.line}, column ${json.column}`, json.message));
      continue;
    }
    // JSON.parse keeps a "__proto__" key as a field, but schemas of records drop it silently.
    for (const path of findProtoKeys(json.value)) problems.push(new DataProblem(file, formatPath(path), 'unexpected field; check its spelling or remove it'));
    const result = datasetSchemas[name].safeParse(json.value, { reportInput: true });
    if (result.success) parsed[name] = result.data;
    else problems.push(...result.error.issues.flatMap((issue) => formatIssue(file, issue)));
  }
  if (problems.length) return { ok: false, problems };
  const dataset = parsed as Dataset;
  const inconsistencies = checkConsistency(dataset);
  return inconsistencies.length ? { ok: false, problems: inconsistencies } : { ok: true, dataset };
}
