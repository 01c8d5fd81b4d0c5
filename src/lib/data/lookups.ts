/**
 * Lookups in a validated dataset, written once for every consumer.
 *
 * Dates are stored once, on the events of data/timeline.json; the election, the commission and
 * the meetings name their event. validateDataset has already checked that every named event
 * exists, so a miss here is a bug, reported as such.
 *
 *   electionDate(dataset)              // → "2013-07-28"
 *   meetingDate(dataset, meetings[1])  // → "2014-03-10"
 *   partyName(dataset, 'CPP')          // → "Cambodian People’s Party"
 *   majorityOf(123)                    // → 62
 */
import type { Dataset, Meeting, TimelineEvent } from './types.ts';

export function allEvents(data: Dataset): TimelineEvent[] {
  return [...data.timeline.events, ...data.timeline.afterwards];
}

export function eventById(data: Dataset, id: string): TimelineEvent {
  const ev = allEvents(data).find((e) => e.id === id);
  if (!ev) throw new Error(`no timeline event "${id}" (validateDataset should have reported this)`);
  return ev;
}

export function electionDate(data: Dataset): string {
  return eventById(data, data.election.electionDay).date;
}

export function meetingDate(data: Dataset, meeting: Meeting): string {
  return eventById(data, meeting.event).date;
}

/** A party's full name, or its code if the dataset does not list it. */
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

/** The majority of a chamber: more than half of its seats. */
export function majorityOf(totalSeats: number): number {
  return Math.floor(totalSeats / 2) + 1;
}
