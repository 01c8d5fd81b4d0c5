import type { ChartKind, ChartView, Scenes } from '../../charts/index.ts';

/**
 * A step as the live graphic knows it: its id, its anchor ("step-<id>"), its published number (or
 * null), the view and state it shows, the chart that draws that view, and its section's heading.
 */
export type GraphicStep = { id: string; anchor: string; numbers: number[]; aliases: string[]; chart: ChartKind; view: ChartView; state: string; heading: string };

/** What the live graphic needs, serialised into the page as JSON: geometry and the step list. */
export type GraphicProps = {
  scenes: Scenes;
  /** Every step, in story order; validateDataset guarantees at least one (a section has at least one step). */
  steps: [GraphicStep, ...GraphicStep[]];
};
