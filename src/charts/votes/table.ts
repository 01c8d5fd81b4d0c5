import { storyElection, voteSourcesOf } from '../../lib/data/elections.ts';
import { partyName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import type { DataTable } from '../types.ts';

/**
 * The data behind the votes chart: every party's votes, share of the valid votes, seats and share
 * of the seats, in the edition's words (data/copy.json chartText) and numbers (editionFormats).
 *
 *   votesTable(dataset).rows[0] // → ['Cambodian People’s Party', '3,235,969', '48.83%', '68', '55.3%']
 */
export function votesTable(data: Dataset): DataTable {
  const e = storyElection(data);
  const words = data.copy.chartText;
  const f = editionFormats(data);
  return {
    caption: words.tableVotes,
    columns: [words.colParty, words.colVotes, words.colVoteShare, words.colSeats, words.colSeatShare],
    sources: e.results.map((r) => [...new Set([...voteSourcesOf(r), ...r.sources, ...e.totalSeats.sources])]),
    rows: e.results.map((r) => [partyName(data, r.party), f.number(r.votes), f.percent(r.sharePercent, 2), f.number(r.seats), f.percent((100 * r.seats) / e.totalSeats.value)]),
  };
}
