/** `npm run schema`: rewrites data/schema/*.schema.json from the zod schemas in src/lib/data. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchemas, toLocaleJsonSchema } from '../src/lib/data/toJsonSchemas.ts';

mkdirSync('data/schema', { recursive: true });
for (const [name, text] of Object.entries(toJsonSchemas())) {
  writeFileSync(`data/schema/${name}.schema.json`, text);
  console.log(`wrote data/schema/${name}.schema.json`);
}
writeFileSync('data/schema/locale.schema.json', toLocaleJsonSchema());
console.log('wrote data/schema/locale.schema.json');
