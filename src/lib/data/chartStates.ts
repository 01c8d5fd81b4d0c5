import type { ChartView } from './types.ts';

/**
 * The states each chart view can show; a step of the copy picks one with `chart: { view, state }`.
 * For "meetings", the state may also be a meeting number ("1", "2", …).
 */
export const chartStates: Record<ChartView, readonly string[]> = {
  chamber: ['empty', 'party', 'majority', 'claim', 'boycott', 'full'],
  votes: ['all'],
  change: ['2008', '2013'],
  map: ['seats'],
  timeline: ['dispute', 'boycott', 'afterwards'],
  meetings: ['overview'],
};
