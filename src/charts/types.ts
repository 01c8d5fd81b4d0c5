/**
 * What every chart shares: the shape of a chart module (its views and their states, its scene
 * builder, its data tables), the props every chart component takes, and a label.
 *
 * A chart lives in one folder, `src/charts/<chart>/`: `index.ts` (this definition), `scene.ts`
 * (geometry, computed at build time), `table.ts` (the data behind it), a Svelte component that only
 * draws what the scene says, and its tests. src/charts/index.ts and src/charts/components.ts list
 * the charts, one line each.
 *
 * @module
 */
import type { Dataset } from '../lib/data/types.ts';

/**
 * A data table a reader can open beside a chart: plain strings; the first column is the row header.
 * `sources`, when given, holds the ids of each row's sources (data/sources.json), one list per row
 * in the order of `rows`: the table then ends every row with a "Sources" cell of links to them.
 *
 *   { caption: 'Timeline', columns: ['Date', 'Event'], rows: [['28 July 2013', 'Election day. …']], sources: [['asia-matters']] }
 */
export type DataTable = {
  caption: string;
  columns: string[];
  rows: string[][];
  sources?: string[][];
  /** The states of the view whose chart shows each row (one list per row); without it, every row shows in every state. */
  states?: string[][];
};

/** A position in a chart's viewBox. */
export type Point = { x: number; y: number };
/** A text label of a chart, placed in the chart's viewBox. */
export type Label = { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end'; className?: string };

/**
 * One chart. `views` names the views a step of the copy can ask for (`chart: { view, state }`),
 * each with its states; `moreStates` adds states that come from the data (meeting numbers).
 */
export type ChartDefinition<View extends string, Scene> = {
  views: Record<View, readonly string[]>;
  moreStates?: (data: Dataset) => Partial<Record<View, string[]>>;
  /** The geometry of every state, computed from the validated dataset at build time. */
  scene: (data: Dataset) => Scene;
  /**
   * The data behind each view, as a table: from the dataset as readers see it (`data`, tokens
   * resolved) and, for the sources of the figures a row prints, the validated dataset (`raw`).
   */
  tables: Record<View, (data: Dataset, raw: Dataset) => DataTable>;
  /** What a (view, state) shows, for the test that every state draws something of its own. */
  drawn: (scene: Scene, view: View, state: string) => unknown;
};

/** Declares a chart with its types inferred (a function only for the inference). */
export function defineChart<View extends string, Scene>(chart: ChartDefinition<View, Scene>): ChartDefinition<View, Scene> {
  return chart;
}

/** The props of every chart component: its own scene, the view and state to draw, and how. */
export type ChartProps<Scene> = {
  scene: Scene;
  view: string;
  state: string;
  /** A static figure beside its step (cropped, compact) rather than the live graphic. */
  compact?: boolean;
};
