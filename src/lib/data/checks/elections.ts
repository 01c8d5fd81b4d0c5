/**
 * The series of elections holds together: ids are unique, each election is dated once, its seats
 * add up to its chamber, and the story's election is there with every figure the story prints.
 *
 * @module
 */
import { storyElectionGaps } from '../elections.ts';
import type { Dataset } from '../types.ts';
import { didYouMean, type Add } from './add.ts';

/**
 * Checks the series of elections. Returns false when the story's election is missing or
 * incomplete: the checks that read it (figures, tokens, charts) are then skipped, so that one
 * missing figure gives one clear problem rather than a cascade.
 */
export function checkElections(data: Partial<Dataset>, add: Add): boolean {
  const e = data.election;
  if (!e) return true;
  const seen = new Set<string>();
  e.elections.forEach((el, i) => {
    const at = `elections[${i}]`;
    if (seen.has(el.id)) add('election', `${at}.id`, `expected each election once, found "${el.id}" twice`, { hint: 'give a second vote in the same year its own id, e.g. "2013-by"' });
    seen.add(el.id);
    if ((el.event === undefined) === (el.date === undefined))
      add('election', at, `expected election ${el.id} to have either "event" (the id of its timeline event) or "date" (its own sourced date), found ${el.event === undefined ? 'neither' : 'both'}`, {
        hint: 'an election on the timeline names its event; one that is not on the timeline gives { "date": { "value": "YYYY-MM-DD", "sources": [...] } }',
      });
    const parties = new Set<string>();
    el.results.forEach((r, j) => {
      if (parties.has(r.party)) add('election', `${at}.results[${j}].party`, `expected each party once in election ${el.id}, found ${r.party} twice`);
      parties.add(r.party);
    });
    const sum = el.results.reduce((s, r) => s + r.seats, 0);
    if (sum !== el.totalSeats.value)
      add('election', `${at}.results`, `expected the seats of election ${el.id} to add up to its totalSeats (${el.totalSeats.value}), found ${sum}`, {
        hint: 'list every party that won a seat; a party with no seats may be left out',
      });
  });
  const story = e.elections.find((el) => el.id === e.storyElection);
  if (!story) {
    add('election', 'storyElection', `expected the id of an election in "elections", found "${e.storyElection}"`, didYouMean(e.storyElection, e.elections.map((el) => el.id)));
    return false;
  }
  if (e.elections.indexOf(story) === 0)
    add('election', 'elections', `expected an election before the story's (${story.id}): the change chart compares the two`, { hint: 'add the previous election first in the list, with its date, totalSeats and results' });
  const gaps = storyElectionGaps(story);
  if (gaps.length) {
    const i = e.elections.indexOf(story);
    add('election', `elections[${i}]`, `expected the story's election (${story.id}) to have every figure the story prints, found no ${gaps.join(', ')}`, {
      hint: 'the story’s election needs its event, partiesContesting, registeredVoters, ballotsCast, validVotes, invalidBallots, turnoutPercent and votesNote, and votes and sharePercent for every party',
    });
    return false;
  }
  return true;
}
