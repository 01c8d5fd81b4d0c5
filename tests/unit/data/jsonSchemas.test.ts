import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFileNames } from '../../../src/lib/data/dataFileNames.ts';
import { toJsonSchemas, toLocaleJsonSchema } from '../../../src/lib/data/toJsonSchemas.ts';
import { LIVE_DATA } from '../../fixtures/paths.ts';
import { liveTexts } from '../fixtures/dataTexts.ts';

// The schemas belong to the live data/: these are invariants of any dataset a journalist edits.
const dataDir = LIVE_DATA;

describe('toJsonSchemas', () => {
  const schemas = toJsonSchemas();

  it('toJsonSchemas() gives one schema per data file, and data/schema/ holds exactly those files and the translations’ schema', () => {
    expect(Object.keys(schemas)).toEqual([...dataFileNames]);
    expect(readdirSync(`${dataDir}schema`).sort()).toEqual([...dataFileNames.map((name) => `${name}.schema.json`), 'locale.schema.json'].sort());
  });

  it('data/schema/locale.schema.json equals toLocaleJsonSchema() exactly, and each translation points at it', () => {
    expect(readFileSync(`${dataDir}schema/locale.schema.json`, 'utf8'), 'run `npm run schema` and commit the result').toBe(toLocaleJsonSchema());
    for (const name of readdirSync(`${dataDir}locales`)) expect(JSON.parse(readFileSync(`${dataDir}locales/${name}`, 'utf8')).$schema).toBe('../schema/locale.schema.json');
  });

  it.each(dataFileNames)('data/schema/%s.schema.json equals toJsonSchemas() exactly (no drift from the zod schemas)', (name) => {
    const committed = readFileSync(`${dataDir}schema/${name}.schema.json`, 'utf8');
    expect(committed, `data/schema/${name}.schema.json is out of date with src/lib/data/datasetSchemas.ts: run \`npm run schema\` and commit the result`).toBe(schemas[name]);
  });

  it.each(dataFileNames)('toJsonSchemas().%s is a draft 2020-12 object schema titled with its file, forbidding unknown fields', (name) => {
    const schema = JSON.parse(schemas[name]);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe(`data/${name}.json`);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.$schema).toEqual({ type: 'string' });
  });

  it.each(dataFileNames)('data/%s.json points "$schema" at its schema file', (name) => {
    expect(JSON.parse(liveTexts()[name]).$schema).toBe(`./schema/${name}.schema.json`);
  });

  it('toJsonSchemas().election requires whole numbers ≥ 0 for seats by constituency', () => {
    const election = JSON.parse(schemas.election);
    const seats = election.properties.constituencies.items.properties.seats;
    expect(seats.additionalProperties).toEqual({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
    expect(seats.propertyNames).toEqual({ type: 'string', pattern: '^[A-Z]{2,10}$' });
  });

  it('toJsonSchemas().sources allows only the confidences "high" and "medium"', () => {
    const sources = JSON.parse(schemas.sources);
    expect(sources.properties.sources.items.properties.confidence).toEqual({ type: 'string', enum: ['high', 'medium'] });
  });
});
