import type { ChartKind, ChartView, Scenes } from '../../charts/index.ts';

/** What the live graphic needs, serialised into the page as JSON: geometry and the step list. */
export type GraphicProps = {
  scenes: Scenes;
  /**
   * Each step: its id, its anchor ("step-<id>"), its published number (or null), the view and
   * state it shows, the chart that draws that view, and its section's heading.
   */
  steps: { id: string; anchor: string; number: number | null; chart: ChartKind; view: ChartView; state: string; heading: string }[];
};
