/**
 * The provinces chart (view "provinces"): the tile map of the constituencies, its locator map of
 * Cambodia and its data table, on the frozen fixture data.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { realDataset, withJson } from '../../../tests/unit/fixtures/dataTexts.ts';
import { validateDataset } from '../../lib/data/validateDataset.ts';
import { buildScenes, buildTables } from '../index.ts';

const data = realDataset();
const { provinces } = buildScenes(data);
const table = buildTables(data).provinces;
const tileOf = (id: string) => provinces.tiles.find((t) => t.id === id)!;
const { width: W, height: H } = provinces.tileSize;

/** The points of a list [x, y, dx, dy, dx, dy, …]: the first point, then each step added up. */
function points(steps: number[]): [number, number][] {
  const out: [number, number][] = [[steps[0]!, steps[1]!]];
  for (let i = 2; i + 1 < steps.length; i += 2) {
    const [x, y] = out.at(-1)!;
    out.push([x + steps[i]!, y + steps[i + 1]!]);
  }
  return out;
}

/** Every vertex of a locator country, ring by ring. */
const vertices = (rings: number[][]) => rings.flatMap(points);

const inside = ([x, y]: [number, number], box: { x: number; y: number; width: number; height: number }) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
const tileBox = (t: { x: number; y: number }) => ({ x: t.x, y: t.y, width: W, height: H });
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Each province capital's latitude and longitude, as recorded in data/research/geography.md (with
 * its source): the tile map must keep their compass order wherever two capitals lie more than
 * 0.4° (about 45 km) apart.
 */
const CAPITALS: Record<string, [lat: number, lon: number]> = {
  'banteay-meanchey': [13.58588, 102.97369],
  battambang: [13.10271, 103.19822],
  'kampong-cham': [11.98, 105.445],
  'kampong-chhnang': [12.26, 104.67],
  'kampong-speu': [11.45332, 104.52085],
  'kampong-thom': [12.7, 104.883],
  kampot: [10.61041, 104.18145],
  kandal: [11.45474, 104.9435],
  'koh-kong': [11.61531, 102.9838],
  kratie: [12.48811, 106.01879],
  mondulkiri: [12.45583, 107.18811],
  'phnom-penh': [11.56245, 104.91601],
  'preah-vihear': [13.80731, 104.98046],
  'prey-veng': [11.48682, 105.32533],
  pursat: [12.53878, 103.9192],
  ratanakiri: [13.73939, 106.98727],
  'siem-reap': [13.36179, 103.86056],
  sihanoukville: [10.60932, 103.52958],
  'stung-treng': [13.52586, 105.9683],
  'svay-rieng': [11.08785, 105.79935],
  takeo: [10.99081, 104.78498],
  kep: [10.48291, 104.31672],
  pailin: [12.84895, 102.60928],
  'oddar-meanchey': [14.18175, 103.51761],
};

