import { z } from 'zod';
import { dataFileNames } from './dataFileNames.ts';
import { datasetSchemas } from './datasetSchemas.ts';
import { localeSchema } from './localeSchema.ts';
import type { DataFileName } from './types.ts';

/**
 * The JSON Schema of each data file, generated from `datasetSchemas` and committed in
 * `data/schema/` so that editors autocomplete and underline mistakes (`"$schema"` in each file).
 *
 *   toJsonSchemas().election // → { "$schema": "https://json-schema.org/draft/2020-12/schema", … }
 */
export function toJsonSchemas(): Record<DataFileName, string> {
  const out = {} as Record<DataFileName, string>;
  for (const name of dataFileNames) {
    const schema = z.toJSONSchema(datasetSchemas[name], { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
    out[name] = `${JSON.stringify({ ...schema, title: `data/${name}.json` }, null, 2)}\n`;
  }
  return out;
}

/**
 * The JSON Schema of a translation, `data/locales/<code>.json` (`"$schema": "../schema/locale.schema.json"`).
 *
 *   JSON.parse(toLocaleJsonSchema()).required // → ['locale', 'language', 'status', 'strings']
 */
export function toLocaleJsonSchema(): string {
  const schema = z.toJSONSchema(localeSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'data/locales/<code>.json' }, null, 2)}\n`;
}
