import { defineChart } from '../types.ts';
import { seatsScene } from './scene.ts';
import { chamberTable, constituenciesTable } from './table.ts';

/**
 * The seats chart: the 123 seats of the National Assembly, one mark each, in the hemicycle of the
 * chamber (view "chamber") or in their constituency rows (view "map"). The live graphic moves the
 * same marks between the two.
 */
export default defineChart({
  views: {
    chamber: ['empty', 'party', 'majority', 'claim', 'boycott', 'full'],
    map: ['seats'],
  },
  scene: seatsScene,
  tables: { chamber: chamberTable, map: constituenciesTable },
  drawn: (scene, view, state) => ({ view, parties: scene.states[view === 'map' ? 'seats' : state], labels: scene.labels[view === 'map' ? 'seats' : state], majority: scene.majorityStates.includes(state), contested: state === 'claim' ? scene.contested : [], previous: state === 'majority' ? scene.previous : null }),
});
