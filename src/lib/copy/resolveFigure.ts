import { electionById, electionDay, previousElection, storyElection, voteSourcesOf, type Election } from '../data/elections.ts';
import { majorityOf } from '../data/lookups.ts';
import type { Dataset } from '../data/types.ts';
import { englishFormats, type Formats } from '../format/formats.ts';

/** A figure token's text as printed and the ids of its sources, or why it cannot be filled in. */
export type ResolvedFigure = { text: string; sources: string[] } | { error: string };

/** The names of all figure tokens, with their arguments, for error messages and the README. */
export const figureKeys = [
  'seats:PARTY', 'votes:PARTY', 'share:PARTY', 'seat-share:PARTY', 'margin:PARTY', 'claim:PARTY', 'seats-lost:PARTY', 'short-of-majority:PARTY',
  'seats:ELECTION:PARTY', 'votes:ELECTION:PARTY', 'share:ELECTION:PARTY', 'seat-share:ELECTION:PARTY', 'margin:ELECTION:PARTY',
  'total-seats', 'majority', 'registered', 'ballots', 'valid', 'invalid', 'turnout', 'parties', 'minor-share',
  'total-seats:ELECTION', 'majority:ELECTION', 'turnout:ELECTION', 'parties:ELECTION', 'election-date:ELECTION', 'election-year:ELECTION',
  'constituencies', 'cseats:CONSTITUENCY', 'cseats:CONSTITUENCY:PARTY', 'cpp-vote-provinces',
  'date:EVENT', 'day:EVENT', 'year:EVENT', 'previous-year', 'meeting-length:N', 'members-per-side', 'months-between:EVENT:EVENT',
  'meeting-count', 'timeline-from:VIEW', 'timeline-to:VIEW',
] as const;

