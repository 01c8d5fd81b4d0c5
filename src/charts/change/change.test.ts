/**
 * The change chart: its scene (the geometry of every state), what the component draws from it, its
 * data table and the text alternative of its two steps, on the frozen fixture data.
 * @module
 */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../tests/unit/fixtures/dataTexts.ts';
import { resolvePlain } from '../../lib/copy/resolveText.ts';
import { cssRules } from '../../styles/cssRules.ts';
import { buildScenes, buildTables } from '../index.ts';
import SeatChange from './SeatChange.svelte';
import { twoLines, type ChangeScene } from './scene.ts';

const data = realDataset();
const scenes = buildScenes(data);
const tables = buildTables(data);
const scene: ChangeScene = scenes.change;
const words = data.copy.chartText;

/** The dots of one column: every line's start, or each distinct end of a line that has one. */
function dotsAt(column: '2008' | '2013') {
  if (column === '2008') return scene.lines.map((l) => ({ key: l.key, y: l.y1 }));
  const ends = scene.lines.filter((l) => l.party2013 !== 'none').map((l) => ({ key: l.party2013, y: l.y2 }));
  return [...new Map(ends.map((d) => [d.key, d])).values()];
}

/** The component's markup in a state, without Svelte's comments. */
const drawn = (state: string) => render(SeatChange, { props: { scene, view: 'change', state } }).body.replace(/<!--[\s\S]*?-->/g, '');

/** The opening tags of the elements of `html` with class `cls`. */
const tagsWith = (html: string, tag: string, cls: string) => [...html.matchAll(new RegExp(`<${tag}[^>]*class="[^"]*\\b${cls}\\b[^"]*"[^>]*>`, 'g'))].map((m) => m[0]);
const attr = (tag: string, name: string) => Number(new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1]);

