import { defineChart } from '../types.ts';
import { changeScene } from './scene.ts';
import { changeTable } from './table.ts';

/** The change chart: seats in the previous election against this one, as a slope chart. */
export default defineChart({
  views: { change: ['2008', '2013'] },
  scene: changeScene,
  tables: { change: changeTable },
  drawn: (scene, _view, state) => ({ after: state !== '2008', lines: scene.lines }),
});
