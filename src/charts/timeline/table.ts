import { allEvents } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { formatDate } from '../../lib/format/format.ts';
import { rowSources } from '../rowSources.ts';
import { viewEvents } from './viewEvents.ts';
import type { DataTable } from '../types.ts';

/**
 * The data behind the timeline chart: every event, with its date (or dates), its text, and its
 * sources (the event's own, then those of the figures its title and text print).
 *
 *   timelineTable(shown, dataset).sources[0] // → ['reuters-rainsy', 'ipu-2013']
 */
export function timelineTable(data: Dataset, raw: Dataset = data): DataTable {
  const rawEvents = allEvents(raw);
  return {
    caption: 'Timeline',
    columns: ['Date', 'Event'],
    rows: allEvents(data).map((ev) => [ev.endDate ? `${formatDate(ev.date)} – ${formatDate(ev.endDate)}` : formatDate(ev.date), `${ev.title}. ${ev.text}`]),
    sources: rawEvents.map((ev) => rowSources(raw, ev.sources, ev.title, ev.text)),
    // Each state's table lists the events its chart shows.
    states: rawEvents.map((ev) => Object.entries(raw.timeline.views).filter(([, view]) => viewEvents(raw, view).events.includes(ev)).map(([state]) => state)),
  };
}
