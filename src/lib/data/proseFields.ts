/**
 * The one list of the prose fields of `data/`: every field a reader sees as words. Figure tokens
 * (`{seats:CPP}`) and cited phrases (`[nearly eight months]{vna-talks-fail}`) work in each of
 * them, and in each of them a digit outside a token is an error. The checks, the page, the tables,
 * the CSVs, `dataset.json` and the share image all go through this list, so a field cannot be
 * resolved in one place and printed raw in another.
 *
 *   proseFields('timeline', timelineJson)
 *   // → [ { path: ['events', 0, 'title'], text: 'Sam Rainsy is pardoned' }, … ]
 *   mapProse(dataset, (text) => text.toUpperCase()) // → a copy of the dataset, every prose field changed
 *
 * Not prose (never checked for digits, never resolved): ids, dates, numbers, URLs, names of
 * parties, people and places, and the bibliographic details of sources (titles keep their digits).
 */
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
    'shareAlt',
    'shareSubtitle',
    'chartText.*',
  ],
  corrections: ['corrections[].text'],
  timeline: ['events[].title', 'events[].text', 'afterwards[].title', 'afterwards[].text', 'views.*.spans[].label'],
  meetings: ['meetings[].outcome', 'meetings[].demands.CNRP', 'meetings[].demands.CPP', 'meetings[].duration.text', 'topicsReported.items[]', 'proposals.CNRP[]', 'proposals.CPP[]'],
  people: ['people[].role'],
  sources: ['conflicts[].topic', 'conflicts[].claims[].claim', 'conflicts[].resolution'],
  election: ['votesNote'],
};

export type JsonPath = (string | number)[];
export type ProseField = { path: JsonPath; text: string };

/** Splits a pattern such as "sections[].steps[].text[]" into keys, `[]` for every item. */
function keysOf(pattern: string): string[] {
  return pattern.split(/\.|(?=\[\])/).filter(Boolean);
}

function collect(value: unknown, keys: string[], path: JsonPath, out: ProseField[]): void {
  if (keys.length === 0) {
    if (typeof value === 'string') out.push({ path, text: value });
    return;
  }
  const [key, ...rest] = keys;
  if (key === '[]') {
    if (Array.isArray(value)) value.forEach((item, i) => collect(item, rest, [...path, i], out));
  } else if (key === '*') {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) collect(v, rest, [...path, k], out);
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key)) {
    collect((value as Record<string, unknown>)[key], rest, [...path, key], out);
  }
}

/** Every prose field of one file's JSON (any JSON: fields that are missing or not text are skipped). */
export function proseFields(file: DataFileName, json: unknown): ProseField[] {
  const out: ProseField[] = [];
  for (const pattern of PROSE_PATTERNS[file]) collect(json, keysOf(pattern), [], out);
  return out;
}

/**
 * A deep copy of the dataset with every prose field replaced by `change(text, file, path)`.
 * The page's data layer uses it to resolve tokens once, for every consumer.
 */
export function mapProse(data: Dataset, change: (text: string, file: DataFileName, path: JsonPath) => string): Dataset {
  const copy = structuredClone(data);
  for (const file of Object.keys(PROSE_PATTERNS) as DataFileName[]) {
    for (const field of proseFields(file, copy[file])) {
      let parent: unknown = copy[file];
      for (const key of field.path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
      (parent as Record<string | number, unknown>)[field.path[field.path.length - 1]] = change(field.text, file, field.path);
    }
  }
  return copy;
}
