import { meetingDate } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { formatDate } from '../../lib/format/format.ts';
import type { DataTable } from '../types.ts';

/** The data behind the meetings chart: each meeting's date, length, joint statement and outcome. */
export function meetingsTable(data: Dataset): DataTable {
  return {
    caption: 'Meetings of the joint commission on electoral reform',
    columns: ['Meeting', 'Date', 'Length', 'Joint statement', 'Outcome'],
    rows: data.meetings.meetings.map((m) => [
      String(m.n),
      formatDate(meetingDate(data, m)),
      m.duration ? m.duration.text + (m.durationConflict ? ' (accounts differ)' : '') : 'not reported',
      m.jointStatement ? 'Yes' : 'No',
      m.outcome,
    ]),
  };
}
