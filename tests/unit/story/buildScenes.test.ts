import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { buildScenes } from '../../../src/charts/index.ts';
import { realDataset } from '../fixtures/dataTexts.ts';
import { fontsourcePath, readFontMetrics } from '../newsroom/readFontMetrics.ts';

const data = realDataset();
const scenes = buildScenes(data);
const { seats } = scenes;
const repeat = (key: string, n: number) => Array.from({ length: n }, () => key);
const seatTotal = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);

/** Every coordinate in a scene, as [path, axis, value]; x-like keys are horizontal, y-like vertical. */
function coordinates(value: unknown, path = ''): [string, 'x' | 'y', number][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => coordinates(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]): [string, 'x' | 'y', number][] => {
    const here = `${path}.${k}`;
    if (typeof v === 'number' && /^(x|x1|x2|labelX|namesX)$/.test(k)) return [[here, 'x', v]];
    if (typeof v === 'number' && /^(y|y1|y2|labelY|axisY)$/.test(k)) return [[here, 'y', v]];
    return coordinates(v, here);
  });
}
/** Every number anywhere in a value. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

describe('buildScenes', () => {
  it('buildScenes(data).seats has one mark per seat: 123', () => {
    expect(seats.seats).toHaveLength(123);
    for (const state of Object.values(seats.states)) expect(state).toHaveLength(123);
  });

  it('buildScenes(data).seats.states.party is 68 "CPP" then 55 "CNRP"', () => {
    expect(seats.states.party).toEqual([...repeat('CPP', 68), ...repeat('CNRP', 55)]);
    expect(seats.states.majority).toEqual(seats.states.party);
    expect(seats.states.full).toEqual(seats.states.party);
    expect(seats.states.seats).toEqual(seats.states.party);
  });

  it('buildScenes(data).seats.states.boycott leaves the 55 CNRP seats "vacant"', () => {
    expect(seats.states.boycott).toEqual([...repeat('CPP', 68), ...repeat('vacant', 55)]);
  });

  it('buildScenes(data).seats.states.claim shows the claimed 60 CPP and 63 CNRP seats, and empty shows none', () => {
    expect(seats.states.claim).toEqual([...repeat('CPP', 60), ...repeat('CNRP', 63)]);
    expect(seats.states.empty).toEqual(repeat('none', 123));
  });

  it('buildScenes(data).seats labels each chamber state with its figures', () => {
    const texts = Object.fromEntries(Object.entries(seats.labels).map(([state, labels]) => [state, labels.map((l) => l.text)]));
    expect(texts).toEqual({
      empty: ['123 seats'],
      party: ['123 seats', 'CPP 68', 'CNRP 55'],
      majority: ['123 seats', '62 seats for a majority', 'CPP 68', 'CNRP 55'],
      claim: ['As claimed', 'CPP 60', 'CNRP 63'],
      boycott: ['68 of 123', 'CPP 68 seated', 'CNRP 55 empty'],
      full: ['All 123 seats taken', 'CPP 68', 'CNRP 55'],
      seats: ['One dot per seat', 'CPP', 'CNRP'],
    });
  });

  it('buildScenes(data).seats.map lists the 24 constituencies biggest first, with their seat totals', () => {
    expect(seats.map).toHaveLength(24);
    expect(seats.map.slice(0, 4).map((r) => [r.name, r.total, r.text])).toEqual([
      ['Kampong Cham', 18, 'CPP 8, CNRP 10'],
      ['Phnom Penh', 12, 'CPP 5, CNRP 7'],
      ['Kandal', 11, 'CPP 5, CNRP 6'],
      ['Prey Veng', 11, 'CPP 5, CNRP 6'],
    ]);
    const totals = seats.map.map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(seats.map.map((r) => r.name).sort()).toEqual(data.election.constituencies.map((c) => c.name).sort());
  });

  it.each(data.election.constituencies.map((c) => [c.name, c] as const))(
    'the map places as many seat marks in the row of %s as it has seats, coloured by the party that won them',
    (name, constituency) => {
      const row = seats.map.find((r) => r.name === name)!;
      const inRow = seats.seats.map((s, i) => [s, seats.states.party[i]] as const).filter(([s]) => s.map.y === row.y);
      expect(inRow).toHaveLength(seatTotal(constituency.seats));
      expect(row.total).toBe(seatTotal(constituency.seats));
      for (const party of ['CPP', 'CNRP']) expect(inRow.filter(([, p]) => p === party), party).toHaveLength(constituency.seats[party] ?? 0);
    },
  );

  it('no two seat marks share a place, in the chamber or on the map', () => {
    expect(new Set(seats.seats.map((s) => `${s.hemi.x},${s.hemi.y}`)).size).toBe(123);
    expect(new Set(seats.seats.map((s) => `${s.map.x},${s.map.y}`)).size).toBe(123);
  });

  it('every seat of the chamber lies inside chamberBox, the crop of the static figures', () => {
    const [x, y, w, h] = seats.chamberBox;
    for (const s of seats.seats) {
      expect(s.hemi.x - seats.r).toBeGreaterThanOrEqual(x);
      expect(s.hemi.x + seats.r).toBeLessThanOrEqual(x + w);
      expect(s.hemi.y - seats.r).toBeGreaterThanOrEqual(y);
      expect(s.hemi.y + seats.r).toBeLessThanOrEqual(y + h);
    }
  });

  it('buildScenes(data).votes has one row per party with its vote and seat labels', () => {
    expect(scenes.votes.rows.map((r) => [r.key, r.name, r.vote.label, r.seat.label])).toEqual([
      ['CPP', 'CPP', '48.8%', '55.3% · 68 seats'],
      ['CNRP', 'CNRP', '44.5%', '44.7% · 55 seats'],
      ['FUNCINPEC', 'Funcinpec', '3.7%', 'no seats'],
      ['LDP', 'LDP', '1.0%', 'no seats'],
      ['KAPP', 'KAPP', '0.7%', 'no seats'],
      ['CNP', 'CNP', '0.6%', 'no seats'],
      ['KEDP', 'KEDP', '0.5%', 'no seats'],
      ['DRP', 'DRP', '0.3%', 'no seats'],
    ]);
    const cpp = scenes.votes.rows[0]!;
    expect(cpp.seat.width / cpp.vote.width).toBeCloseTo(55.28 / 48.83, 2);
  });

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

  it('buildScenes(data).timeline has the three states with their events, in date order from top to bottom', () => {
    const { states } = scenes.timeline;
    expect(Object.keys(states)).toEqual(['dispute', 'boycott', 'afterwards']);
    expect(states.boycott.events.map((e) => e.id)).toEqual(['election', 'parliament-opens', 'commission-agreed', 'meeting-4']);
    expect(states.boycott.spans.map((s) => s.label)).toEqual(['Since the election', 'Since parliament opened']);
    expect(states.dispute.events.map((e) => e.id)).toEqual([
      'election', 'nec-preliminary', 'rally', 'nec-official', 'palace-meeting', 'kbal-thnal', 'reform-talks',
      'parliament-opens', 'pm-vote', 'daily-protests', 'garment-strike', 'veng-sreng', 'freedom-park-cleared',
    ]);
    expect(states.afterwards.events.map((e) => e.id)).toEqual(['meeting-4', ...data.timeline.afterwards.map((e) => e.id)]);
    for (const [name, state] of Object.entries(states)) {
      const ys = state.events.map((e) => e.y);
      const labelYs = state.events.map((e) => e.labelY);
      expect(ys, name).toEqual([...ys].sort((a, b) => a - b));
      expect(labelYs, name).toEqual([...labelYs].sort((a, b) => a - b));
      // Labels are spread at least 17 units apart so that they do not overlap.
      for (let i = 1; i < labelYs.length; i++) expect(labelYs[i]! - labelYs[i - 1]!, `${name} label ${i}`).toBeGreaterThanOrEqual(16.99);
    }
  });

  it('buildScenes(data).meetings gives the four meetings with dates, lengths and the disputed length of the fourth', () => {
    expect(scenes.meetings.meetings.map((m) => [m.n, m.date, m.jointStatement, m.duration])).toEqual([
      [1, '3 March 2014', true, null],
      [2, '10 March 2014', false, 'about three hours'],
      [3, '17 March 2014', true, null],
      [4, '24 March 2014', false, 'one hour'],
    ]);
    expect(scenes.meetings.meetings[3]!.durationConflict).toBe('one hour; more than two hours behind closed doors; 30 minutes, according to CPP officials');
  });

  it.each(['seats', 'votes', 'change', 'timeline'] as const)('every coordinate of the %s scene is finite and inside [0, width] × [0, height]', (name) => {
    const scene = scenes[name];
    const all = coordinates(scene);
    expect(all.length).toBeGreaterThan(10);
    for (const [path, axis, v] of all) {
      expect(Number.isFinite(v), path).toBe(true);
      expect(v, path).toBeGreaterThanOrEqual(0);
      expect(v, path).toBeLessThanOrEqual(axis === 'x' ? scene.width : scene.height);
    }
    for (const n of numbers(scene)) expect(Number.isFinite(n)).toBe(true);
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

  it('buildScenes(data) is deterministic and plain data', () => {
    expect(buildScenes(data)).toEqual(scenes);
    expect(JSON.parse(JSON.stringify(scenes))).toEqual(scenes);
  });
});

describe('buildScenes(data).votes labels', () => {
  it('puts a value label inside its bar when it would run past the chart, and after it otherwise', () => {
    const votes = buildScenes(realDataset()).votes;
    const cpp = votes.rows.find((r) => r.key === 'CPP')!;
    expect(cpp.seat.inside).toBe(true);
    expect(cpp.seat.labelX).toBeLessThan(cpp.seat.x + cpp.seat.width);
    const drp = votes.rows.find((r) => r.key === 'DRP')!;
    expect(drp.vote.inside).toBe(false);
    expect(drp.vote.labelX).toBeGreaterThan(drp.vote.x + drp.vote.width);
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
