import { electionDate, partyName } from '../../lib/data/lookups.ts';
import type { Dataset } from '../../lib/data/types.ts';
import type { DataTable } from '../types.ts';

/** The data behind the change chart: each party's seats in the previous election and in this one. */
export function changeTable(data: Dataset): DataTable {
  const e = data.election;
  const prev = String(e.previousElectionYear.value);
  const year = electionDate(data).slice(0, 4);
  return {
    caption: `Seats in ${prev} and ${year}`,
    columns: ['Party', `Seats in ${prev}`, `Seats in ${year}`],
    rows: [
      ...e.results2008.map((r) => {
        const into = e.merger.from.includes(r.party) ? e.merger.into : r.party;
        const now = e.results2013.find((x) => x.party === into);
        return [partyName(data, r.party), String(r.seats), into !== r.party ? `merged into the ${into}` : now ? String(now.seats) : 'did not stand'];
      }),
      ...e.results2013.filter((r) => r.seats > 0 && !e.results2008.some((x) => x.party === r.party)).map((r) => [partyName(data, r.party), '—', String(r.seats)]),
    ],
  };
}
