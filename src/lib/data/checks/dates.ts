/**
 * Dates are stored once, on timeline events; what names an event finds it, and events come in order.
 *
 * @module
 */
import type { DataFileName, Dataset, TimelineEvent } from '../types.ts';
import { didYouMean, type Add } from './add.ts';

/** Longest timeline title that fits beside its date on a 320 px screen. */
const MAX_TITLE = 32;

/** Dates are stored once, in timeline.json; everything else names an event, and those events exist and come in order. */
export function checkDates(data: Partial<Dataset>, add: Add) {
  const { timeline, election, meetings } = data;
  if (!timeline) return;
  const all: TimelineEvent[] = [...timeline.events, ...timeline.afterwards];
  const byId = new Map(all.map((ev) => [ev.id, ev]));
  const ids = [...byId.keys()];
  /** The event, or a problem naming the nearest id. */
  const eventAt = (name: DataFileName, where: string, id: string): TimelineEvent | undefined => {
    const ev = byId.get(id);
    if (!ev) add(name, where, `expected the id of an event in data/timeline.json, found "${id}"`, didYouMean(id, ids));
    return ev;
  };

  for (const [list, events] of [['events', timeline.events], ['afterwards', timeline.afterwards]] as const) {
    events.forEach((ev, i) => {
      if (ev.title.length > MAX_TITLE)
        add('timeline', `${list}[${i}].title`, `expected a title of at most ${MAX_TITLE} characters, so that it fits the timeline on a phone, found ${ev.title.length} characters`);
      if (ev.endDate && ev.endDate < ev.date) add('timeline', `${list}[${i}].endDate`, `expected a date on or after ${ev.date}, found ${ev.endDate}`);
      const previous = events[i - 1];
      if (previous && ev.date < previous.date) add('timeline', `${list}[${i}].date`, `expected a date on or after the previous one (${previous.date}), found ${ev.date}`);
    });
  }
  const lastEvent = timeline.events.at(-1);
  const firstAfter = timeline.afterwards[0];
  if (lastEvent && firstAfter && firstAfter.date < lastEvent.date)
    add('timeline', 'afterwards[0].date', `expected "what happened next" to start on or after the last event (${lastEvent.date}), found ${firstAfter.date}`);

  // What each timeline chart shows is declared by event id.
  for (const [state, view] of Object.entries(timeline.views)) {
    const at = `views.${state}`;
    const from = eventAt('timeline', `${at}.from`, view.from);
    const to = view.to === undefined ? all.at(-1) : eventAt('timeline', `${at}.to`, view.to);
    if (from && to && to.date < from.date) add('timeline', `${at}.to`, `expected an event on or after "${from.id}" (${from.date}), found "${to.id}" (${to.date})`);
    view.marks?.forEach((id, i) => {
      const ev = eventAt('timeline', `${at}.marks[${i}]`, id);
      if (ev && from && to && (ev.date < from.date || ev.date > to.date)) add('timeline', `${at}.marks[${i}]`, `expected an event between ${from.date} and ${to.date}, found "${id}" (${ev.date})`);
    });
    view.spans?.forEach((span, i) => {
      const ev = eventAt('timeline', `${at}.spans[${i}].from`, span.from);
      if (ev && from && to && (ev.date < from.date || ev.date > to.date)) add('timeline', `${at}.spans[${i}].from`, `expected an event between ${from.date} and ${to.date}, found "${span.from}" (${ev.date})`);
    });
  }

  if (election) {
    // Each election is dated by its event or its own date; the series runs oldest first.
    let previous: { id: string; date: string } | undefined;
    let storyDay: TimelineEvent | undefined;
    election.elections.forEach((el, i) => {
      const ev = el.event === undefined ? undefined : eventAt('election', `elections[${i}].event`, el.event);
      if (el.id === election.storyElection) storyDay = ev;
      const date = el.date?.value ?? ev?.date;
      if (date === undefined) return;
      if (previous && date <= previous.date)
        add('election', `elections[${i}]`, `expected the elections oldest first, found ${el.id} (${date}) after ${previous.id} (${previous.date})`, { hint: 'move it to its place in the list' });
      previous = { id: el.id, date };
    });
    const began = eventAt('election', 'boycott.from', election.boycott.from);
    if (storyDay && began && began.date < storyDay.date) add('election', 'boycott.from', `expected an event on or after election day (${storyDay.date}), found "${began.id}" (${began.date})`);
  }
  if (meetings) {
    const agreed = eventAt('meetings', 'commission.event', meetings.commission.event);
    let previous: TimelineEvent | undefined;
    meetings.meetings.forEach((m, i) => {
      if (m.n !== i + 1) add('meetings', `meetings[${i}].n`, `expected meetings numbered 1, 2, 3 … in order, found ${m.n}`);
      const ev = eventAt('meetings', `meetings[${i}].event`, m.event);
      if (!ev) return;
      if (agreed && ev.date < agreed.date) add('meetings', `meetings[${i}].event`, `expected a meeting on or after the commission was agreed (${agreed.date}), found "${ev.id}" (${ev.date})`);
      if (previous && ev.date < previous.date) add('meetings', `meetings[${i}].event`, `expected a meeting on or after the previous one (${previous.date}), found "${ev.id}" (${ev.date})`);
      previous = ev;
    });
  }
}
