/**
 * The data behind the seats chart: the chamber (seats won, claimed, taken when parliament opened)
 * and the constituencies (seats won in each).
 *
 * @module
 */
import { storyElection } from '../../lib/data/elections.ts';
import { electionDate, eventById, partyName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { formatDate } from '../../lib/format/format.ts';
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
  return {
    caption: `Seats in the National Assembly, ${electionDate(data).slice(0, 4)}`,
    columns: ['Party', 'Seats won', 'Seats the CNRP said each should have won', `Seats taken on ${formatDate(opened.date)}`],
    rows: story.results
      .filter((r) => r.seats > 0)
      .map((r) => [partyName(data, r.party), String(r.seats), String(e.cnrpClaim.seats[r.party] ?? '—'), r.party === e.boycott.party ? '0' : String(r.seats)]),
    sources: story.results.filter((r) => r.seats > 0).map((r) => [...new Set([...r.sources, ...e.cnrpClaim.sources, ...e.boycott.sources, ...opened.sources])]),
  };
}

/** The map view's table: each constituency (by name), the seats it elects and each winning party's share of them. */
export function constituenciesTable(data: Dataset): DataTable {
  const e = data.election;
  const winners = storyElection(data).results.filter((r) => r.seats > 0);
  const sorted = [...e.constituencies].sort((a, b) => a.name.localeCompare(b.name));
  return {
    caption: `Seats won in each constituency, ${electionDate(data).slice(0, 4)}`,
    columns: ['Constituency', 'Seats', ...winners.map((r) => r.party)],
    rows: sorted.map((c) => [c.name, String(c.elects), ...winners.map((r) => String(c.seats[r.party] ?? 0))]),
    sources: sorted.map((c) => c.sources),
  };
}
