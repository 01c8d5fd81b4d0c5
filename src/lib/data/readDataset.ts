import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { dataFileNames } from './dataFileNames.ts';
import type { DataFileName } from './types.ts';
import { DataProblem } from './DataProblem.ts';
import { validateDataset, type ValidationResult } from './validateDataset.ts';

/**
 * Reads and validates `data/` from disk (Node only: the build, the dev server and `check:data`).
 *
 *   readDataset('data') // → { ok: true, dataset } or { ok: false, problems }
 *   readDataset('/tmp/scratch') // problems name /tmp/scratch/election.json, the files actually read
 */
export function readDataset(dir: string): ValidationResult {
  if (!existsSync(dir)) return { ok: false, problems: [new DataProblem(`${folderLabel(dir)}/`, '', 'expected a folder of data files, found nothing at this path')] };
  const texts: Partial<Record<DataFileName, string>> = {};
  for (const name of dataFileNames) {
    try {
      texts[name] = readFileSync(join(dir, `${name}.json`), 'utf8');
    } catch {
      texts[name] = undefined;
    }
  }
  return validateDataset(texts, { folder: folderLabel(dir) });
}

/** How messages name a data folder: relative to the working directory when inside it ("data"), else absolute. */
export function folderLabel(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : dir;
}
