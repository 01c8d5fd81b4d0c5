/**
 * The charts and their data tables in an edition's numbers and dates: in the Khmer edition no table
 * and no chart label writes a Latin digit of its own; the English edition's tables are what they
 * always were.
 */
import { describe, expect, it } from 'vitest';
import { buildScenes, buildTables } from '../../../src/charts/index.ts';
import type { DataTable } from '../../../src/charts/types.ts';
import { mapProse } from '../../../src/lib/data/proseFields.ts';
import type { Dataset } from '../../../src/lib/data/types.ts';
import { englishFormats, formatsFor } from '../../../src/lib/format/formats.ts';
import { realDataset } from '../fixtures/dataTexts.ts';

const data = realDataset();
const km = formatsFor('km');

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

/**
 * The dataset as a Khmer translator leaves its prose: the figures typed in the words ("14 points",
 * "19 July") in Khmer digits, tokens and source ids ({seats:CPP}, {rfa-14-points}) untouched. Every
 * Latin digit the charts then write is one they wrote themselves.
 */
function proseInKhmerDigits(dataset: Dataset): Dataset {
  const khmer = (text: string) => text.replace(/[0-9]/g, (d) => KHMER_DIGITS[Number(d)]!);
  return mapProse(dataset, (text) => text.split(/(\{[^}]*\})/).map((part, i) => (i % 2 ? part : khmer(part))).join(''));
}

/**
 * Keys of a scene whose strings are names for the code, never text a reader sees: ids, party keys,
 * classes, marks and state names, and the locator's countries (their outlines; the labels name them).
 */
const NOT_TEXT = new Set(['id', 'key', 'className', 'party', 'party2013', 'kind', 'mark', 'marks', 'anchor', 'majorityStates', 'countries']);

/** The seats chart's `states`: each state's party key per seat (the timeline's `states` hold texts). */
const isPartyKeys = (v: unknown) => !!v && typeof v === 'object' && Array.isArray(Object.values(v)[0]);

/** Every string a reader sees in a scene, as [path, text]: labels, dates, titles, notes. */
function sceneTexts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => sceneTexts(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (NOT_TEXT.has(k) || (k === 'states' && isPartyKeys(v)) ? [] : sceneTexts(v, `${path}.${k}`)));
}

/** Every string of a table a reader sees, as [where, text]: its caption, its column headings, its cells. */
function tableTexts(view: string, table: DataTable): [string, string][] {
  return [
    [`${view} caption`, table.caption],
    ...table.columns.map((c, i): [string, string] => [`${view} column ${i}`, c]),
    ...table.rows.flatMap((row, r) => row.map((cell, c): [string, string] => [`${view} row ${r} cell ${c}`, cell])),
  ];
}

const LATIN_DIGIT = /[0-9]/;

describe('the charts in the Khmer edition', () => {
  const translated = proseInKhmerDigits(data);
  const tables = buildTables(translated, km);
  const scenes = buildScenes(translated, km);

  it('buildTables(data, formatsFor("km")) writes no Latin digit in any caption, column or cell', () => {
    const texts = Object.entries(tables).flatMap(([view, table]) => tableTexts(view, table));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(([, text]) => LATIN_DIGIT.test(text))).toEqual([]);
  });

  it('buildScenes(data, formatsFor("km")) writes no Latin digit in any label, date, count or title', () => {
    const texts = Object.entries(scenes).flatMap(([kind, scene]) => sceneTexts(scene, kind));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(([, text]) => LATIN_DIGIT.test(text))).toEqual([]);
  });

  it('writes the figures in Khmer digits: seats, shares, dates and years', () => {
    expect(tables.votes.rows[0]!.slice(1)).toEqual([km.number(3235969), km.percent(48.83, 2), '៦៨', km.percent((100 * 68) / 123)]);
    expect(tables.meetings.columns[1]).toBe(`${data.copy.chartText.meeting} ១, ${km.date('2014-03-03')}`);
    expect(scenes.change.years.map((y) => y.text)).toEqual(['២០០៨', '២០១៣']);
    expect(scenes.assemblies.chambers[0]!.labels.map((l) => l.text).slice(0, 2)).toEqual(['២០០៨', `១២៣ ${data.copy.chartText.seats}`]);
    expect(scenes.timeline.states.boycott.ticks[0]).toMatchObject({ label: 'កក្កដា', year: '២០១៣' });
  });

  it('draws the same seats and tiles as the English edition: only the words change', () => {
    const english = buildScenes(data);
    expect(scenes.seats.seats).toEqual(english.seats.seats);
    expect(scenes.provinces.tiles).toEqual(english.provinces.tiles);
  });
});

describe('the charts in the English edition', () => {
  const tables = buildTables(data);

  it('buildTables(data) is buildTables(data, englishFormats): English unless told', () => {
    expect(buildTables(data, englishFormats)).toEqual(tables);
  });

  it('writes the captions, columns and cells it always has', () => {
    expect(tables.votes.caption).toBe('Votes and seats by party, 2013');
    expect(tables.votes.columns).toEqual(['Party', 'Votes', 'Share of valid votes', 'Seats', 'Share of seats']);
    expect(tables.votes.rows[0]).toEqual(['Cambodian People’s Party', '3,235,969', '48.83%', '68', '55.3%']);
    expect(tables.chamber.columns).toEqual(['Party', 'Seats won', 'Seats the CNRP said each should have won', 'Seats taken on 23 September 2013']);
    expect(tables.change.caption).toBe('Seats in 2008 and 2013');
    expect(tables.timeline.caption).toBe('Timeline');
    expect(tables.meetings.columns[1]).toBe('Meeting 1, 3 March 2014');
    expect(tables.meetings.rows[1]).toEqual(['Joint statement', 'Yes', 'No', 'Yes', 'No']);
    expect(tables.meetings.rows.filter((r) => r[0]!.endsWith('’s position')).map((r) => r[0])).toEqual(['CNRP’s position', 'CPP’s position', 'CNRP’s position', 'CPP’s position', 'CNRP’s position', 'CPP’s position', 'CNRP’s position', 'CPP’s position']);
    expect(tables.change.rows[1]).toEqual(['Sam Rainsy Party', '26', 'merged into the CNRP']);
  });
});
