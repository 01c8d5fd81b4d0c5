/**
 * `npm run check:data`: validates data/ (or `-- --data=DIR`) and its translations (data/locales/),
 * and prints every problem, one per line,
 * each naming the file, line and column, the item and how to fix it. Exit code 1 when anything is
 * wrong. No stack traces: these messages are for the journalists who edit the data.
 */
import { plural } from '../src/lib/format/plural.ts';
import { resolve } from 'node:path';
import { folderLabel, readDataset } from '../src/lib/data/readDataset.ts';
import { readLocales } from '../src/lib/data/readLocales.ts';
import { describeTranslation } from '../src/lib/data/describeTranslation.ts';

const arg = process.argv.find((a) => a.startsWith('--data='))?.slice('--data='.length);
const dir = resolve(arg ?? 'data');
const label = `${folderLabel(dir)}/`;
const result = readDataset(dir);
if (result.ok) {
  const d = result.dataset;
  const steps = d.copy.sections.reduce((n, s) => n + s.steps.length, 0);
  // The translations, each held to the English of today: gaps are listed, problems stop the build.
  const locales = readLocales(dir, folderLabel(dir), d);
  const counts = `${d.sources.sources.length} sources, ${d.election.constituencies.length} constituencies, ${d.timeline.events.length + d.timeline.afterwards.length} events, ${d.meetings.meetings.length} meetings, ${steps} story steps`;
  console.log(locales.problems.length ? `The English in ${label} is valid (${counts}); its translations are not (below).` : `${label} is valid: ${counts}.`);
  for (const edition of locales.editions) for (const line of describeTranslation(edition)) console.log(line);
  if (locales.problems.length) {
    console.error(`The translations have ${plural(locales.problems.length, 'problem')} (the build will not publish until ${plural(locales.problems.length, 'it is', 'they are', { count: false })} fixed):`);
    for (const problem of locales.problems) console.error(`  ${problem}`);
    process.exitCode = 1;
  }
} else {
  console.error(`${label} has ${plural(result.problems.length, 'problem')}:`);
  for (const problem of result.problems) console.error(`  ${problem}`);
  // A translation's own mistakes (its JSON, its shape) are told now too; its texts are checked
  // against the English once the English is valid.
  const locales = readLocales(dir, folderLabel(dir), undefined);
  if (locales.problems.length) {
    console.error(`The translations have ${plural(locales.problems.length, 'problem')} of their own (their texts are checked once the English is valid):`);
    for (const problem of locales.problems) console.error(`  ${problem}`);
  }
  process.exitCode = 1;
}
