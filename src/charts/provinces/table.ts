/**
 * The data behind the provinces chart: the seats won in each constituency, by party, in the
 * edition's words (data/copy.json chartText) and digits (editionFormats).
 *
 * @module
 */
import { storyElection } from '../../lib/data/elections.ts';
import { seatCount } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
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
  const words = data.copy.chartText;
  const f = editionFormats(data);
  return {
    caption: words.tableProvinces,
    columns: [words.colProvince, words.colSeats, ...winners.map((r) => r.party)],
    rows: sorted.map((c) => [c.name, f.number(seatCount(c.seats)), ...winners.map((r) => f.number(c.seats[r.party] ?? 0))]),
    sources: sorted.map((c) => c.sources),
  };
}
