import { majorityOf } from '../data/lookups.ts';
import type { Dataset } from '../data/types.ts';
import { formatDate, formatNumber, formatPercent } from '../format/format.ts';

/** A figure token's text as printed and the ids of its sources, or why it cannot be filled in. */
export type ResolvedFigure = { text: string; sources: string[] } | { error: string };

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The names of all figure tokens, with their arguments, for error messages and the README. */
export const figureKeys = [
  'seats:PARTY', 'seats2008:PARTY', 'votes:PARTY', 'share:PARTY', 'seat-share:PARTY', 'margin:PARTY', 'claim:PARTY',
  'total-seats', 'majority', 'registered', 'ballots', 'valid', 'invalid', 'turnout', 'parties', 'minor-share',
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
 *   resolveFigure(dataset, 'seats', ['XYZ'])   // → { error: 'no 2013 result for party "XYZ"' }
 */
export function resolveFigure(data: Dataset, key: string, args: string[]): ResolvedFigure {
  const e = data.election;
  const result2013 = (party: string | undefined) => e.results2013.find((r) => r.party === party);
  const result2008 = (party: string | undefined) => e.results2008.find((r) => r.party === party);
  const event = (id: string | undefined) => [...data.timeline.events, ...data.timeline.afterwards].find((ev) => ev.id === id);
  const arity = (n: number) => (args.length === n ? null : { error: `{${key}} takes ${n} argument${n === 1 ? '' : 's'}, found ${args.length}` });
  const [a, b] = args;

  switch (key) {
    case 'seats':
    case 'votes':
    case 'share':
    case 'seat-share':
    case 'margin': {
      const bad = arity(1);
      if (bad) return bad;
      const r = result2013(a);
      if (!r) return { error: `no 2013 result for party "${a}"` };
      if (key === 'seats') return { text: String(r.seats), sources: r.sources };
      if (key === 'votes') return { text: formatNumber(r.votes), sources: r.sources };
      if (key === 'share') return { text: formatPercent(r.sharePercent), sources: r.sources };
      if (key === 'seat-share') return { text: formatPercent((100 * r.seats) / e.totalSeats.value), sources: [...r.sources, ...e.totalSeats.sources] };
      return { text: String(r.seats - majorityOf(e.totalSeats.value)), sources: [...r.sources, ...e.totalSeats.sources] };
    }
    case 'seats2008': {
      const bad = arity(1);
      if (bad) return bad;
      const r = result2008(a);
      return r ? { text: String(r.seats), sources: r.sources } : { error: `no 2008 result for party "${a}"` };
    }
    case 'claim': {
      const bad = arity(1);
      if (bad) return bad;
      const seats = a !== undefined && Object.hasOwn(e.cnrpClaim.seats, a) ? e.cnrpClaim.seats[a] : undefined;
      return seats === undefined ? { error: `no claimed seats for party "${a}"` } : { text: String(seats), sources: e.cnrpClaim.sources };
    }
    case 'total-seats':
      return arity(0) ?? { text: String(e.totalSeats.value), sources: e.totalSeats.sources };
    case 'majority':
      return arity(0) ?? { text: String(majorityOf(e.totalSeats.value)), sources: e.totalSeats.sources };
    case 'registered':
      return arity(0) ?? { text: formatNumber(e.registeredVoters.value), sources: e.registeredVoters.sources };
    case 'ballots':
      return arity(0) ?? { text: formatNumber(e.ballotsCast.value), sources: e.ballotsCast.sources };
    case 'valid':
      return arity(0) ?? { text: formatNumber(e.validVotes.value), sources: e.validVotes.sources };
    case 'invalid':
      return arity(0) ?? { text: formatNumber(e.invalidBallots.value), sources: e.invalidBallots.sources };
    case 'turnout':
      return arity(0) ?? { text: formatPercent(e.turnoutPercent.value, 2), sources: e.turnoutPercent.sources };
    case 'parties':
      return arity(0) ?? { text: WORDS[e.partiesContesting.value] ?? String(e.partiesContesting.value), sources: e.partiesContesting.sources };
    case 'minor-share': {
      const bad = arity(0);
      if (bad) return bad;
      const minor = e.results2013.filter((r) => r.seats === 0);
      const total = minor.reduce((sum, r) => sum + r.sharePercent, 0);
      return { text: formatPercent(total), sources: [...new Set(minor.flatMap((r) => r.sources))] };
    }
    case 'constituencies':
      return arity(0) ?? { text: String(e.constituencies.length), sources: [...new Set(e.constituencies.flatMap((c) => c.sources))] };
    case 'cseats': {
      if (args.length !== 1 && args.length !== 2) return { error: `{cseats} takes 1 or 2 arguments, found ${args.length}` };
      const c = e.constituencies.find((x) => x.id === a);
      if (!c) return { error: `no constituency "${a}"` };
      if (b === undefined) return { text: String(c.elects), sources: c.sources };
      const seats = Object.hasOwn(c.seats, b) ? c.seats[b] : undefined;
      return seats === undefined ? { error: `no seats for party "${b}" in constituency "${a}"` } : { text: String(seats), sources: c.sources };
    }
    case 'cpp-vote-provinces':
      return arity(0) ?? { text: String(e.cppVoteMajorityProvinces.value), sources: e.cppVoteMajorityProvinces.sources };
    case 'date': {
      const bad = arity(1);
      if (bad) return bad;
      const ev = event(a);
      return ev ? { text: formatDate(ev.date), sources: ev.sources } : { error: `no timeline event "${a}"` };
    }
    case 'day': {
      const bad = arity(1);
      if (bad) return bad;
      const ev = event(a);
      return ev ? { text: formatDate(ev.date).replace(/ \d+$/, ''), sources: ev.sources } : { error: `no timeline event "${a}"` };
    }
    case 'year': {
      const bad = arity(1);
      if (bad) return bad;
      const ev = event(a);
      return ev ? { text: ev.date.slice(0, 4), sources: ev.sources } : { error: `no timeline event "${a}"` };
    }
    case 'previous-year':
      return arity(0) ?? { text: String(e.previousElectionYear.value), sources: e.previousElectionYear.sources };
    case 'months-between': {
      const bad = arity(2);
      if (bad) return bad;
      const from = event(a);
      const to = event(b);
      if (!from || !to) return { error: `no timeline event "${from ? b : a}"` };
      const months = monthsBetween(from.date, to.date);
      if (months < 0) return { error: `{months-between} counts from the earlier event to the later one, but "${a}" (${from.date}) comes after "${b}" (${to.date}); swap them: {months-between:${b}:${a}}` };
      return { text: `${WORDS[months] ?? months} month${months === 1 ? '' : 's'}`, sources: [...new Set([...from.sources, ...to.sources])] };
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
      return arity(0) ?? { text: WORDS[n] ?? String(n), sources: [...new Set(data.meetings.meetings.flatMap((m) => m.sources))] };
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
      return ev ? { text: formatDate(ev.date), sources: ev.sources } : { error: `no timeline event "${key === 'timeline-from' ? view.from : view.to}"` };
    }
    case 'members-per-side':
      return arity(0) ?? { text: WORDS[data.meetings.commission.membersPerSide] ?? String(data.meetings.commission.membersPerSide), sources: data.meetings.commission.sources };
    default:
      return { error: `unknown figure {${[key, ...args].join(':')}}; known figures are ${figureKeys.map((k) => `{${k}}`).join(', ')}` };
  }
}
