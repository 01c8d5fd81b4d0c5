/**
 * The dataset in another language: every prose field and name replaced by its current translation
 * (data/locales/<code>.json), and the English kept where a translation is missing or stale, so that
 * a correction made in English reaches every edition at once. Figures, dates and sources are the
 * English dataset's own: only words change.
 *
 *   const { data: km, english } = localizeDataset(dataset, locale)
 *   km.copy.headline // → 'ការបោះឆ្នោត…'
 *   english          // → the keys shown in English, e.g. ['copy.dek'] after the English dek changed
 *
 * @module
 */
import type { Locale } from './localeSchema.ts';
import { translatables } from './translatable.ts';
import type { Dataset } from './types.ts';

/** The dataset in the locale's words, and the keys of the texts still shown in English. */
export type LocalizedDataset = { data: Dataset; english: string[] };

/** Replaces each translatable text of a copy of `data` by its current translation in `locale`. */
export function localizeDataset(data: Dataset, locale: Locale): LocalizedDataset {
  const copy = structuredClone(data);
  const english: string[] = [];
  for (const t of translatables(data)) {
    const entry = Object.hasOwn(locale.strings, t.key) ? locale.strings[t.key] : undefined;
    if (!entry || entry.text.trim() === '' || entry.en !== t.text) {
      english.push(t.key);
      continue;
    }
    let parent: unknown = copy[t.file];
    for (const step of t.path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
    (parent as Record<string | number, unknown>)[t.path.at(-1)!] = entry.text;
  }
  return { data: copy, english };
}
