import { defineChart } from '../types.ts';
import { timelineScene } from './scene.ts';
import { timelineTable } from './table.ts';

/** The timeline chart: events down a time axis, in four states declared in data/timeline.json "views". */
export default defineChart({
  views: { timeline: ['dispute', 'boycott', 'afterwards', 'epilogue'] },
  scene: timelineScene,
  tables: { timeline: timelineTable },
  drawn: (scene, _view, state) => scene.states[state as keyof typeof scene.states],
});
