import { checkConsistency } from './checkConsistency.ts';
import { dataFileNames } from './dataFileNames.ts';
import { datasetSchemas } from './datasetSchemas.ts';
import { DataProblem } from './DataProblem.ts';
import { findProtoKeys } from './findProtoKeys.ts';
import { formatIssue } from './formatIssue.ts';
import { formatPath } from './formatPath.ts';
import { itemLabel } from './itemLabel.ts';
import { jsonPositions } from './jsonPositions.ts';
import { parseJsonText } from './parseJsonText.ts';
import type { DataFileName, Dataset } from './types.ts';

/** The validated dataset, or every problem found in it. */
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: DataProblem[] };

/**
 * Validates the text of every data file at once: JSON syntax, then the schema, then consistency.
 * Every problem of every file is returned together, so a journalist fixes them in one pass: a
 * file that does not parse is left out of the checks that need it, and the others still run.
 * Each problem names its file (in the folder actually read), line and column, the item it is in
 * and, where it can, how to fix it.
 *
 *   validateDataset({ sources: '…', election: '…', … })
 *   // → { ok: true, dataset } or { ok: false, problems: [DataProblem, …] }
 *   validateDataset(texts, { folder: '/tmp/scratch' }) // problems name /tmp/scratch/election.json
 */
export function validateDataset(texts: Partial<Record<DataFileName, string | undefined>>, options: { folder?: string } = {}): ValidationResult {
  const folder = (options.folder ?? 'data').replace(/\/+$/, '');
  const fileName = (name: DataFileName) => `${folder}/${name}.json`;
  const problems: DataProblem[] = [];
  const parsed: Partial<Dataset> = {};
  const json: Partial<Record<DataFileName, unknown>> = {};
  for (const name of dataFileNames) {
    const file = fileName(name);
    const text = texts[name];
    if (text === undefined) {
      problems.push(new DataProblem(file, '', 'expected the file to exist, found nothing', { hint: 'restore it or create it' }));
      continue;
    }
    const result = parseJsonText(text);
    if (!result.ok) {
      problems.push(new DataProblem(file, '', result.message, { line: result.line, column: result.column }));
      continue;
    }
    json[name] = result.value;
    const before = problems.length;
    // JSON.parse keeps a "__proto__" key as a field, but schemas of records drop it silently.
    for (const path of findProtoKeys(result.value)) problems.push(new DataProblem(file, formatPath(path), 'unexpected field; check its spelling or remove it'));
    const checked = datasetSchemas[name].safeParse(result.value, { reportInput: true });
    if (!checked.success) problems.push(...checked.error.issues.flatMap((issue) => formatIssue(file, issue)));
    else if (problems.length === before) (parsed as Record<DataFileName, unknown>)[name] = checked.data;
  }
  problems.push(...checkConsistency(parsed, fileName));
  if (problems.length === 0) return { ok: true, dataset: parsed as Dataset };
  return { ok: false, problems: locate(problems, texts, json, fileName) };
}

/** Adds line, column and the item's id to each problem, and lists them file by file, top to bottom. */
function locate(
  problems: DataProblem[],
  texts: Partial<Record<DataFileName, string | undefined>>,
  json: Partial<Record<DataFileName, unknown>>,
  fileName: (name: DataFileName) => string,
): DataProblem[] {
  const located = dataFileNames.flatMap((name) => {
    const mine = problems.filter((p) => p.file === fileName(name));
    const text = texts[name];
    if (!mine.length || text === undefined || json[name] === undefined) return mine;
    const positions = jsonPositions(text);
    const withPlace = mine.map((p) => {
      if (!p.where) return p;
      const path = parsePath(p.where);
      // A missing field is located at the nearest enclosing value that exists.
      let position;
      for (let n = path.length; n >= 0 && !position; n--) position = positions.get(formatPath(path.slice(0, n)));
      return p.with({ ...(position ?? {}), ...(itemLabel(json[name], path) ? { item: itemLabel(json[name], path) } : {}) });
    });
    return withPlace.map((p, i) => ({ p, i })).sort((a, b) => (a.p.details.line ?? 0) - (b.p.details.line ?? 0) || a.i - b.i).map((x) => x.p);
  });
  const others = problems.filter((p) => !dataFileNames.some((name) => p.file === fileName(name)));
  return [...located, ...others];
}

/** The keys of a path written by formatPath: "sections[1].steps[0].text[0]" → ['sections', 1, 'steps', 0, 'text', 0]. */
function parsePath(where: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of where.matchAll(/\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g)) {
    if (m[1] !== undefined) keys.push(Number(m[1]));
    else if (m[2] !== undefined) keys.push(JSON.parse(`"${m[2]}"`) as string);
    else if (m[3] !== undefined) keys.push(m[3]);
  }
  return keys;
}
