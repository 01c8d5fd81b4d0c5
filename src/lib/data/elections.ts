/**
 * The series of elections in data/election.json, and the one the story is about.
 *
 * Each election is dated once: by its event on the timeline, or (for one that is not on the
 * timeline, such as the previous election) by its own sourced date. The story's election has every
 * national figure; checks/elections.ts has made sure of that before anything here runs, so a miss
 * is a bug, reported as such.
 *
 * @module
 */
import { must } from '../must.ts';
import type { Dataset } from './types.ts';

/** One election of the series: its date, the chamber it filled, and its results. */
export type Election = Dataset['election']['elections'][number];
/** One party's result in one election. */
export type ElectionResult = Election['results'][number];

/** The figures the story's election must have (the story and its charts print every one). */
export const STORY_ELECTION_NEEDS = ['event', 'partiesContesting', 'registeredVoters', 'ballotsCast', 'validVotes', 'invalidBallots', 'turnoutPercent', 'votesNote'] as const;
type Needed = (typeof STORY_ELECTION_NEEDS)[number];

/** The story's election: every national figure present, and votes and a share for every party. */
export type StoryElection = Omit<Election, Needed | 'results'> &
  Required<Pick<Election, Needed>> & { results: (ElectionResult & { votes: number; sharePercent: number })[] };

/**
 * What the story's election lacks, in words, or nothing: for the check that reports it.
 *
 *   storyElectionGaps({ ...election2013, turnoutPercent: undefined }) // → ['turnoutPercent']
 */
export function storyElectionGaps(election: Election): string[] {
  const gaps: string[] = STORY_ELECTION_NEEDS.filter((k) => election[k] === undefined);
  election.results.forEach((r, i) => {
    if (r.votes === undefined) gaps.push(`results[${i}].votes`);
    if (r.sharePercent === undefined) gaps.push(`results[${i}].sharePercent`);
  });
  return gaps;
}

/**
 * The election the story is about (`storyElection`), with all its figures.
 *
 *   storyElection(dataset).results[0] // → { party: 'CPP', seats: 68, votes: 3235969, … }
 *
 * @throws Error if it is missing or incomplete (validateDataset reports that first).
 */
export function storyElection(data: Pick<Dataset, 'election'>): StoryElection {
  const e = must(electionById(data, data.election.storyElection), 'validateDataset: storyElection names an election of the series');
  if (storyElectionGaps(e).length) throw new Error('broken guarantee: validateDataset: the story’s election has every figure');
  return e as StoryElection;
}

/** The election with this id, if the series has it. */
export function electionById(data: Pick<Dataset, 'election'>, id: string): Election | undefined {
  return data.election.elections.find((e) => e.id === id);
}

/**
 * The election before the story's, if the series has one: the chamber the story compares with.
 *
 *   previousElection(dataset)?.id // → "2008"
 */
export function previousElection(data: Pick<Dataset, 'election'>): Election | undefined {
  const i = data.election.elections.findIndex((e) => e.id === data.election.storyElection);
  return i > 0 ? data.election.elections[i - 1] : undefined;
}

/** The elections after the story's, oldest first. */
export function laterElections(data: Pick<Dataset, 'election'>): Election[] {
  const i = data.election.elections.findIndex((e) => e.id === data.election.storyElection);
  return i < 0 ? [] : data.election.elections.slice(i + 1);
}

/**
 * An election's date and the sources that give it: from its timeline event, or its own `date`.
 *
 *   electionDay(dataset, previousElection(dataset)) // → { date: '2008-07-27', sources: [...] }
 */
export function electionDay(data: Pick<Dataset, 'election' | 'timeline'>, election: Election): { date: string; sources: string[] } {
  if (election.date) return { date: election.date.value, sources: election.date.sources };
  const ev = [...data.timeline.events, ...data.timeline.afterwards].find((x) => x.id === election.event);
  const found = must(ev, `validateDataset: election ${election.id} names an event of data/timeline.json`);
  return { date: found.date, sources: found.sources };
}

/** Where a result's votes and share come from: `voteSources`, or else the result's `sources`. */
export function voteSourcesOf(result: ElectionResult): string[] {
  return result.voteSources ?? result.sources;
}
