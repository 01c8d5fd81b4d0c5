/**
 * The data behind each chart view as tables, for readers who cannot see the chart or want the
 * numbers. Built from the dataset, like the charts, so the two cannot disagree.
 *
 *   buildTables(dataset).chamber.rows[0] // → ['CPP', '68', '60', '68']
 */
import { allEvents, electionDate, eventById, meetingDate, partyName } from '../data/lookups.ts';
import { formatDate, formatNumber, formatPercent } from '../format/format.ts';
import type { ChartView, Dataset } from '../data/types.ts';
import { shownDataset } from '../copy/resolveText.ts';
import type { DataTable } from './tables.ts';

export function buildTables(raw: Dataset): Record<ChartView, DataTable> {
  const data = shownDataset(raw);
  const e = data.election;
  const name = (id: string) => partyName(data, id);
  const winners = e.results2013.filter((r) => r.seats > 0);
  const opened = eventById(data, e.boycott.from);
  const boycotting = e.boycott.party;
  const year = electionDate(data).slice(0, 4);
  const prev = String(e.previousElectionYear.value);
  const all = allEvents(data);
  return {
    chamber: {
      caption: `Seats in the National Assembly, ${year}`,
      columns: ['Party', 'Seats won', 'Seats the CNRP said each should have won', `Seats taken on ${formatDate(opened.date)}`],
      rows: winners.map((r) => [name(r.party), String(r.seats), String(e.cnrpClaim.seats[r.party] ?? '—'), r.party === boycotting ? '0' : String(r.seats)]),
    },
    votes: {
      caption: `Votes and seats by party, ${year}`,
      columns: ['Party', 'Votes', 'Share of valid votes', 'Seats', 'Share of seats'],
      rows: e.results2013.map((r) => [name(r.party), formatNumber(r.votes), formatPercent(r.sharePercent, 2), String(r.seats), formatPercent((100 * r.seats) / e.totalSeats.value)]),
    },
    change: {
      caption: `Seats in ${prev} and ${year}`,
      columns: ['Party', `Seats in ${prev}`, `Seats in ${year}`],
      rows: [
        ...e.results2008.map((r) => {
          const into = e.merger.from.includes(r.party) ? e.merger.into : r.party;
          const now = e.results2013.find((x) => x.party === into);
          return [name(r.party), String(r.seats), into !== r.party ? `merged into the ${into}` : now ? String(now.seats) : 'did not stand'];
        }),
        ...e.results2013.filter((r) => r.seats > 0 && !e.results2008.some((x) => x.party === r.party)).map((r) => [name(r.party), '—', String(r.seats)]),
      ],
    },
    map: {
      caption: `Seats won in each constituency, ${year}`,
      columns: ['Constituency', 'Seats', ...winners.map((r) => r.party)],
      rows: [...e.constituencies]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => [c.name, String(c.elects), ...winners.map((r) => String(c.seats[r.party] ?? 0))]),
    },
    timeline: {
      caption: 'Timeline',
      columns: ['Date', 'Event'],
      rows: all.map((ev) => [ev.endDate ? `${formatDate(ev.date)} – ${formatDate(ev.endDate)}` : formatDate(ev.date), `${ev.title}. ${ev.text}`]),
    },
    meetings: {
      caption: 'Meetings of the joint commission on electoral reform',
      columns: ['Meeting', 'Date', 'Length', 'Joint statement', 'Outcome'],
      rows: data.meetings.meetings.map((m) => [String(m.n), formatDate(meetingDate(data, m)), m.duration ? m.duration.text + (m.durationConflict ? ' (accounts differ)' : '') : 'not reported', m.jointStatement ? 'Yes' : 'No', m.outcome]),
    },
  };
}
