/**
 * Every text of `data/` that a translation replaces, each under a key that names it in words rather
 * than by position, so that adding a step or an event does not shift the keys of the others:
 *
 *   copy.sections[election].steps[voters].text[0]
 *   timeline.events[rainsy-pardon].title
 *   election.parties[CPP].name
 *
 * A list item is named by its `id` (or a meeting by its number `n`), otherwise by its index.
 * Two kinds: prose (the fields of proseFields.ts: tokens, cited phrases, no bare digits) and names
 * (parties, people and places: plain text, no tokens). Acronyms (a party's shortName), ids, dates,
 * numbers, URLs and the bibliographic details of sources are not translated.
 *
 * @module
 */
import { proseFields, type JsonPath } from './proseFields.ts';
import { dataFileNames } from './dataFileNames.ts';
import type { DataFileName, Dataset } from './types.ts';

/** The names a reader sees, translated but never resolved: no tokens in them. */
const NAME_FIELDS: { file: DataFileName; list: string; field: string }[] = [
  { file: 'election', list: 'parties', field: 'name' },
  { file: 'election', list: 'constituencies', field: 'name' },
  { file: 'people', list: 'people', field: 'name' },
];

/** Prose (tokens and cited phrases, checked like the English) or a name (plain words). */
export type TranslatableKind = 'prose' | 'name';
/** One translatable text: its key, where it is, and its English as written (tokens unresolved). */
export type Translatable = { key: string; file: DataFileName; path: JsonPath; kind: TranslatableKind; text: string };

/** How a list item is named in a key: its id, a meeting's number, or else its index. */
function itemName(item: unknown, index: number): string {
  if (item !== null && typeof item === 'object') {
    const { id, n } = item as { id?: unknown; n?: unknown };
    if (typeof id === 'string' || typeof id === 'number') return String(id);
    if (typeof n === 'string' || typeof n === 'number') return String(n);
  }
  return String(index);
}

/**
 * The key of the field at `path` in `json` (one file's JSON), e.g. `["events", 3, "title"]` →
 * `timeline.events[rainsy-pardon].title`.
 */
export function keyOf(file: DataFileName, json: unknown, path: JsonPath): string {
  let key = file;
  let value: unknown = json;
  for (const step of path) {
    const items = Array.isArray(value) ? value : undefined;
    key += typeof step === 'number' ? `[${items ? itemName(items[step], step) : step}]` : `.${step}`;
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[step] : undefined;
  }
  return key;
}

/** Every translatable text of the dataset, prose first then names, in file order. */
export function translatables(data: Dataset): Translatable[] {
  const out: Translatable[] = [];
  for (const file of dataFileNames) {
    for (const field of proseFields(file, data[file])) out.push({ key: keyOf(file, data[file], field.path), file, path: field.path, kind: 'prose', text: field.text });
  }
  for (const { file, list, field } of NAME_FIELDS) {
    const items = (data[file] as unknown as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      const text = (item as Record<string, unknown>)?.[field];
      const path: JsonPath = [list, i, field];
      if (typeof text === 'string') out.push({ key: keyOf(file, data[file], path), file, path, kind: 'name', text });
    });
  }
  return out;
}
