/**
 * The data behind the provinces chart: the seats won in each constituency, by party.
 *
 * @module
 */
import { storyElection } from '../../lib/data/elections.ts';
import { electionDate, seatCount } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import type { DataTable } from '../types.ts';

/**
 * The provinces view's table: each constituency (a province, or Phnom Penh) by name, the seats it
 * elects and the seats each winning party took there, with the sources of each row.
 *
 *   provincesTable(dataset).rows.find((r) => r[0] === 'Phnom Penh') // → ['Phnom Penh', '12', '5', '7']
 */
export function provincesTable(data: Dataset): DataTable {
  const winners = storyElection(data).results.filter((r) => r.seats > 0);
  const sorted = [...data.election.constituencies].sort((a, b) => a.name.localeCompare(b.name));
  return {
    caption: `Seats won in each province, ${electionDate(data).slice(0, 4)}`,
    columns: ['Province', 'Seats', ...winners.map((r) => r.party)],
    rows: sorted.map((c) => [c.name, String(seatCount(c.seats)), ...winners.map((r) => String(c.seats[r.party] ?? 0))]),
    sources: sorted.map((c) => c.sources),
  };
}
