import { allEvents, eventById } from '../../lib/data/lookups.ts';
import type { Dataset, TimelineEvent } from '../../lib/data/types.ts';

/** A view of data/timeline.json: the events a state of the timeline chart runs between, and marks. */
export type TimelineView = Dataset['timeline']['views']['dispute'];

/**
 * The first and last event of a view, and the events it draws: those it `marks`, or else every
 * event from `from` to `to` (a view without `to` runs to the last event). The chart and its data
 * table both take their events from here, so the table lists what the chart shows.
 *
 *   viewEvents(dataset, dataset.timeline.views.boycott).events.map((e) => e.id)
 *   // → ['election', 'parliament-opens', 'commission-agreed', 'meeting-4']
 */
export function viewEvents(data: Dataset, view: TimelineView): { from: TimelineEvent; to: TimelineEvent; events: TimelineEvent[] } {
  const all = allEvents(data);
  const from = eventById(data, view.from);
  // validateDataset makes every named event exist.
  const to = view.to === undefined ? (all.at(-1) ?? from) : eventById(data, view.to);
  const events = view.marks ? view.marks.map((id) => eventById(data, id)) : all.filter((ev) => ev.date >= from.date && ev.date <= to.date);
  return { from, to, events };
}
