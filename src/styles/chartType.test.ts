/**
 * Chart type at fixed on-screen sizes (src/styles/charts.css): every SVG chart declares its viewBox
 * for the conversion from px to its own units, the max-widths charts.css mirrors agree with the
 * sheets that set them, and no SVG chart sets a font-size of its own in px (which would scale with
 * its viewBox again). On the live data/, since the viewBoxes are what ships.
 * @module
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveTexts, datasetFrom } from '../../tests/unit/fixtures/dataTexts.ts';
import { buildScenes } from '../charts/index.ts';
import { cssRules, type CssRule } from './cssRules.ts';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
const scenes = buildScenes(datasetFrom(liveTexts())) as Record<string, { width?: unknown; height?: unknown }>;
/** The charts drawn as SVG: those whose scene has a viewBox. */
const svgCharts = Object.entries(scenes).flatMap(([kind, s]) => (typeof s.width === 'number' && typeof s.height === 'number' ? [{ kind, width: s.width, height: s.height }] : []));
const charts = cssRules(read('./charts.css'));

/** The value of `property` in the rules of `rules` with exactly `selector`, inside exactly the at-rules `at`. */
function valueOf(rules: CssRule[], selector: string, property: string, at: string[] = []): string | undefined {
  const found = rules.filter((r) => r.selectors.includes(selector) && r.declarations[property] !== undefined && r.at.join('|') === at.join('|'));
  return found.at(-1)?.declarations[property];
}
const remToPx = (value: string | undefined) => (value && /^[\d.]+rem$/.test(value) ? Number.parseFloat(value) * 16 : NaN);

describe('chart type at fixed on-screen sizes', () => {
  it('finds the SVG charts among the scenes', () => {
    expect(svgCharts.map((c) => c.kind)).toEqual(expect.arrayContaining(['assemblies', 'change', 'seats', 'timeline', 'votes']));
  });

  for (const { kind, width, height } of svgCharts) {
    it(`${kind}: its stylesheet declares its viewBox (--vb-w ${width}, --vb-h ${height}) on .chart.${kind}`, () => {
      const rules = cssRules(read(`../charts/${kind}/${kind}.css`));
      const w = Number(valueOf(rules, `.chart.${kind}`, '--vb-w'));
      const h = Number(valueOf(rules, `.chart.${kind}`, '--vb-h'));
      const fix = `src/charts/${kind}/${kind}.css: write .chart.${kind} { --vb-w: ${width}; --vb-h: ${height}; } (its scene's size)`;
      expect(w, fix).toBe(width);
      // The height only matters where the chart is bound by its frame's height; a few per cent off
      // is a few per cent on the type there.
      expect(Math.abs(h / w - height / width) / (height / width), fix).toBeLessThanOrEqual(0.03);
    });

    it(`${kind}: sets every font-size through the type scale (var(--fs), var(--fs-small), var(--fs-large)), none in px`, () => {
      const own = cssRules(read(`../charts/${kind}/${kind}.css`)).flatMap((r) => (r.declarations['font-size'] ? [`${r.selectors.join(', ')} { font-size: ${r.declarations['font-size']} }`] : []));
      expect(own.filter((d) => !/font-size: var\(--fs(-small|-large)?\) \}$/.test(d))).toEqual([]);
    });
  }

  it('seats: the chamber view declares the chamber’s own box (--vb-h of .chart.seats:not(.is-map)), as its figures draw it', () => {
    const box = (scenes.seats as unknown as { chamberBox: [number, number, number, number] }).chamberBox;
    const rules = cssRules(read('../charts/seats/seats.css'));
    const h = Number(valueOf(rules, '.chart.seats:not(.is-map)', '--vb-h'));
    expect(Math.abs(h - box[3]) / box[3], `src/charts/seats/seats.css: write .chart.seats:not(.is-map) { --vb-h: ${Math.round(box[3])}; }`).toBeLessThanOrEqual(0.03);
  });

  it('mirrors each max-width of a chart in --chart-max (px): 36rem live, 30rem in "Show all" and without JS, 26rem in print, 34rem on a chart page', () => {
    const layout = cssRules(read('./layout.css'));
    const print = ['@media print'];
    const pairs: [string, number, number][] = [
      ['live graphic (layout.css .view > .chart)', remToPx(valueOf(layout, '.view > .chart', 'max-width')), Number(valueOf(charts, '.chart', '--chart-max'))],
      ['"Show all" (layout.css)', remToPx(valueOf(layout, ":is(.show-all, [data-scroll-mode='unrolled']) .step-figure .chart", 'max-width')), Number(valueOf(charts, '.step-figure .chart', '--chart-max'))],
      ['no JS (static/nojs.css)', remToPx(valueOf(cssRules(read('../../static/nojs.css')), '.step-figure .chart', 'max-width')), Number(valueOf(charts, '.step-figure .chart', '--chart-max'))],
      ['print (page-parts.css)', remToPx(valueOf(cssRules(read('./page-parts.css')), '.step-figure .chart', 'max-width', print)), Number(valueOf(charts, '.step-figure .chart', '--chart-max', print))],
      ['chart page (embeds.css)', remToPx(valueOf(cssRules(read('./embeds.css')), '.chart-embed-graphic > .chart', 'max-width')), Number(valueOf(charts, '.chart-embed-graphic > .chart', '--chart-max'))],
    ];
    for (const [where, maxWidth, chartMax] of pairs) expect(chartMax, `${where}: max-width ${maxWidth} px`).toBe(maxWidth);
  });
});

describe('cssRules', () => {
  it('cssRules(css) lists each style rule with its at-rules, selectors and declarations', () => {
    const css = "@import './a.css';\n/* note { } */\n.a, :is(.b, .c) .d { color: red; --x: 1 }\n@media print { @supports (x: y) { .e { max-width: 26rem; } } .f { top: 0 } }";
    expect(cssRules(css)).toEqual([
      { at: [], selectors: ['.a', ':is(.b, .c) .d'], declarations: { color: 'red', '--x': '1' } },
      { at: ['@media print', '@supports (x: y)'], selectors: ['.e'], declarations: { 'max-width': '26rem' } },
      { at: ['@media print'], selectors: ['.f'], declarations: { top: '0' } },
    ]);
  });
});
