import { defineChart } from '../types.ts';
import { meetingsScene } from './scene.ts';
import { meetingsTable } from './table.ts';

/**
 * The meetings chart: the joint commission's meetings as cards. State "overview" shows them all
 * alike; a state that is a meeting's number ("3") puts that meeting in focus.
 */
export default defineChart({
  views: { meetings: ['overview'] },
  moreStates: (data) => ({ meetings: data.meetings.meetings.map((m) => String(m.n)) }),
  scene: meetingsScene,
  tables: { meetings: meetingsTable },
  drawn: (scene, _view, state) => ({ focus: state, cards: scene.meetings.length }),
});
