import type { Scenes } from './scenes.ts';

/** What the live graphic needs, serialised into the page as JSON: geometry and the step list. */
export type GraphicProps = {
  scenes: Scenes;
  steps: { anchor: string; view: string; state: string; heading: string }[];
};
