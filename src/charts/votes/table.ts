import { storyElection, voteSourcesOf } from '../../lib/data/elections.ts';
import { electionDate, partyName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { formatNumber, formatPercent } from '../../lib/format/format.ts';
import type { DataTable } from '../types.ts';

/**
 * The data behind the votes chart: every party's votes, share of the valid votes, seats and share
 * of the seats.
 */
export function votesTable(data: Dataset): DataTable {
  const e = storyElection(data);
  return {
    caption: `Votes and seats by party, ${electionDate(data).slice(0, 4)}`,
    columns: ['Party', 'Votes', 'Share of valid votes', 'Seats', 'Share of seats'],
    sources: e.results.map((r) => [...new Set([...voteSourcesOf(r), ...r.sources, ...e.totalSeats.sources])]),
    rows: e.results.map((r) => [partyName(data, r.party), formatNumber(r.votes), formatPercent(r.sharePercent, 2), String(r.seats), formatPercent((100 * r.seats) / e.totalSeats.value)]),
  };
}