/** Whole calendar months from one ISO date to a later one. */
export function monthsBetween(from: string, to: string): number {
  // Dates of validated events are YYYY-MM-DD; a missing part gives NaN, never a wrong count.
  const [y1 = NaN, m1 = NaN, d1 = NaN] = from.split('-').map(Number);
  const [y2 = NaN, m2 = NaN, d2 = NaN] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/**
 * Looks up a figure token of the copy in the dataset: its text as printed and its sources.
 * This is the only place that turns data into the numbers of the prose, so a number in the text
 * can never disagree with the charts.
 *
 *   resolveFigure(dataset, 'seats', ['CPP'])   // → { text: '68', sources: ['vna-final-results', …] }
 *   resolveFigure(dataset, 'date', ['election']) // → { text: '28 July 2013', sources: [...] }
 *   resolveFigure(dataset, 'day', ['election'])  // → { text: '28 July', sources: [...] }
 *   resolveFigure(dataset, 'seats', ['2008', 'SRP']) // → { text: '26', sources: [...] }
 *   resolveFigure(dataset, 'seats', ['XYZ'])   // → { error: 'no 2013 result for party "XYZ"' }
 *   resolveFigure(dataset, 'date', ['election'], formatsFor('km')) // → { text: '២៨ កក្កដា ២០១៣', sources: [...] }
 *
 * `f` is how the edition writes numbers and dates (English unless given).
 */
export function resolveFigure(data: Dataset, key: string, args: string[], f: Formats = englishFormats): ResolvedFigure {
  const e = data.election;
  const story = storyElection(data);
  const event = (id: string | undefined) => [...data.timeline.events, ...data.timeline.afterwards].find((ev) => ev.id === id);
  const arity = (n: number) => (args.length === n ? null : { error: `{${key}} takes ${n} argument${n === 1 ? '' : 's'}, found ${args.length}` });
  /** The election a token names as its first argument, or the story's when it names none. */
  const electionOf = (named: boolean): Election | { error: string } => {
    if (!named) return story;
    const id = args[0] ?? '';
    return electionById(data, id) ?? { error: `no election "${id}"; the elections are ${e.elections.map((x) => x.id).join(', ')}` };
  };
  /** An election's date, or why it has none (validateDataset reports the cause on its own). */
  const dayOf = (el: Election): { date: string; sources: string[] } | { error: string } => {
    if (el.date || event(el.event)) return electionDay(data, el);
    return { error: el.event === undefined ? `no date for election ${el.id}` : `no timeline event "${el.event}" for election ${el.id}` };
  };
  const [a, b] = args;

  switch (key) {
    case 'seats':
    case 'votes':
    case 'share':
    case 'seat-share':
    case 'margin': {
      if (args.length !== 1 && args.length !== 2) return { error: `{${key}} takes a party, or an election and a party ({${key}:2008:CPP}), found ${args.length} arguments` };
      const el = electionOf(args.length === 2);
      if ('error' in el) return el;
      const party = args.at(-1);
      const r = el.results.find((x) => x.party === party);
      if (!r) return { error: `no ${el.id} result for party "${party}"` };
      const total = el.totalSeats;
      if (key === 'seats') return { text: f.number(r.seats), sources: r.sources };
      if (key === 'seat-share') return { text: f.percent((100 * r.seats) / total.value), sources: [...r.sources, ...total.sources] };
      if (key === 'margin') return { text: f.number(r.seats - majorityOf(total.value)), sources: [...r.sources, ...total.sources] };
      if (key === 'votes') return r.votes === undefined ? { error: `no votes for ${party} in election ${el.id}` } : { text: f.number(r.votes), sources: voteSourcesOf(r) };
      return r.sharePercent === undefined ? { error: `no vote share for ${party} in election ${el.id}` } : { text: f.percent(r.sharePercent), sources: voteSourcesOf(r) };
    }
    case 'seats-lost': {
      const bad = arity(1);
      if (bad) return bad;
      const before = previousElection(data);
      const was = before?.results.find((r) => r.party === a);
      const now = story.results.find((r) => r.party === a);
      if (!before || !was || !now) return { error: `no ${before?.id ?? 'previous'} and ${story.id} results for party "${a}" to compare` };
      if (was.seats < now.seats) return { error: `no seats lost: ${a} went from ${was.seats} to ${now.seats}` };
      return { text: f.number(was.seats - now.seats), sources: [...new Set([...was.sources, ...now.sources])] };
    }
    case 'short-of-majority': {
      const bad = arity(1);
      if (bad) return bad;
      const r = story.results.find((x) => x.party === a);
      if (!r) return { error: `no ${story.id} result for party "${a}"` };
      const need = majorityOf(story.totalSeats.value);
      if (r.seats >= need) return { error: `no shortfall: ${a} has ${r.seats} seats, a majority (${need})` };
      return { text: f.number(need - r.seats), sources: [...r.sources, ...story.totalSeats.sources] };
    }
    case 'seats2008':
      return { error: `no token {seats2008} any more: write {seats:2008:PARTY}, the election's id first` };
    case 'total-seats':
    case 'majority':
    case 'turnout':
    case 'parties': {
      if (args.length > 1) return { error: `{${key}} takes no argument, or an election ({${key}:2018}), found ${args.length}` };
      const el = electionOf(args.length === 1);
      if ('error' in el) return el;
      if (key === 'total-seats') return { text: f.number(el.totalSeats.value), sources: el.totalSeats.sources };
      if (key === 'majority') return { text: f.number(majorityOf(el.totalSeats.value)), sources: el.totalSeats.sources };
      if (key === 'turnout') return el.turnoutPercent ? { text: f.percent(el.turnoutPercent.value, 2), sources: el.turnoutPercent.sources } : { error: `no turnoutPercent in election ${el.id}` };
      const n = el.partiesContesting;
      return n ? { text: f.count(n.value), sources: n.sources } : { error: `no partiesContesting in election ${el.id}` };
    }
    case 'election-date':
    case 'election-year': {
      const bad = arity(1);
      if (bad) return bad;
      const el = electionOf(true);
      if ('error' in el) return el;
      const day = dayOf(el);
      if ('error' in day) return day;
      return { text: key === 'election-date' ? f.date(day.date) : f.year(day.date.slice(0, 4)), sources: day.sources };
    }
    case 'claim': {
      const bad = arity(1);
      if (bad) return bad;
      const seats = a !== undefined && Object.hasOwn(e.cnrpClaim.seats, a) ? e.cnrpClaim.seats[a] : undefined;
      return seats === undefined ? { error: `no claimed seats for party "${a}"` } : { text: f.number(seats), sources: e.cnrpClaim.sources };
    }
    case 'registered':
      return arity(0) ?? { text: f.number(story.registeredVoters.value), sources: story.registeredVoters.sources };
    case 'ballots':
      return arity(0) ?? { text: f.number(story.ballotsCast.value), sources: story.ballotsCast.sources };
    case 'valid':
      return arity(0) ?? { text: f.number(story.validVotes.value), sources: story.validVotes.sources };
    case 'invalid':
      return arity(0) ?? { text: f.number(story.invalidBallots.value), sources: story.invalidBallots.sources };
    case 'minor-share': {
      const bad = arity(0);
      if (bad) return bad;
      const minor = story.results.filter((r) => r.seats === 0);
      const total = minor.reduce((sum, r) => sum + r.sharePercent, 0);
      return { text: f.percent(total), sources: [...new Set(minor.flatMap(voteSourcesOf))] };
    }
    case 'constituencies':
      return arity(0) ?? { text: f.number(e.constituencies.length), sources: [...new Set(e.constituencies.flatMap((c) => c.sources))] };
    case 'cseats': {
      if (args.length !== 1 && args.length !== 2) return { error: `{cseats} takes 1 or 2 arguments, found ${args.length}` };
      const c = e.constituencies.find((x) => x.id === a);
      if (!c) return { error: `no constituency "${a}"` };
      if (b === undefined) return { text: f.number(c.elects), sources: c.sources };
      const seats = Object.hasOwn(c.seats, b) ? c.seats[b] : undefined;
      return seats === undefined ? { error: `no seats for party "${b}" in constituency "${a}"` } : { text: f.number(seats), sources: c.sources };
    }
    case 'cpp-vote-provinces':
      return arity(0) ?? { text: f.number(e.cppVoteMajorityProvinces.value), sources: e.cppVoteMajorityProvinces.sources };
    case 'date': {
      const bad = arity(1);
      if (bad) return bad;
      const ev = event(a);
      return ev ? { text: f.date(ev.date), sources: ev.sources } : { error: `no timeline event "${a}"` };
    }
    case 'day': {
      const bad = arity(1);
      if (bad) return bad;
      const ev = event(a);
      return ev ? { text: f.day(ev.date), sources: ev.sources } : { error: `no timeline event "${a}"` };
    }
    case 'year': {
      const bad = arity(1);
      if (bad) return bad;
      const ev = event(a);
      return ev ? { text: f.year(ev.date.slice(0, 4)), sources: ev.sources } : { error: `no timeline event "${a}"` };
    }
    case 'previous-year': {
      const bad = arity(0);
      if (bad) return bad;
      const before = previousElection(data);
      if (!before) return { error: `no election before ${story.id} in the series` };
      const day = dayOf(before);
      if ('error' in day) return day;
      return { text: f.year(day.date.slice(0, 4)), sources: day.sources };
    }
    case 'months-between': {
      const bad = arity(2);
      if (bad) return bad;
      const from = event(a);
      const to = event(b);
      if (!from || !to) return { error: `no timeline event "${from ? b : a}"` };
      const months = monthsBetween(from.date, to.date);
      if (months < 0) return { error: `{months-between} counts from the earlier event to the later one, but "${a}" (${from.date}) comes after "${b}" (${to.date}); swap them: {months-between:${b}:${a}}` };
      return { text: f.months(months), sources: [...new Set([...from.sources, ...to.sources])] };
    }
    case 'meeting-length': {
      const bad = arity(1);
      if (bad) return bad;
      const m = data.meetings.meetings.find((x) => String(x.n) === a);
      if (!m) return { error: `no meeting ${a}` };
      return m.duration ? { text: m.duration.text, sources: m.duration.sources } : { error: `meeting ${a} has no recorded duration` };
    }
    case 'meeting-count': {
      const n = data.meetings.meetings.length;
      return arity(0) ?? { text: f.count(n), sources: [...new Set(data.meetings.meetings.flatMap((m) => m.sources))] };
    }
    case 'timeline-from':
    case 'timeline-to': {
      const bad = arity(1);
      if (bad) return bad;
      const views = data.timeline.views as Record<string, { from: string; to?: string } | undefined>;
      const view = a !== undefined && Object.hasOwn(views, a) ? views[a] : undefined;
      if (!view) return { error: `no timeline view "${a}"; the views are ${Object.keys(views).join(', ')}` };
      const all = [...data.timeline.events, ...data.timeline.afterwards];
      // A view without "to" runs to the last event, so an event added at the end moves this date too.
      const ev = key === 'timeline-from' ? event(view.from) : view.to === undefined ? all.at(-1) : event(view.to);
      return ev ? { text: f.date(ev.date), sources: ev.sources } : { error: `no timeline event "${key === 'timeline-from' ? view.from : view.to}"` };
    }
    case 'members-per-side':
      return arity(0) ?? { text: f.count(data.meetings.commission.membersPerSide), sources: data.meetings.commission.sources };
    default:
      return { error: `unknown figure {${[key, ...args].join(':')}}; known figures are ${figureKeys.map((k) => `{${k}}`).join(', ')}` };
  }
}
