import { electionDay } from '../../lib/data/elections.ts';
import { partyName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import type { DataTable } from '../types.ts';

/**
 * The data behind the chamber across elections: each election's date, the size of the chamber and
 * the seats of every party that won any, with the sources of those figures; in the edition's words
 * (data/copy.json chartText) and its years, dates and digits (editionFormats).
 *
 *   assembliesTable(dataset).rows[0] // → ['2008', '27 July 2008', '123', 'Cambodian People’s Party 90, Sam Rainsy Party 26, …']
 */
export function assembliesTable(data: Dataset): DataTable {
  const elections = data.election.elections;
  const words = data.copy.chartText;
  const f = editionFormats(data);
  return {
    caption: words.tableAssemblies,
    columns: [words.colElection, words.colDate, words.colAssemblySeats, words.colSeatsWon],
    rows: elections.map((el) => {
      const day = electionDay(data, el).date;
      // Each election by the year it was held ("2008", as its id in data/election.json writes it).
      return [f.year(day.slice(0, 4)), f.date(day), f.number(el.totalSeats.value), el.results.filter((r) => r.seats > 0).map((r) => `${partyName(data, r.party)} ${f.number(r.seats)}`).join(', ')];
    }),
    sources: elections.map((el) => [...new Set([...electionDay(data, el).sources, ...el.totalSeats.sources, ...el.results.flatMap((r) => r.sources)])]),
  };
}
