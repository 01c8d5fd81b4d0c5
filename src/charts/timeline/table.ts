import { allEvents } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { formatDate } from '../../lib/format/format.ts';
import type { DataTable } from '../types.ts';

/** The data behind the timeline chart: every event, with its date (or dates) and its text. */
export function timelineTable(data: Dataset): DataTable {
  return {
    caption: 'Timeline',
    columns: ['Date', 'Event'],
    rows: allEvents(data).map((ev) => [ev.endDate ? `${formatDate(ev.date)} – ${formatDate(ev.endDate)}` : formatDate(ev.date), `${ev.title}. ${ev.text}`]),
  };
}