describe('provinces scene: the tile map', () => {
  it('buildScenes(data).provinces has one tile per constituency, 24, and their seats add up to the 123 of the Assembly', () => {
    expect(provinces.tiles).toHaveLength(24);
    expect(provinces.tiles.map((t) => t.id).sort()).toEqual(data.election.constituencies.map((c) => c.id).sort());
    expect(provinces.tiles.reduce((sum, t) => sum + t.seats, 0)).toBe(123);
  });

  it('no two tiles overlap, and every tile lies inside the chart', () => {
    for (const [i, a] of provinces.tiles.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + W).toBeLessThanOrEqual(provinces.width);
      expect(a.y + H).toBeLessThanOrEqual(provinces.height);
      for (const b of provinces.tiles.slice(i + 1)) expect(overlap(tileBox(a), tileBox(b)), `${a.id} and ${b.id}`).toBe(false);
    }
  });

  it.each(data.election.constituencies.map((c) => [c.name, c] as const))('the tile of %s holds one dot per seat, of the colour of the party that won it', (_name, c) => {
    const tile = tileOf(c.id);
    for (const { party, steps } of provinces.dots) {
      const mine = points(steps).filter((p) => inside(p, tileBox(tile)));
      expect(mine, party).toHaveLength(c.seats[party] ?? 0);
    }
    expect(tile.seats).toBe(Object.values(c.seats).reduce((a, b) => a + b, 0));
  });

  it('draws 123 dots in all, 68 for the CPP and 55 for the CNRP, each inside a tile and none on top of another', () => {
    const all = provinces.dots.flatMap(({ steps }) => points(steps));
    expect(provinces.dots.map(({ party, steps }) => [party, points(steps).length])).toEqual([
      ['CPP', 68],
      ['CNRP', 55],
    ]);
    expect(new Set(all.map((p) => p.map((n) => n.toFixed(2)).join())).size).toBe(123);
    for (const p of all) expect(provinces.tiles.some((t) => inside(p, tileBox(t))), p.join()).toBe(true);
  });

  it('puts Phnom Penh south of Kampong Cham and west of Prey Veng, with Kandal below it', () => {
    const [pp, kc, pv, kd] = ['phnom-penh', 'kampong-cham', 'prey-veng', 'kandal'].map(tileOf) as [ReturnType<typeof tileOf>, ReturnType<typeof tileOf>, ReturnType<typeof tileOf>, ReturnType<typeof tileOf>];
    expect(pp.y).toBeGreaterThan(kc.y);
    expect(pp.x).toBeLessThan(pv.x);
    expect(pp.y).toBe(pv.y);
    expect(kd.x).toBe(pp.x);
    expect(kd.y).toBeGreaterThan(pp.y);
  });

  it('keeps the compass order of the province capitals: no tile sits north (or west) of one whose capital lies more than 0.4° further north (or west)', () => {
    const wrong: string[] = [];
    for (const a of data.election.constituencies) {
      for (const b of data.election.constituencies) {
        const [[latA, lonA], [latB, lonB]] = [CAPITALS[a.id]!, CAPITALS[b.id]!];
        if (latA - latB > 0.4 && a.tile.row > b.tile.row) wrong.push(`${a.name} is drawn south of ${b.name}`);
        if (lonB - lonA > 0.4 && a.tile.col > b.tile.col) wrong.push(`${a.name} is drawn east of ${b.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('prints each name in full, or a short form of at most 11 characters for a long one', () => {
    expect(tileOf('phnom-penh').label).toBe('Phnom Penh');
    expect(tileOf('kampong-chhnang').label).toBe('K. Chhnang');
    for (const t of provinces.tiles) expect(t.label.length, t.id).toBeLessThanOrEqual(11);
  });

  it('names the colours in its legend: a swatch and the short name of each party, and what a dot stands for', () => {
    expect(provinces.legend.map((l) => [l.text, l.swatch?.party])).toEqual([
      ['CPP', 'CPP'],
      ['CNRP', 'CNRP'],
      ['One dot per seat', undefined],
    ]);
  });
});

describe('provinces scene: the locator map', () => {
  const { locator } = provinces;

  it('highlights Cambodia, and only Cambodia, among Thailand, Laos and Vietnam', () => {
    expect(locator.countries.filter((c) => c.highlight).map((c) => c.name)).toEqual(['Cambodia']);
    expect(locator.countries.map((c) => c.name)).toEqual(expect.arrayContaining(['Cambodia', 'Thailand', 'Laos', 'Vietnam']));
    expect(locator.labels.map((l) => l.text).sort()).toEqual(['Cambodia', 'Laos', 'Thailand', 'Vietnam']);
    expect(locator.labels.find((l) => l.text === 'Cambodia')!.className).toBe('label-located');
  });

  it('sits in the corner the tiles leave empty, and draws every country inside its frame', () => {
    for (const t of provinces.tiles) expect(overlap(tileBox(t), locator), t.id).toBe(false);
    expect(locator.x + locator.width).toBeLessThanOrEqual(provinces.width);
    expect(locator.y + locator.height).toBeLessThanOrEqual(provinces.height);
    for (const c of locator.countries) for (const p of vertices(c.rings)) expect(inside(p, locator), `${c.name} ${p.join()}`).toBe(true);
    for (const l of locator.labels) expect(inside([l.x, l.y], locator), l.text).toBe(true);
  });

  it('places Cambodia’s label on Cambodia, west of Vietnam’s and south of Laos’s', () => {
    const at = (name: string) => locator.labels.find((l) => l.text === name)!;
    const cambodia = vertices(locator.countries.find((c) => c.highlight)!.rings);
    const xs = cambodia.map((p) => p[0]);
    const ys = cambodia.map((p) => p[1]);
    expect(at('Cambodia').x).toBeGreaterThan(Math.min(...xs));
    expect(at('Cambodia').x).toBeLessThan(Math.max(...xs));
    expect(at('Cambodia').y).toBeGreaterThan(Math.min(...ys));
    expect(at('Cambodia').y).toBeLessThan(Math.max(...ys));
    expect(at('Laos').y).toBeLessThan(at('Cambodia').y);
    expect(at('Thailand').x).toBeLessThan(at('Cambodia').x);
  });

  it('keeps its outlines small: under 500 numbers for every country together, all whole', () => {
    const numbers = locator.countries.flatMap((c) => c.rings.flat());
    expect(numbers.length).toBeLessThan(500);
    for (const n of numbers) expect(Number.isInteger(n)).toBe(true);
  });

  it('holds no text but names, so that no coordinate reads as a figure of the story', () => {
    const strings: string[] = [];
    JSON.stringify(provinces, (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
    for (const s of strings) expect(s, s).not.toMatch(/\d/);
  });

  it('moves below the map when a tile takes the bottom-right corner', () => {
    const moved = validateDataset(withJson('election', (e) => void (e.constituencies.find((c: { id: string }) => c.id === 'takeo').tile = { col: 4, row: 5 })));
    if (!moved.ok) throw new Error(moved.problems.join('\n'));
    const scene = buildScenes(moved.dataset).provinces;
    const takeo = scene.tiles.find((t) => t.id === 'takeo')!;
    expect(overlap(tileBox(takeo), scene.locator)).toBe(false);
    expect(scene.locator.y).toBeGreaterThanOrEqual(takeo.y + H);
    expect(scene.height).toBeGreaterThan(provinces.height);
  });
});

describe('provinces table', () => {
  it('buildTables(data).provinces gives each province’s seats and each party’s share of them, with its sources', () => {
    expect(table.caption).toBe('Seats won in each province, 2013');
    expect(table.columns).toEqual(['Province', 'Seats', 'CPP', 'CNRP']);
    expect(table.rows).toHaveLength(24);
    expect(table.rows.find((r) => r[0] === 'Phnom Penh')).toEqual(['Phnom Penh', '12', '5', '7']);
    expect(table.rows.find((r) => r[0] === 'Kampong Cham')).toEqual(['Kampong Cham', '18', '8', '10']);
    expect(table.rows.reduce((s, r) => s + Number(r[1]), 0)).toBe(123);
    for (const r of table.rows) expect(Number(r[2]) + Number(r[3]), r[0]).toBe(Number(r[1]));
    expect(table.sources).toHaveLength(24);
    expect(table.sources![table.rows.findIndex((r) => r[0] === 'Phnom Penh')]).toEqual(['newmandala', 'voa-data', 'ppp-seat-allocation']);
  });
});

describe('the tiles in the data', () => {
  it('validateDataset refuses two constituencies on one tile, naming both', () => {
    const result = validateDataset(withJson('election', (e) => void (e.constituencies[1].tile = { ...e.constituencies[0].tile })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(String)).toEqual([expect.stringContaining('constituencies[1].tile (id "battambang"): expected a tile of its own (Banteay Meanchey already sits at column 0, row 0)')]);
  });

  it('validateDataset asks for the tile of a constituency that has none', () => {
    const result = validateDataset(withJson('election', (e) => void delete e.constituencies[2].tile));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(String)).toEqual([expect.stringContaining('constituencies[2].tile (id "kampong-cham"): expected a tile object { col, row }')]);
  });
});
