import { defineChart } from '../types.ts';
import { meetingsScene } from './scene.ts';
import { meetingsTable } from './table.ts';

/**
 * The meetings chart: a tracker of what each meeting of the joint commission raised, agreed or left
 * open. State "overview" shows every meeting alike; a state that is a meeting's number ("3") puts
 * that meeting's column in focus and prints each side's position at it.
 */
export default defineChart({
  views: { meetings: ['overview'] },
  moreStates: (data) => ({ meetings: data.meetings.meetings.map((m) => String(m.n)) }),
  scene: meetingsScene,
  tables: { meetings: meetingsTable },
  drawn: (scene, _view, state) => ({
    focus: state,
    columns: scene.meetings.map((m) => m.n),
    rows: scene.rows.map((r) => r.id),
    positions: scene.meetings.find((m) => String(m.n) === state)?.demands ?? null,
  }),
});
