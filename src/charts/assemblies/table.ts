import { electionDay } from '../../lib/data/elections.ts';
import { partyName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { formatDate } from '../../lib/format/format.ts';
import type { DataTable } from '../types.ts';

/**
 * The data behind the chamber across elections: each election's date, the size of the chamber and
 * the seats of every party that won any, with the sources of those figures.
 *
 *   assembliesTable(dataset).rows[0] // → ['2008', '27 July 2008', '123', 'Cambodian People’s Party 90, Sam Rainsy Party 26, …']
 */
export function assembliesTable(data: Dataset): DataTable {
  const elections = data.election.elections;
  return {
    caption: 'Seats in the National Assembly, election by election',
    columns: ['Election', 'Date', 'Seats in the Assembly', 'Seats won'],
    rows: elections.map((el) => [
      el.id,
      formatDate(electionDay(data, el).date),
      String(el.totalSeats.value),
      el.results.filter((r) => r.seats > 0).map((r) => `${partyName(data, r.party)} ${r.seats}`).join(', '),
    ]),
    sources: elections.map((el) => [...new Set([...electionDay(data, el).sources, ...el.totalSeats.sources, ...el.results.flatMap((r) => r.sources)])]),
  };
}
