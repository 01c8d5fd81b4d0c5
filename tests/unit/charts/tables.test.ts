import { describe, expect, it } from 'vitest';
import { buildTables } from '../../../src/charts/index.ts';
import { realDataset } from '../fixtures/dataTexts.ts';

const data = realDataset();
const tables = buildTables(data);

describe('buildTables', () => {
  it('buildTables(data) gives one table per chart view', () => {
    expect(Object.keys(tables).sort()).toEqual(['assemblies', 'chamber', 'change', 'map', 'meetings', 'provinces', 'timeline', 'votes']);
  });

});