describe('change scene', () => {
  it('buildScenes(data).change follows 2008 parties to 2013, the merged ones into the CNRP', () => {
    expect(scene.lines.map((l) => [l.key, l.party2013])).toEqual([
      ['CPP', 'CPP'],
      ['SRP', 'CNRP'],
      ['HRP', 'CNRP'],
      ['FUNCINPEC', 'FUNCINPEC'],
      ['NRP', 'none'],
    ]);
    expect(scene.labels2008.map((l) => l.text)).toEqual(['CPP 90', 'SRP 26', 'HRP 3', 'Funcinpec 2', 'NRP 2']);
    expect(scene.labels2013.map((l) => l.text)).toEqual(['CPP 68', 'CNRP 55', 'Funcinpec 0', 'NRP']);
    expect(scene.years.map((l) => l.text)).toEqual(['2008', '2013']);
  });

  for (const column of ['2008', '2013'] as const) {
    it(`no two dots of the ${column} column overlap: their centres are at least two radii (and the outline) apart`, () => {
      const ys = dotsAt(column)
        .map((d) => d.y)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!, ys.join(', ')).toBeGreaterThanOrEqual(2 * scene.dotR + 2);
    });
  }

  it('each label stands within a few units of its own dot, and nearer to it than to any other dot of its column', () => {
    const columns = [
      ['2008', scene.labels2008, scene.lines.map((l) => l.key)],
      ['2013', scene.labels2013.filter((l) => !l.note), dotsAt('2013').map((d) => d.key)],
    ] as const;
    for (const [column, labels, keys] of columns) {
      const dots = dotsAt(column);
      expect(labels).toHaveLength(keys.length);
      labels.forEach((label, i) => {
        const own = dots.find((d) => d.key === keys[i])!;
        const distance = Math.abs(label.y - own.y);
        expect(distance, `${label.text} at ${label.y}, its dot at ${own.y}`).toBeLessThanOrEqual(8);
        for (const other of dots.filter((d) => d.key !== own.key)) expect(distance, `${label.text} against ${other.key}`).toBeLessThan(Math.abs(label.y - other.y));
      });
    }
  });

  it('labels of a column are far enough apart for a line of phone-size type (13 px on a chart 260 px wide: 19 units, less the glyphs’ free space)', () => {
    for (const labels of [scene.labels2008, scene.labels2013]) {
      const ys = labels.map((l) => l.y).sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!, ys.join(', ')).toBeGreaterThanOrEqual(19);
    }
  });

  it('Funcinpec’s 2013 end reads "Funcinpec 0" at its dot, at the bottom of the scale', () => {
    const label = scene.labels2013.find((l) => l.text === 'Funcinpec 0');
    const line = scene.lines.find((l) => l.key === 'FUNCINPEC')!;
    expect(label?.y).toBe(line.y2);
    expect(line.y2).toBe(Math.max(...dotsAt('2013').map((d) => d.y)));
  });

  it('the NRP, which did not stand in 2013, ends below the others in a note with the chartText words, and no dot', () => {
    const nrp = scene.lines.find((l) => l.key === 'NRP')!;
    const label = scene.labels2013.find((l) => l.note);
    expect(label).toMatchObject({ text: 'NRP', note: words.didNotStand, y: nrp.y2 });
    expect(nrp.y2).toBeGreaterThan(Math.max(...dotsAt('2013').map((d) => d.y)));
    const html = drawn('2013');
    expect(tagsWith(html, 'g', 'p-NRP')).toHaveLength(1);
    expect(html).toContain(words.didNotStand);
    const nrpGroup = html.slice(html.indexOf('p-NRP'), html.indexOf('</g>', html.indexOf('p-NRP')));
    expect(tagsWith(nrpGroup, 'circle', 'dot-after')).toEqual([]);
  });

  it('every line starts at its 2008 dot and ends at its 2013 dot, as drawn', () => {
    const html = drawn('2013');
    for (const line of scene.lines) {
      const start = html.indexOf(`p-${line.key} `);
      const group = html.slice(start, html.indexOf('</g>', start));
      const [path] = tagsWith(group, 'line', 'slope-line');
      const [dot, dotAfter] = tagsWith(group, 'circle', 'dot');
      expect([attr(path!, 'x1'), attr(path!, 'y1')], line.key).toEqual([attr(dot!, 'cx'), attr(dot!, 'cy')]);
      if (dotAfter) expect([attr(path!, 'x2'), attr(path!, 'y2')], line.key).toEqual([attr(dotAfter, 'cx'), attr(dotAfter, 'cy')]);
    }
  });

  it('the 2008 state marks the parties that later merged (data.election.merger.from) as predecessors, with a key in the chartText words', () => {
    expect(scene.lines.filter((l) => l.predecessor).map((l) => l.key)).toEqual(data.election.merger.from);
    const html = drawn('2008');
    expect(tagsWith(html, 'g', 'predecessor').filter((t) => t.includes('slope'))).toHaveLength(data.election.merger.from.length);
    expect(scene.predecessorKey.lines.join(' ')).toBe(words.mergedLater);
    for (const line of scene.predecessorKey.lines) expect(html).toContain(`>${line}</tspan>`);
  });

  it('change.css draws predecessors as outlines only before the merger, and hides the key after it', () => {
    const rules = cssRules(readFileSync(new URL('./change.css', import.meta.url), 'utf8'));
    const outline = rules.find((r) => r.selectors.includes('.chart.change:not(.after) .slope.predecessor .dot'));
    expect(outline?.declarations).toMatchObject({ fill: 'var(--bg)', stroke: 'var(--cnrp)' });
    const hidden = rules.find((r) => r.selectors.includes('.after .predecessor-key'));
    expect(hidden?.declarations.opacity).toBe('0');
  });

  it('twoLines splits words at the space nearest their middle', () => {
    expect(twoLines('later merged into the CNRP')).toEqual(['later merged', 'into the CNRP']);
    expect(twoLines('merged')).toEqual(['merged']);
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

describe('change text alternatives', () => {
  const alt = (id: string) => {
    const step = data.copy.sections.flatMap((s) => s.steps ?? []).find((s) => s.id === id);
    return resolvePlain(data, step?.alt ?? '');
  };

  it('the 2008 alt names every party drawn, with its seats, and says which are drawn as later merged', () => {
    for (const label of scene.labels2008) expect(alt('seats-2008')).toContain(label.text.split(' ').at(-1));
    expect(alt('seats-2008')).toContain('later merged into the CNRP');
  });

  it('the 2013 alt says what the chart ends in: the CPP and CNRP results, Funcinpec’s fall to 0, and the NRP not standing', () => {
    const text = alt('seats-2013');
    expect(text).toContain('CNRP with 55');
    expect(text).toContain('Funcinpec falls from 2 to 0');
    expect(text).toContain(`Norodom Ranariddh Party, 2 seats in 2008, ${words.didNotStand}`);
  });
});
