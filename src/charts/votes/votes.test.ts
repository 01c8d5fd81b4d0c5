/**
 * The votes chart: its scene (the geometry of every state) and its data table, on the frozen fixture data.
 * @module
 */
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../tests/unit/fixtures/dataTexts.ts';
import { fontsourcePath, readFontMetrics } from '../../../tests/unit/newsroom/readFontMetrics.ts';
import { buildScenes, buildTables } from '../index.ts';

const data = realDataset();
const scenes = buildScenes(data);
const tables = buildTables(data);

describe('votes scene', () => {
  it('buildScenes(data).votes has a row for each party that won seats and one for the others together, labelled directly', () => {
    expect(scenes.votes.rows.map((r) => [r.key, r.name, r.vote.label, r.seat.label])).toEqual([
      ['CPP', 'CPP', '48.8% of the vote', '55.3% of the seats · 68'],
      ['CNRP', 'CNRP', '44.5%', '44.7% · 55'],
      ['others', 'Others', '6.7%', 'no seats'],
    ]);
    const cpp = scenes.votes.rows[0]!;
    expect(cpp.seat.width / cpp.vote.width).toBeCloseTo(55.28 / 48.83, 2);
  });

  it('buildScenes(data).votes marks the CPP’s seat bonus: a line from its vote bar to the end of its seat bar, “+6.5 points”', () => {
    const cpp = scenes.votes.rows[0]!;
    expect(scenes.votes.gap?.label.text).toBe('+6.5 points');
    expect(scenes.votes.gap?.x1).toBeCloseTo(cpp.vote.x + cpp.vote.width, 1);
    expect(scenes.votes.gap?.x2).toBeCloseTo(cpp.seat.x + cpp.seat.width, 1);
    // The label fits: about 6.6 units a character at 13 px.
    expect(scenes.votes.gap!.label.x + scenes.votes.gap!.label.text.length * 6.6).toBeLessThanOrEqual(scenes.votes.width);
  });

  it('every bar of the votes scene ends inside the scene', () => {
    for (const row of scenes.votes.rows) {
      for (const bar of [row.vote, row.seat]) {
        expect(bar.width).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(scenes.votes.width);
        expect(bar.y + bar.height).toBeLessThanOrEqual(scenes.votes.height);
      }
    }
  });
});

describe('votes table', () => {
  it('buildTables(data).votes gives every party with votes and shares to two decimals', () => {
    expect(tables.votes.rows[0]).toEqual(['Cambodian People’s Party', '3,235,969', '48.83%', '68', '55.3%']);
    expect(tables.votes.rows).toHaveLength(8);
    expect(tables.votes.rows.at(-1)).toEqual(['Democratic Republican Party', '19,152', '0.29%', '0', '0.0%']);
  });
});

describe('buildScenes(data).votes labels', () => {
  it('puts a value label inside its bar when it would run past the chart, and after it otherwise', () => {
    const votes = buildScenes(realDataset()).votes;
    const cpp = votes.rows.find((r) => r.key === 'CPP')!;
    expect(cpp.seat.inside).toBe(true);
    expect(cpp.seat.labelX).toBeLessThan(cpp.seat.x + cpp.seat.width);
    const others = votes.rows.find((r) => r.key === 'others')!;
    expect(others.vote.inside).toBe(false);
    expect(others.vote.labelX).toBeGreaterThan(others.vote.x + others.vote.width);
  });

  it('every value label fits where it is put, measured in the page\'s font (Source Sans 3, 13 px; bold inside a bar)', async () => {
    const votes = buildScenes(realDataset()).votes;
    const bars = votes.rows.flatMap((row) => [row.vote, row.seat]);
    const measure = async (weight: 400 | 700) => {
      const text = bars.map((b) => b.label).join('');
      const font = readFontMetrics(await subsetFont(readFileSync(fontsourcePath('source-sans-3', `source-sans-3-latin-${weight}-normal.woff2`)), text, { targetFormat: 'truetype' }));
      return (label: string) => ([...label].reduce((w, c) => w + (font.advance(c.codePointAt(0)!) ?? font.unitsPerEm), 0) * 13) / font.unitsPerEm;
    };
    const [regular, bold] = await Promise.all([measure(400), measure(700)]);
    for (const bar of bars) {
      // After the bar (text-anchor start): it ends inside the chart. Inside (anchor end): it starts inside the bar.
      if (bar.inside) expect(bar.labelX - bold(bar.label), `"${bar.label}" inside its bar`).toBeGreaterThanOrEqual(bar.x);
      else expect(bar.labelX + regular(bar.label), `"${bar.label}" after its bar`).toBeLessThanOrEqual(votes.width);
    }
  });
});
