/**
 * The chart registry, derived from ./all.ts: the views a step may ask for and their states, the
 * chart that draws each view, and every chart's scenes and tables for a dataset. The schema's view
 * enum, the checks, both dispatchers (the live graphic and the static figures) and the data tables
 * all come from here, so a chart cannot be known to one and missing from another.
 *
 * @module
 */
import { shownDataset } from '../lib/copy/resolveText.ts';
import { englishFormats, type Formats } from '../lib/format/formats.ts';
import type { Dataset } from '../lib/data/types.ts';
import * as charts from './all.ts';
import type { DataTable } from './types.ts';

type Charts = typeof charts;
/** The name of a chart (a folder of src/charts): "seats", "votes" … */
export type ChartKind = keyof Charts;
type ViewsOf<K extends ChartKind> = keyof Charts[K]['views'] & string;
/** A view a step of the copy can show: "chamber", "map", "votes" … */
export type ChartView = { [K in ChartKind]: ViewsOf<K> }[ChartKind];
/** The geometry of every chart, keyed by chart. */
export type Scenes = { [K in ChartKind]: ReturnType<Charts[K]['scene']> };

/** The charts in a fixed order (a module namespace lists its exports alphabetically, but not under every loader). */
const kinds = (Object.keys(charts) as ChartKind[]).sort();
const viewToChart = new Map<string, ChartKind>(kinds.flatMap((kind) => Object.keys(charts[kind].views).map((view) => [view, kind] as const)));

/**
 * Every view, in the order of ./all.ts: the values a step's `chart.view` may take (the schema's
 * enum). Typed as plain strings on purpose: the dataset's types must not depend on the charts'.
 */
export const chartViews: readonly [string, ...string[]] = [...viewToChart.keys()] as [string, ...string[]];

/** Whether a string is a view some chart draws (validateDataset has checked every step's). */
export function isChartView(view: string): view is ChartView {
  return viewToChart.has(view);
}

/**
 * The chart that draws a view.
 *
 *   chartOf('map') // → "seats"
 */
export function chartOf(view: ChartView): ChartKind {
  const kind = viewToChart.get(view);
  if (!kind) throw new Error(`no chart draws the view "${view}"`);
  return kind;
}

/** The states a step may ask of a view: the chart's own, and those that come from the data. */
export function statesOf(view: string, data?: Pick<Dataset, 'meetings'>): string[] {
  if (!isChartView(view)) return [];
  const chart = charts[chartOf(view)] as { views: Record<string, readonly string[]>; moreStates?: (d: Dataset) => Partial<Record<string, string[]>> };
  const more = data && chart.moreStates ? (chart.moreStates(data as Dataset)[view] ?? []) : [];
  return [...(chart.views[view] ?? []), ...more];
}

/**
 * The geometry of every chart state, from the validated dataset (tokens in chart words resolved).
 *
 *   buildScenes(dataset).seats // → the seats chart's geometry
 *   buildScenes(dataset, formatsFor('km')) // → the same geometry, its labels in Khmer digits
 */
export function buildScenes(raw: Dataset, f: Formats = englishFormats): Scenes {
  const data = shownDataset(raw, f);
  return Object.fromEntries(kinds.map((kind) => [kind, (charts[kind].scene as (d: Dataset) => unknown)(data)])) as Scenes;
}

/**
 * The data table behind each view.
 *
 *   buildTables(dataset).timeline // → { caption: 'Timeline', columns: ['Date', 'Event'], rows: [...], sources: [['reuters-rainsy', 'ipu-2013'], …] }
 */
export function buildTables(raw: Dataset, f: Formats = englishFormats): Record<ChartView, DataTable> {
  const data = shownDataset(raw, f);
  return Object.fromEntries(
    kinds.flatMap((kind) => Object.entries(charts[kind].tables as Record<string, (d: Dataset, raw: Dataset) => DataTable>).map(([view, table]) => [view, table(data, raw)])),
  ) as Record<ChartView, DataTable>;
}

/** What each (view, state) draws, for the test that no two states draw the same thing. */
export function drawnBy(scenes: Scenes, view: ChartView, state: string): unknown {
  const kind = chartOf(view);
  return (charts[kind].drawn as (scene: unknown, view: string, state: string) => unknown)(scenes[kind], view, state);
}
