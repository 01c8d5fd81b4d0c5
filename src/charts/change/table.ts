import { previousElection, storyElection } from '../../lib/data/elections.ts';
import { must } from '../../lib/must.ts';
import { partyName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { editionFormats } from '../../lib/copy/resolveText.ts';
import { fill } from '../../lib/copy/placeholders.ts';
import type { DataTable } from '../types.ts';

/**
 * The data behind the change chart: each party's seats in the previous election and in this one,
 * in the edition's words (data/copy.json chartText) and digits (editionFormats).
 *
 *   changeTable(dataset).rows[1] // → ['Sam Rainsy Party', '26', 'merged into the CNRP']
 */
export function changeTable(data: Dataset): DataTable {
  const e = data.election;
  const words = data.copy.chartText;
  const f = editionFormats(data);
  const story = storyElection(data);
  const before = must(previousElection(data), 'validateDataset: an election comes before the story’s');
  // Each party of the earlier election, and where its seats went; then the parties new since.
  const carried = before.results.map((r) => {
    const into = e.merger.from.includes(r.party) ? e.merger.into : r.party;
    const now = story.results.find((x) => x.party === into);
    const cells = [partyName(data, r.party), f.number(r.seats), into !== r.party ? fill(words.mergedInto, { PARTY: into }) : now ? f.number(now.seats) : words.didNotStand];
    return { cells, sources: [...new Set([...r.sources, ...(into !== r.party ? e.merger.sources : (now?.sources ?? []))])] };
  });
  const added = story.results.filter((r) => r.seats > 0 && !before.results.some((x) => x.party === r.party));
  return {
    caption: words.tableChange,
    columns: [words.colParty, words.colSeatsBefore, words.colSeatsAfter],
    rows: [...carried.map((row) => row.cells), ...added.map((r) => [partyName(data, r.party), '—', f.number(r.seats)])],
    sources: [...carried.map((row) => row.sources), ...added.map((r) => r.sources)],
  };
}
