import { allEvents } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import { rowSources } from '../rowSources.ts';
import { viewEvents } from './viewEvents.ts';
import type { DataTable } from '../types.ts';

/**
 * The data behind the timeline chart: every event, with its date (or dates), its text, and its
 * sources (the event's own, then those of the figures its title and text print); its words from
 * data/copy.json chartText, its dates in the edition's (editionFormats).
 *
 *   timelineTable(shown, dataset).sources[0] // → ['reuters-rainsy', 'ipu-2013']
 */
export function timelineTable(data: Dataset, raw: Dataset = data): DataTable {
  const words = data.copy.chartText;
  const f = editionFormats(data);
  const rawEvents = allEvents(raw);
  return {
    caption: words.tableTimeline,
    columns: [words.colDate, words.colEvent],
    rows: allEvents(data).map((ev) => [ev.endDate ? `${f.date(ev.date)} – ${f.date(ev.endDate)}` : f.date(ev.date), `${ev.title}. ${ev.text}`]),
    sources: rawEvents.map((ev) => rowSources(raw, ev.sources, ev.title, ev.text)),
    // Each state's table lists the events its chart shows.
    states: rawEvents.map((ev) => Object.entries(raw.timeline.views).filter(([, view]) => viewEvents(raw, view).events.includes(ev)).map(([state]) => state)),
  };
}
