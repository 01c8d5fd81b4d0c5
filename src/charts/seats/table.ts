/**
 * The data behind the seats chart: the chamber (seats won, claimed, taken when parliament opened)
 * and the constituencies (seats won in each), in the edition's words (data/copy.json chartText) and
 * numbers and dates (editionFormats).
 *
 * @module
 */
import { storyElection } from '../../lib/data/elections.ts';
import { eventById, partyName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import type { DataTable } from '../types.ts';

/**
 * The chamber view's table: for each party that won seats, the seats it won, the seats the CNRP
 * said it should have won, and the seats it took when parliament opened.
 *
 *   chamberTable(dataset).rows[0] // → ['Cambodian People’s Party', '68', '60', '68']
 */
export function chamberTable(data: Dataset): DataTable {
  const e = data.election;
  const story = storyElection(data);
  const opened = eventById(data, e.boycott.from);
  const words = data.copy.chartText;
  const f = editionFormats(data);
  return {
    caption: words.tableChamber,
    columns: [words.colParty, words.colSeatsWon, words.colClaimed, `${words.colSeatsTakenOn} ${f.date(opened.date)}`],
    rows: story.results
      .filter((r) => r.seats > 0)
      .map((r) => {
        const claimed = e.cnrpClaim.seats[r.party];
        return [partyName(data, r.party), f.number(r.seats), claimed === undefined ? '—' : f.number(claimed), f.number(r.party === e.boycott.party ? 0 : r.seats)];
      }),
    sources: story.results.filter((r) => r.seats > 0).map((r) => [...new Set([...r.sources, ...e.cnrpClaim.sources, ...e.boycott.sources, ...opened.sources])]),
  };
}

/** The map view's table: each constituency (by name), the seats it elects and each winning party's share of them. */
export function constituenciesTable(data: Dataset): DataTable {
  const e = data.election;
  const winners = storyElection(data).results.filter((r) => r.seats > 0);
  const sorted = [...e.constituencies].sort((a, b) => a.name.localeCompare(b.name));
  const words = data.copy.chartText;
  const f = editionFormats(data);
  return {
    caption: words.tableConstituencies,
    columns: [words.colConstituency, words.colSeats, ...winners.map((r) => r.party)],
    rows: sorted.map((c) => [c.name, f.number(c.elects), ...winners.map((r) => f.number(c.seats[r.party] ?? 0))]),
    sources: sorted.map((c) => c.sources),
  };
}
