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

/** A data table a reader can open beside a chart: plain strings; the first column is the row header. */
export type DataTable = { caption: string; columns: string[]; rows: string[][] };

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
  /** The data behind each view, as a table. */
  tables: Record<View, (data: Dataset) => DataTable>;
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
  /** The live graphic: changes of state may be spread over frames. */
  live?: boolean;
};
