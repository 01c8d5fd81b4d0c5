import { electionDay, previousElection, storyElection } from '../../lib/data/elections.ts';
import { must } from '../../lib/must.ts';
import { electionDate, partyName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import type { DataTable } from '../types.ts';

/** The data behind the change chart: each party's seats in the previous election and in this one. */
export function changeTable(data: Dataset): DataTable {
  const e = data.election;
  const story = storyElection(data);
  const before = must(previousElection(data), 'validateDataset: an election comes before the story’s');
  const prev = electionDay(data, before).date.slice(0, 4);
  const year = electionDate(data).slice(0, 4);
  // Each party of the earlier election, and where its seats went; then the parties new since.
  const carried = before.results.map((r) => {
    const into = e.merger.from.includes(r.party) ? e.merger.into : r.party;
    const now = story.results.find((x) => x.party === into);
    const cells = [partyName(data, r.party), String(r.seats), into !== r.party ? `merged into the ${into}` : now ? String(now.seats) : data.copy.chartText.didNotStand];
    return { cells, sources: [...new Set([...r.sources, ...(into !== r.party ? e.merger.sources : (now?.sources ?? []))])] };
  });
  const added = story.results.filter((r) => r.seats > 0 && !before.results.some((x) => x.party === r.party));
  return {
    caption: `Seats in ${prev} and ${year}`,
    columns: ['Party', `Seats in ${prev}`, `Seats in ${year}`],
    rows: [...carried.map((row) => row.cells), ...added.map((r) => [partyName(data, r.party), '—', String(r.seats)])],
    sources: [...carried.map((row) => row.sources), ...added.map((r) => r.sources)],
  };
}
