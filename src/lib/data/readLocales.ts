import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTranslation, type TranslationReport } from './checkTranslation.ts';
import { DataProblem } from './DataProblem.ts';
import { findProtoKeys } from './findProtoKeys.ts';
import { formatIssue } from './formatIssue.ts';
import { formatPath } from './formatPath.ts';
import { jsonPositions } from './jsonPositions.ts';
import { localeSchema, type Locale } from './localeSchema.ts';
import { parseJsonText } from './parseJsonText.ts';
import type { Dataset } from './types.ts';

/** A translation read from disk: its file as messages name it, its content, how it holds up, and the line of each of its texts. */
export type LocaleEdition = { file: string; locale: Locale; report: TranslationReport; lineOf?: (key: string) => number | undefined };
/** Every translation that could be read, and every problem found in any of them. */
export type LocalesResult = { editions: LocaleEdition[]; problems: DataProblem[] };

/**
 * Reads and checks every translation in `<dir>/locales/` (Node only: the build and `check:data`)
 * against the English of `data`; with no `data` (the English has problems of its own), only that
 * each file is valid JSON with the shape of a translation, so that every problem is told at once. A file that is not valid JSON, does not have the shape of a
 * translation (localeSchema.ts), is named for another language, or whose translation has problems
 * (checkTranslation.ts) gives problems; gaps (missing, stale, left in English) are in each report.
 *
 *   readLocales('data', 'data', dataset) // → { editions: [{ file: 'data/locales/km.json', locale, report }], problems: [] }
 */
export function readLocales(dir: string, label: string, data: Dataset | undefined): LocalesResult {
  const folder = join(dir, 'locales');
  const out: LocalesResult = { editions: [], problems: [] };
  if (!existsSync(folder)) return out;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const file = `${label}/locales/${name}`;
    const text = readFileSync(join(folder, name), 'utf8');
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      out.problems.push(new DataProblem(file, '', parsed.message, { line: parsed.line, column: parsed.column }));
      continue;
    }
    const positions = jsonPositions(text);
    const at = (p: DataProblem) => p.with(positions.get(p.where) ?? {});
    const problems = findProtoKeys(parsed.value).map((path) => new DataProblem(file, formatPath(path), 'unexpected field; check its spelling or remove it'));
    const checked = localeSchema.safeParse(parsed.value, { reportInput: true });
    if (!checked.success) problems.push(...checked.error.issues.flatMap((issue) => formatIssue(file, issue)));
    else if (`${checked.data.locale}.json` !== name) problems.push(new DataProblem(file, 'locale', `expected "${name.replace(/\.json$/, '')}", the file's name, found "${checked.data.locale}"`, { hint: 'name the file after its language code: km.json for "km"' }));
    else if (checked.data.locale === 'en') problems.push(new DataProblem(file, 'locale', 'expected a language other than English: the English is data/copy.json and the other data files'));
    if (problems.length || !checked.success || !data) {
      out.problems.push(...problems.map(at));
      continue;
    }
    const report = checkTranslation(data, checked.data, file);
    report.problems = report.problems.map(at);
    out.problems.push(...report.problems);
    out.editions.push({ file, locale: checked.data, report, lineOf: (key) => positions.get(formatPath(['strings', key]))?.line });
  }
  return out;
}
