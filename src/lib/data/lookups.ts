/**
 * Lookups in a validated dataset, written once for every consumer.
 *
 * Dates are stored once, on the events of data/timeline.json; the election, the commission and
 * the meetings name their event. validateDataset has already checked that every named event
 * exists, so a miss here is a bug, reported as such.
 *
 * @module
 */
import { electionDay, storyElection } from './elections.ts';
import type { Dataset, Meeting, TimelineEvent } from './types.ts';

/** Every event of data/timeline.json: `events`, then `afterwards`, each in date order. */
export function allEvents(data: Dataset): TimelineEvent[] {
  return [...data.timeline.events, ...data.timeline.afterwards];
}

/**
 * The event with this id.
 *
 * @throws Error if there is none (validateDataset reports every missing event first).
 */
export function eventById(data: Dataset, id: string): TimelineEvent {
  const ev = allEvents(data).find((e) => e.id === id);
  if (!ev) throw new Error(`no timeline event "${id}" (validateDataset should have reported this)`);
  return ev;
}

/**
 * The date of the story's election day, from its event.
 *
 *   electionDate(dataset) // → "2013-07-28"
 */
export function electionDate(data: Dataset): string {
  return electionDay(data, storyElection(data)).date;
}

/**
 * The date of a meeting of the joint commission, from its event.
 *
 *   meetingDate(dataset, meetings[1]) // → "2014-03-10"
 */
export function meetingDate(data: Dataset, meeting: Meeting): string {
  return eventById(data, meeting.event).date;
}

/**
 * A party's full name, or its code if the dataset does not list it.
 *
 *   partyName(dataset, 'CPP') // → "Cambodian People’s Party"
 */
export function partyName(data: Dataset, party: string): string {
  return data.election.parties.find((p) => p.id === party)?.name ?? party;
}

/** A party's short name for chart labels ("Funcinpec"), or its code. */
export function shortName(data: Dataset, party: string): string {
  return data.election.parties.find((p) => p.id === party)?.shortName ?? party;
}

/** The seats of a constituency, added up over its parties. */
export function seatCount(seats: Record<string, number>): number {
  return Object.values(seats).reduce((sum, n) => sum + n, 0);
}

/**
 * The majority of a chamber: more than half of its seats.
 *
 *   majorityOf(123) // → 62
 */
export function majorityOf(totalSeats: number): number {
  return Math.floor(totalSeats / 2) + 1;
}
