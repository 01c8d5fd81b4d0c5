import type { LocaleEdition } from './readLocales.ts';

const clip = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What `check:data` and the build say about a translation, line by line: its status, then every
 * gap by key, each with what the page does about it and what to do.
 *
 *   describeTranslation(edition)
 *   // → [ 'data/locales/km.json (ខ្មែរ, draft, not yet reviewed): 337 of 338 texts translated.',
 *   //      '  Missing: the page shows the English until they are translated:', '    copy.headline', … ]
 */
export function describeTranslation({ file, locale, report }: LocaleEdition): string[] {
  const status = locale.status === 'reviewed' && locale.reviewed ? `reviewed by ${locale.reviewed.by} on ${locale.reviewed.on}` : 'draft, not yet reviewed';
  const lines = [`${file} (${locale.language}, ${status}): ${report.translated} of ${plural(report.total, 'text')} translated.`];
  if (report.missing.length) {
    lines.push(`  Missing (${report.missing.length}): the ${locale.locale} page shows the English of these until they are translated:`);
    for (const key of report.missing) lines.push(`    ${key}`);
  }
  if (report.stale.length) {
    lines.push(`  Stale (${report.stale.length}): the English changed after these were translated; the ${locale.locale} page shows the new English until "en" and "text" are brought up to date:`);
    for (const s of report.stale) lines.push(`    ${s.key}`, `      was: ${clip(s.was)}`, `      now: ${clip(s.now)}`);
  }
  if (report.untranslated.length) {
    lines.push(`  Left in English (${report.untranslated.length}): translate these words, or list them in "keepLatin" if the language keeps them:`);
    for (const u of report.untranslated) lines.push(`    ${u.key}: ${u.words.map((w) => `"${w}"`).join(', ')}`);
  }
  if (report.unused.length) {
    lines.push(`  No longer in the English (${report.unused.length}): remove them from the file:`);
    for (const key of report.unused) lines.push(`    ${key}`);
  }
  return lines;
}
