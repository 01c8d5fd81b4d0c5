/**
 * Every text of `data/` that a translation replaces, each under a key that names it in words rather
 * than by position, so that adding a step or an event does not shift the keys of the others:
 *
 *   copy.sections[election].steps[voters].text[0]
 *   timeline.events[rainsy-pardon].title
 *   election.parties[CPP].name
 *
 * A list item is named by its `id` (or a meeting by its number `n`), otherwise by its index.
 * Three kinds: prose (the fields of proseFields.ts: tokens, cited phrases, no bare digits), names
 * (parties, people and places: plain text, no tokens) and notes (the notes on sources: plain text
 * whose numbers are the English note's, written in the language's digits). Acronyms (a party's shortName), ids, dates,
 * numbers, URLs and the bibliographic details of sources are not translated.
 *
 * @module
 */
import { proseFields, type JsonPath } from './proseFields.ts';
import { dataFileNames } from './dataFileNames.ts';
import type { DataFileName, Dataset } from './types.ts';

/** The names and notes a reader sees, translated but never resolved: no tokens in them. */
const PLAIN_FIELDS: { file: DataFileName; list: string; field: string | string[]; kind: TranslatableKind }[] = [
  { file: 'election', list: 'parties', field: 'name', kind: 'name' },
  { file: 'election', list: 'constituencies', field: 'name', kind: 'name' },
  { file: 'election', list: 'constituencies', field: ['tile', 'label'], kind: 'name' },
  { file: 'people', list: 'people', field: 'name', kind: 'name' },
  { file: 'sources', list: 'sources', field: 'note', kind: 'note' },
];

/** Prose (tokens and cited phrases, checked like the English), a name (plain words) or a note (plain text with numbers). */
export type TranslatableKind = 'prose' | 'name' | 'note';
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

/**
 * The keys of the story's own prose, as keyOf names them, for the page to say which of them a
 * translated edition shows in English (lang="en"); tests hold them to keyOf.
 *
 *   storyKeys.stepText('election', 'result', 0) // → 'copy.sections[election].steps[result].text[0]'
 */
export const storyKeys = {
  kicker: 'copy.kicker',
  headline: 'copy.headline',
  dek: 'copy.dek',
  heading: (section: string) => `copy.sections[${section}].heading`,
  stepText: (section: string, step: string, paragraph: number) => `copy.sections[${section}].steps[${step}].text[${paragraph}]`,
  stepAlt: (section: string, step: string) => `copy.sections[${section}].steps[${step}].alt`,
} as const;

/** Every translatable text of the dataset, prose first then names and notes, in file order. */
export function translatables(data: Dataset): Translatable[] {
  const out: Translatable[] = [];
  for (const file of dataFileNames) {
    for (const field of proseFields(file, data[file])) out.push({ key: keyOf(file, data[file], field.path), file, path: field.path, kind: 'prose', text: field.text });
  }
  for (const { file, list, field, kind } of PLAIN_FIELDS) {
    const items = (data[file] as unknown as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    const fields = Array.isArray(field) ? field : [field];
    items.forEach((item, i) => {
      const text = fields.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), item);
      const path: JsonPath = [list, i, ...fields];
      if (typeof text === 'string') out.push({ key: keyOf(file, data[file], path), file, path, kind, text });
    });
  }
  return out;
}
