import { defineChart } from '../types.ts';
import { votesScene } from './scene.ts';
import { votesTable } from './table.ts';

/** The votes chart: share of the vote against share of the seats, one pair of bars per party. */
export default defineChart({
  views: { votes: ['all'] },
  scene: votesScene,
  tables: { votes: votesTable },
  drawn: (scene) => scene.rows,
});
