import { electionDay, storyElection, voteSourcesOf } from '../data/elections.ts';
import { electionDate, meetingDate, partyName } from '../data/lookups.ts';
import type { Dataset } from '../data/types.ts';
import { shownDataset } from '../copy/resolveText.ts';
import { toCsv } from './toCsv.ts';

/** A file for dist/data/: its name, its text, and the title the page lists it under. */
export type Download = { name: string; text: string; title: string };

/**
 * The dataset as files readers can download from dist/data/: CSV tables (one row per fact, each
 * with its source ids) and the whole dataset as one JSON file, plus a README with the licence.
 *
 *   buildDownloads(dataset).find((f) => f.name === 'results-2013.csv')?.text
 *   // → 'party,party_name,seats,votes,share_percent,sources\r\nCPP,Cambodian People’s Party,68,…'
 */
export function buildDownloads(raw: Dataset, licence: string): Download[] {
  // Every prose field as readers see it: tokens resolved, so no file holds a raw {token}.
  const data = shownDataset(raw);
  const e = data.election;
  const name = (id: string) => partyName(data, id);
  const ids = (sources: readonly string[] | undefined) => (sources ?? []).join(';');
  const story = storyElection(data);
  const winners = story.results.filter((r) => r.seats > 0).map((r) => r.party);
  const { $schema: _a, ...sources } = data.sources;
  const durationAccounts = (conflictId: string | undefined) =>
    data.sources.conflicts
      .find((c) => c.id === conflictId)
      ?.claims.map((c) => `${c.claim} (${c.source})`)
      .join('; ') ?? '';
  const files: Download[] = [
    {
      name: `results-${story.id}.csv`,
      title: `Votes and seats by party, ${story.id}`,
      text: toCsv([
        ['party', 'party_name', 'seats', 'votes', 'share_percent', 'sources', 'vote_sources'],
        ...story.results.map((r) => [r.party, name(r.party), r.seats, r.votes, r.sharePercent, ids(r.sources), ids(voteSourcesOf(r))]),
      ]),
    },
    {
      name: 'elections.csv',
      title: 'Seats by party in every election',
      text: toCsv([
        ['election', 'date', 'total_seats', 'party', 'party_name', 'seats', 'votes', 'sources'],
        ...e.elections.flatMap((el) => el.results.map((r) => [el.id, electionDay(data, el).date, el.totalSeats.value, r.party, name(r.party), r.seats, r.votes ?? '', ids(r.sources)])),
      ]),
    },
    {
      name: 'constituencies.csv',
      title: 'Seats won in each constituency, 2013',
      text: toCsv([
        ['constituency_id', 'constituency', 'seats_total', ...winners.map((p) => `seats_${p}`), 'sources'],
        ...e.constituencies.map((c) => [c.id, c.name, c.elects, ...winners.map((p) => c.seats[p] ?? 0), ids(c.sources)]),
      ]),
    },
    {
      name: 'timeline.csv',
      title: 'Timeline of events',
      text: toCsv([
        ['id', 'date', 'end_date', 'phase', 'kind', 'title', 'text', 'sources'],
        ...data.timeline.events.map((ev) => [ev.id, ev.date, ev.endDate ?? '', 'events', ev.kind, ev.title, ev.text, ids(ev.sources)]),
        ...data.timeline.afterwards.map((ev) => [ev.id, ev.date, ev.endDate ?? '', 'afterwards', ev.kind, ev.title, ev.text, ids(ev.sources)]),
      ]),
    },
    {
      name: 'meetings.csv',
      title: 'Meetings of the joint commission, March 2014',
      text: toCsv([
        ['meeting', 'date', 'joint_statement', 'duration_hours', 'duration_text', 'duration_accounts', 'outcome', 'sources'],
        ...data.meetings.meetings.map((m) => [
          m.n,
          meetingDate(data, m),
          m.jointStatement,
          m.duration?.hours ?? '',
          m.duration?.text ?? '',
          // Where accounts of the length differ, every account with its source, as the page gives them.
          durationAccounts(m.durationConflict),
          m.outcome,
          ids([...m.sources, ...(m.duration?.sources ?? [])].filter((v, i, a) => a.indexOf(v) === i)),
        ]),
      ]),
    },
    {
      name: 'sources.csv',
      title: 'Sources',
      text: toCsv([['id', 'publisher', 'title', 'date', 'url', 'confidence', 'note'], ...sources.sources.map((s) => [s.id, s.publisher, s.title, s.date ?? '', s.url, s.confidence, s.note ?? ''])]),
    },
  ];
  const strip = <T extends { $schema?: string }>(value: T) => {
    const { $schema: _s, ...rest } = value;
    return rest;
  };
  const json = {
    licence,
    sources: strip(data.sources),
    // Dates are stored once, on timeline events; the download also writes them where they apply.
    election: {
      date: electionDate(data),
      ...strip(data.election),
      elections: data.election.elections.map((el) => (el.date ? el : { ...el, date: { value: electionDay(data, el).date, sources: electionDay(data, el).sources } })),
    },
    timeline: strip(data.timeline),
    meetings: { ...strip(data.meetings), meetings: data.meetings.meetings.map((m) => ({ ...m, date: meetingDate(data, m) })) },
    people: strip(data.people),
    corrections: strip(data.corrections).corrections,
  };
  files.push({ name: 'dataset.json', title: 'The whole dataset (JSON)', text: `${JSON.stringify(json, null, 2)}\n` });
  files.push({
    name: 'README.txt',
    title: 'About these files',
    text: `${licence}\r\n\r\n${files.map((f) => `${f.name}: ${f.title}`).join('\r\n')}\r\n\r\nThe "sources" column lists source ids separated by semicolons; sources.csv gives each id's publisher, title, date and address.\r\n`,
  });
  return files;
}
