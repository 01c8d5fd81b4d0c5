/**
 * Dates are stored once, on the events of data/timeline.json; the election, the commission and
 * the meetings name their event. These look the dates up. validateDataset has already checked
 * that every named event exists, so a miss here is a bug, reported as such.
 *
 *   electionDate(dataset)              // → "2013-07-28"
 *   meetingDate(dataset, meetings[1])  // → "2014-03-10"
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
