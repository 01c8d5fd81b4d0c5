/**
 * Every id is unique in its list, and every source, conflict, party and person referred to exists.
 *
 * @module
 */
import { formatPath } from '../formatPath.ts';
import { storyElection } from '../elections.ts';
import type { DataFileName, Dataset } from '../types.ts';
import { didYouMean, type Add } from './add.ts';

/** Ids are unique within their list. */
export function checkIds(data: Partial<Dataset>, add: Add) {
  const unique = (name: DataFileName, where: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) add(name, `${where}[${i}].id`, `expected a unique id, found "${id}" a second time`);
      seen.add(id);
    });
  };
  if (data.sources) {
    unique('sources', 'sources', data.sources.sources.map((s) => s.id));
    unique('sources', 'conflicts', data.sources.conflicts.map((c) => c.id));
  }
  if (data.election) {
    unique('election', 'parties', data.election.parties.map((p) => p.id));
    unique('election', 'constituencies', data.election.constituencies.map((c) => c.id));
  }
  if (data.people) unique('people', 'people', data.people.people.map((p) => p.id));
  if (data.timeline) {
    const eventIds = new Set<string>();
    for (const [list, events] of [['events', data.timeline.events], ['afterwards', data.timeline.afterwards]] as const) {
      events.forEach((ev, i) => {
        if (eventIds.has(ev.id)) add('timeline', `${list}[${i}].id`, `expected a unique id, found "${ev.id}" a second time`);
        eventIds.add(ev.id);
      });
    }
  }
}

/** Every source id, party, person and conflict referred to exists. */
export function checkReferences(data: Partial<Dataset>, add: Add) {
  const { sources, election, people, meetings } = data;
  if (sources) {
    const sourceIds = new Set(sources.sources.map((s) => s.id));
    const conflictIds = new Set(sources.conflicts.map((c) => c.id));
    const walk = (name: DataFileName, value: unknown, path: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(name, v, [...path, i]));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          const here = [...path, k];
          if (k === 'sources' && Array.isArray(v)) {
            v.forEach((id, i) => {
              if (typeof id === 'string' && !sourceIds.has(id))
                add(name, formatPath([...here, i]), `expected the id of a source listed in data/sources.json, found "${id}"`, didYouMean(id, sourceIds));
            });
          } else if (k === 'source' && typeof v === 'string' && !sourceIds.has(v)) {
            add(name, formatPath(here), `expected the id of a source listed in data/sources.json, found "${v}"`, didYouMean(v, sourceIds));
          } else if ((k === 'conflict' || k === 'durationConflict') && typeof v === 'string' && !conflictIds.has(v)) {
            add(name, formatPath(here), `expected the id of a conflict listed in data/sources.json, found "${v}"`, didYouMean(v, conflictIds));
          } else walk(name, v, here);
        }
      }
    };
    for (const name of ['sources', 'election', 'timeline', 'meetings', 'people', 'corrections'] as const) if (data[name]) walk(name, data[name], []);
  }
  if (election) {
    const partyIds = new Set(election.parties.map((p) => p.id));
    const checkParty = (name: DataFileName, where: string, id: string) => {
      if (!partyIds.has(id)) add(name, where, `expected a party listed in data/election.json parties, found "${id}"`, didYouMean(id, partyIds));
    };
    election.elections.forEach((el, i) => el.results.forEach((r, j) => checkParty('election', `elections[${i}].results[${j}].party`, r.party)));
    const story = storyElection({ election });
    const at = `elections[${election.elections.indexOf(story)}]`;
    checkParty('election', 'merger.into', election.merger.into);
    election.merger.from.forEach((p, i) => checkParty('election', `merger.from[${i}]`, p));
    election.constituencies.forEach((c, i) => Object.keys(c.seats).forEach((p) => checkParty('election', `constituencies[${i}].seats.${p}`, p)));
    Object.keys(election.cnrpClaim.seats).forEach((p) => checkParty('election', `cnrpClaim.seats.${p}`, p));
    checkParty('election', 'boycott.party', election.boycott.party);
    if (!story.results.some((r) => r.party === election.boycott.party && r.seats > 0))
      add('election', 'boycott.party', `expected a party that won seats in ${story.id}, found "${election.boycott.party}"`);
    if (story.results.filter((r) => r.seats > 0).length < 2)
      add('election', `${at}.results`, 'expected at least two parties with seats: the charts compare the two largest');
    // The claim chart labels the two largest parties with their claimed seats.
    for (const r of story.results.filter((x) => x.seats > 0).slice(0, 2))
      if (!Object.hasOwn(election.cnrpClaim.seats, r.party)) add('election', 'cnrpClaim.seats', `expected the claimed seats of ${r.party}, one of the two parties the claim chart compares, found none`);
    if (people) people.people.forEach((p, i) => checkParty('people', `people[${i}].party`, p.party));
  }
  if (meetings && sources) {
    // The accounts of a disputed length are the conflict's claims in numbers: each cites one of its sources.
    meetings.meetings.forEach((m, i) => {
      if (!m.durationAccounts) return;
      const conflict = sources.conflicts.find((c) => c.id === m.durationConflict);
      if (!m.durationConflict) add('meetings', `meetings[${i}].durationAccounts`, 'expected a "durationConflict" beside the accounts of a length: the conflict the page lists them under');
      else if (conflict) {
        const cited = new Set(conflict.claims.map((c) => c.source));
        m.durationAccounts.forEach((a, j) =>
          a.sources.forEach((id, k) => {
            if (!cited.has(id)) add('meetings', `meetings[${i}].durationAccounts[${j}].sources[${k}]`, `expected a source of a claim of conflict "${conflict.id}", found "${id}"`);
          }),
        );
      }
    });
  }
  if (meetings) {
    // The tracker's rows: each issue once, and each meeting says at most once what it did with an issue that is a row.
    const issueIds = new Set<string>();
    meetings.issues.forEach((issue, i) => {
      if (issueIds.has(issue.id)) add('meetings', `issues[${i}].id`, `expected a unique id, found "${issue.id}" a second time`);
      issueIds.add(issue.id);
    });
    meetings.meetings.forEach((m, i) => {
      const seen = new Set<string>();
      (m.issues ?? []).forEach((cell, j) => {
        const where = `meetings[${i}].issues[${j}].issue`;
        if (!issueIds.has(cell.issue)) add('meetings', where, `expected the id of an issue listed in "issues", found "${cell.issue}"`, didYouMean(cell.issue, issueIds));
        else if (seen.has(cell.issue)) add('meetings', where, `expected each issue once per meeting, found "${cell.issue}" a second time`);
        seen.add(cell.issue);
      });
    });
  }
  if (meetings && people) {
    const personIds = new Set(people.people.map((p) => p.id));
    for (const side of ['CNRP', 'CPP'] as const) {
      const who = meetings.commission.leaders[side];
      if (!personIds.has(who)) add('meetings', `commission.leaders.${side}`, `expected a person listed in data/people.json, found "${who}"`, didYouMean(who, personIds));
    }
  }
}
