import { plural } from '../format/plural.ts';
import type { LocaleEdition } from './readLocales.ts';


/**
 * The English before and after a change, each cut to about `max` characters around where they
 * first differ (with the same start), so that a long text's change is in sight, not cut off.
 *
 *   clipAround('The count gave the CPP 68 seats …', 'The official count gave the CPP 68 seats …')
 */
export function clipAround(was: string, now: string, max = 100): [string, string] {
  // By characters (code points), never halving one; each at most `max` with its ellipses.
  const [a, b] = [[...was], [...now]];
  if (a.length <= max && b.length <= max) return [was, now];
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  const start = Math.max(0, Math.min(first - 30, Math.max(a.length, b.length) - max));
  const cut = (chars: string[]) => {
    const from = Math.min(start, chars.length);
    const room = max - (from > 0 ? 1 : 0);
    const more = from + room < chars.length;
    const piece = chars.slice(from, from + room - (more ? 1 : 0)).join('');
    return `${from > 0 ? '…' : ''}${piece}${more ? '…' : ''}`;
  };
  return [cut(a), cut(b)];
}

/**
 * What `check:data` and the build say about a translation, line by line: its status, then every
 * gap by key, each with what the page does about it and what to do.
 *
 *   describeTranslation(edition)
 *   // → [ 'data/locales/km.json (ខ្មែរ, draft, not yet reviewed): 337 of 338 texts translated.',
 *   //      '  Missing: the page shows the English until they are translated:', '    copy.headline', … ]
 */
export function describeTranslation({ file, locale, report, lineOf }: LocaleEdition): string[] {
  /** The key, and where it is in the file (file:line, which editors and terminals open). */
  const keyAt = (key: string) => {
    const line = lineOf?.(key);
    return line ? `${key}  (${file}:${line})` : key;
  };
  const status = locale.status === 'reviewed' && locale.reviewed ? `reviewed by ${locale.reviewed.by} on ${locale.reviewed.on}` : 'draft, not yet reviewed';
  const lines = [`${file} (${locale.language}, ${status}): ${report.translated} of ${plural(report.total, 'text')} translated.`];
  if (report.missing.length) {
    lines.push(`  Missing (${report.missing.length}): the ${locale.locale} page shows the English of these until they are translated:`);
    for (const key of report.missing) lines.push(`    ${key}`);
  }
  if (report.stale.length) {
    lines.push(`  Stale (${report.stale.length}): the English changed after these were translated; the ${locale.locale} page shows the new English until "en" and "text" are brought up to date:`);
    for (const s of report.stale) {
      const [was, now] = clipAround(s.was, s.now);
      lines.push(`    ${keyAt(s.key)}`, `      was: ${was}`, `      now: ${now}`);
    }
  }
  if (report.untranslated.length) {
    lines.push(`  Left in English (${report.untranslated.length}): translate these words, or list them in "keepLatin" if the language keeps them:`);
    for (const u of report.untranslated) lines.push(`    ${keyAt(u.key)}: ${u.words.map((w) => `"${w}"`).join(', ')}`);
  }
  if (report.unused.length) {
    lines.push(`  No longer in the English (${report.unused.length}): remove them from the file:`);
    for (const key of report.unused) lines.push(`    ${keyAt(key)}`);
  }
  return lines;
}
