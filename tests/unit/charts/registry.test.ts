/**
 * The chart registry (src/charts): every view a step may ask for has a chart, a component, a
 * table, and states that each draw something of their own.
 */
import { describe, expect, it } from 'vitest';
import * as charts from '../../../src/charts/all.ts';
import * as components from '../../../src/charts/components.ts';
import { buildScenes, buildTables, chartOf, chartViews, drawnBy, statesOf, type ChartView } from '../../../src/charts/index.ts';
import { datasetSchemas } from '../../../src/lib/data/datasetSchemas.ts';
import { realDataset } from '../fixtures/dataTexts.ts';

const data = realDataset();
const scenes = buildScenes(data);
const tables = buildTables(data);

describe('the chart registry', () => {
  it('lists the views assemblies, change, meetings, provinces, chamber, map, timeline and votes (charts in alphabetical order), each drawn by one chart', () => {
    expect(chartViews).toEqual(['assemblies', 'change', 'meetings', 'provinces', 'chamber', 'map', 'timeline', 'votes']);
    expect(chartViews.map((v) => chartOf(v as ChartView))).toEqual(['assemblies', 'change', 'meetings', 'provinces', 'seats', 'seats', 'timeline', 'votes']);
  });

  it('has a component for every chart, and a chart for every component', () => {
    expect(Object.keys(components).sort()).toEqual(Object.keys(charts).sort());
  });

  it('gives the schema its enum of views: a step may name exactly the registry’s views', () => {
    const view = datasetSchemas.copy.shape.sections.element.shape.steps.element.shape.chart.shape.view;
    expect(view.options).toEqual([...chartViews]);
  });

  it('builds a scene for every chart and a table for every view', () => {
    expect(Object.keys(scenes).sort()).toEqual(Object.keys(charts).sort());
    expect(Object.keys(tables).sort()).toEqual([...chartViews].sort());
    for (const view of chartViews) expect(tables[view as ChartView].rows.length, view).toBeGreaterThan(0);
  });

  it('draws something different for every (view, state) of every chart', () => {
    const seen = new Map<string, string>();
    for (const view of chartViews as readonly ChartView[]) {
      for (const state of statesOf(view, data)) {
        const drawn = JSON.stringify(drawnBy(scenes, view, state));
        expect(drawn, `${view}/${state}`).not.toBe(undefined);
        expect(seen.get(drawn), `${view}/${state} draws what ${seen.get(drawn)} draws`).toBeUndefined();
        seen.set(drawn, `${view}/${state}`);
      }
    }
    expect(seen.size).toBe(6 + 1 + 1 + 2 + 4 + 5 + 1 + 1);
  });

  it('adds the meeting numbers of the data to the meetings view’s states', () => {
    expect(statesOf('meetings', data)).toEqual(['overview', '1', '2', '3', '4']);
    expect(statesOf('chamber')).toEqual(['empty', 'party', 'majority', 'claim', 'boycott', 'full']);
    expect(statesOf('pie')).toEqual([]);
  });
});
