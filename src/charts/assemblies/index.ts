import { defineChart } from '../types.ts';
import { assembliesScene } from './scene.ts';
import { assembliesTable } from './table.ts';

/**
 * The chamber across elections: one hemicycle per election of data/election.json `elections`,
 * each with its own number of seats. Adding an election to the data adds a chamber.
 */
export default defineChart({
  views: { assemblies: ['all'] },
  scene: assembliesScene,
  tables: { assemblies: assembliesTable },
  drawn: (scene) => scene.chambers,
});
