import type { Scenes } from './scenes.ts';

/** What the live graphic needs, serialised into the page as JSON: geometry and the step list. */
export type GraphicProps = {
  scenes: Scenes;
  /** Each step: its id, its anchor ("step-<id>"), its published number (or null), its chart and its section's heading. */
  steps: { id: string; anchor: string; number: number | null; view: string; state: string; heading: string }[];
};
