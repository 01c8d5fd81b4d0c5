/**
 * The one list of the prose fields of `data/`: every field a reader sees as words. Figure tokens
 * (`{seats:CPP}`) and cited phrases (`[nearly eight months]{vna-talks-fail}`) work in each of
 * them, and in each of them a digit outside a token is an error. The checks, the page, the tables,
 * the CSVs, `dataset.json` and the share image all go through this list, so a field cannot be
 * resolved in one place and printed raw in another.
 *
 * Not prose (never checked for digits, never resolved): ids, dates, numbers, URLs, names of
 * parties, people and places, and the bibliographic details of sources (titles keep their digits).
 *
 * @module
 */
import { must } from '../must.ts';
import type { DataFileName, Dataset } from './types.ts';

/** A JSON path pattern: `[]` stands for every item of a list, `*` for every field of an object. */
const PROSE_PATTERNS: Record<DataFileName, readonly string[]> = {
  copy: [
    'meta.title',
    'meta.description',
    'kicker',
    'headline',
    'dek',
    'byline',
    'sections[].heading',
    'sections[].steps[].text[]',
    'sections[].steps[].alt',
    'sourcesHeading',
    'sourcesIntro',
    'credits',
    'methodology',
    'dataHeading',
    'dataIntro',
    'dataLicence',
    'embedCredit',
    'embedSourcesLink',
    'shareAlt',
    'shareSubtitle',
    'chartText.*',
    'ui.*',
  ],
  corrections: ['corrections[].text'],
  timeline: ['events[].title', 'events[].text', 'afterwards[].title', 'afterwards[].text', 'views.*.spans[].label'],
  meetings: ['meetings[].outcome', 'meetings[].demands.CNRP', 'meetings[].demands.CPP', 'meetings[].duration.text', 'issues[].label', 'statuses.*', 'topicsReported.items[]', 'proposals.CNRP[]', 'proposals.CPP[]'],
  people: ['people[].role'],
  sources: ['conflicts[].topic', 'conflicts[].claims[].claim', 'conflicts[].resolution'],
  election: ['elections[].votesNote'],
};

/** Where a value sits in a JSON file: field names and list indexes, outermost first. */
export type JsonPath = (string | number)[];
/** One prose field: where it is in its file, and its text as written (tokens unresolved). */
export type ProseField = { path: JsonPath; text: string };

/** Splits a pattern such as "sections[].steps[].text[]" into keys, `[]` for every item. */
function keysOf(pattern: string): string[] {
  return pattern.split(/\.|(?=\[\])/).filter(Boolean);
}

function collect(value: unknown, keys: string[], path: JsonPath, out: ProseField[]): void {
  const [key, ...rest] = keys;
  if (key === undefined) {
    if (typeof value === 'string') out.push({ path, text: value });
    return;
  }
  if (key === '[]') {
    if (Array.isArray(value)) value.forEach((item, i) => collect(item, rest, [...path, i], out));
  } else if (key === '*') {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) collect(v, rest, [...path, k], out);
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key)) {
    collect((value as Record<string, unknown>)[key], rest, [...path, key], out);
  }
}

/**
 * Every prose field of one file's JSON (any JSON: fields that are missing or not text are skipped).
 *
 *   proseFields('timeline', timelineJson)
 *   // → [ { path: ['events', 0, 'title'], text: 'Sam Rainsy is pardoned' }, … ]
 */
export function proseFields(file: DataFileName, json: unknown): ProseField[] {
  const out: ProseField[] = [];
  for (const pattern of PROSE_PATTERNS[file]) collect(json, keysOf(pattern), [], out);
  return out;
}

/**
 * A deep copy of the dataset with every prose field replaced by `change(text, file, path)`.
 * The page's data layer uses it to resolve tokens once, for every consumer.
 *
 *   mapProse(dataset, (text) => text.toUpperCase()) // → a copy of the dataset, every prose field changed
 */
export function mapProse(data: Dataset, change: (text: string, file: DataFileName, path: JsonPath) => string): Dataset {
  const copy = structuredClone(data);
  for (const file of Object.keys(PROSE_PATTERNS) as DataFileName[]) {
    for (const field of proseFields(file, copy[file])) {
      const key = must(field.path.at(-1), 'proseFields: a prose field is inside its file, never the whole file');
      let parent: unknown = copy[file];
      for (const step of field.path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
      (parent as Record<string | number, unknown>)[key] = change(field.text, file, field.path);
    }
  }
  return copy;
}
