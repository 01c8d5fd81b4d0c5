/**
 * The change chart: its scene (the geometry of every state) and its data table, on the frozen fixture data.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../tests/unit/fixtures/dataTexts.ts';
import { buildScenes, buildTables } from '../index.ts';

const data = realDataset();
const scenes = buildScenes(data);
const tables = buildTables(data);

describe('change scene', () => {
  it('buildScenes(data).change follows 2008 parties to 2013, the merged ones into the CNRP', () => {
    expect(scenes.change.lines.map((l) => [l.key, l.party2013])).toEqual([
      ['CPP', 'CPP'],
      ['SRP', 'CNRP'],
      ['HRP', 'CNRP'],
      ['FUNCINPEC', 'FUNCINPEC'],
      ['NRP', 'none'],
    ]);
    expect(scenes.change.labels2008.map((l) => l.text)).toEqual(['CPP 90', 'SRP 26', 'HRP 3', 'Funcinpec 2', 'NRP 2']);
    expect(scenes.change.labels2013.map((l) => l.text)).toEqual(['CPP 68', 'CNRP 55', 'Funcinpec 0']);
    expect(scenes.change.years.map((l) => l.text)).toEqual(['2008', '2013']);
  });
});

describe('change table', () => {
  it('buildTables(data).change says where merged parties went', () => {
    expect(tables.change.rows).toEqual([
      ['Cambodian People’s Party', '90', '68'],
      ['Sam Rainsy Party', '26', 'merged into the CNRP'],
      ['Human Rights Party', '3', 'merged into the CNRP'],
      ['FUNCINPEC', '2', '0'],
      ['Norodom Ranariddh Party', '2', 'did not stand'],
      ['Cambodia National Rescue Party', '—', '55'],
    ]);
  });
});
