/**
 * Reads and validates `data/` from disk (Node only: the build, the dev server and `check:data`).
 *
 *   readDataset('data') // → { ok: true, dataset } or { ok: false, problems }
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFileNames } from './dataFileNames.ts';
import type { DataFileName } from './types.ts';
import { validateDataset, type ValidationResult } from './validateDataset.ts';

export function readDataset(dir: string): ValidationResult {
  const texts: Partial<Record<DataFileName, string>> = {};
  for (const name of dataFileNames) {
    try {
      texts[name] = readFileSync(join(dir, `${name}.json`), 'utf8');
    } catch {
      texts[name] = undefined;
    }
  }
  return validateDataset(texts);
}
