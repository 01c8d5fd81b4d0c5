/**
 * Checks what types cannot: that the figures of the dataset agree with each other and that every
 * reference (source, party, person, event, conflict, figure token) points at something that exists.
 *
 *   checkConsistency(dataset) // → [] when all is well, else a DataProblem per disagreement
 */
import { DataProblem } from './DataProblem.ts';
import { chartStates } from './chartStates.ts';
import { formatNumber } from './formatNumber.ts';
import { parseCopyText } from './parseCopyText.ts';
import { resolveFigure } from './resolveFigure.ts';
import type { Dataset } from './types.ts';

const file = (name: string) => `data/${name}.json`;
/** Longest timeline title that fits beside its date on a 320 px screen. */
const MAX_TITLE = 32;
/** Element ids the page itself uses; a section id must not collide with them. */
const RESERVED_IDS = ['main', 'sources', 'graphic-root', 'graphic-data'];

export function checkConsistency(data: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (name: string, where: string, message: string) => problems.push(new DataProblem(file(name), where, message));
  const e = data.election;

  // Ids are unique.
  const unique = (name: string, where: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) add(name, `${where}[${i}].id`, `expected a unique id, found "${id}" a second time`);
      seen.add(id);
    });
  };
  unique('sources', 'sources', data.sources.sources.map((s) => s.id));
  unique('sources', 'conflicts', data.sources.conflicts.map((c) => c.id));
  unique('election', 'parties', e.parties.map((p) => p.id));
  unique('election', 'constituencies', e.constituencies.map((c) => c.id));
  unique('people', 'people', data.people.people.map((p) => p.id));
  const eventIds = new Set<string>();
  for (const [list, events] of [['events', data.timeline.events], ['afterwards', data.timeline.afterwards]] as const) {
    events.forEach((ev, i) => {
      if (eventIds.has(ev.id)) add('timeline', `${list}[${i}].id`, `expected a unique id, found "${ev.id}" a second time`);
      eventIds.add(ev.id);
    });
  }
  const sectionIds = data.copy.sections.map((sec) => sec.id);
  data.copy.sections.forEach((sec, i) => {
    if (sectionIds.indexOf(sec.id) !== i) add('copy', `sections[${i}].id`, `expected a unique id, found "${sec.id}" a second time`);
    if (RESERVED_IDS.includes(sec.id) || /^(step|source)-\d+$/.test(sec.id))
      add('copy', `sections[${i}].id`, `expected an id the page does not use itself (${RESERVED_IDS.join(', ')}, step-N, source-N), found "${sec.id}"`);
  });
  const stepIds = data.copy.sections.flatMap((s) => s.steps.map((st) => st.id));
  data.copy.sections.forEach((s, si) =>
    s.steps.forEach((st, i) => {
      if (stepIds.indexOf(st.id) !== stepIds.lastIndexOf(st.id)) add('copy', `sections[${si}].steps[${i}].id`, `expected a unique step id, found "${st.id}" more than once`);
    }),
  );

  // Every source id, party, person and conflict referred to exists.
  const sourceIds = new Set(data.sources.sources.map((s) => s.id));
  const conflictIds = new Set(data.sources.conflicts.map((c) => c.id));
  const partyIds = new Set(e.parties.map((p) => p.id));
  const personIds = new Set(data.people.people.map((p) => p.id));
  const walk = (name: string, value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(name, v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const here = path ? `${path}.${k}` : k;
        if (k === 'sources' && Array.isArray(v)) {
          v.forEach((id, i) => {
            if (typeof id === 'string' && !sourceIds.has(id)) add(name, `${here}[${i}]`, `expected the id of a source listed in data/sources.json, found "${id}"`);
          });
        } else if (k === 'source' && typeof v === 'string' && !sourceIds.has(v)) {
          add(name, here, `expected the id of a source listed in data/sources.json, found "${v}"`);
        } else if ((k === 'conflict' || k === 'durationConflict') && typeof v === 'string' && !conflictIds.has(v)) {
          add(name, here, `expected the id of a conflict listed in data/sources.json, found "${v}"`);
        } else walk(name, v, here);
      }
    }
  };
  for (const name of ['sources', 'election', 'timeline', 'meetings', 'people', 'corrections'] as const) walk(name, data[name], '');
  const checkParty = (name: string, where: string, id: string) => {
    if (!partyIds.has(id)) add(name, where, `expected a party listed in data/election.json parties, found "${id}"`);
  };
  e.results2013.forEach((r, i) => checkParty('election', `results2013[${i}].party`, r.party));
  e.results2008.forEach((r, i) => checkParty('election', `results2008[${i}].party`, r.party));
  checkParty('election', 'merger.into', e.merger.into);
  e.merger.from.forEach((p, i) => checkParty('election', `merger.from[${i}]`, p));
  e.constituencies.forEach((c, i) => Object.keys(c.seats).forEach((p) => checkParty('election', `constituencies[${i}].seats.${p}`, p)));
  Object.keys(e.cnrpClaim.seats).forEach((p) => checkParty('election', `cnrpClaim.seats.${p}`, p));
  checkParty('election', 'boycott.party', e.boycott.party);
  if (!e.results2013.some((r) => r.party === e.boycott.party && r.seats > 0))
    add('election', 'boycott.party', `expected a party that won seats in 2013, found "${e.boycott.party}"`);
  data.people.people.forEach((p, i) => checkParty('people', `people[${i}].party`, p.party));
  for (const side of ['CNRP', 'CPP'] as const) {
    const who = data.meetings.commission.leaders[side];
    if (!personIds.has(who)) add('meetings', `commission.leaders.${side}`, `expected a person listed in data/people.json, found "${who}"`);
  }

  // Seats: each party's total equals the sum over constituencies, and the chamber adds up.
  const total = e.totalSeats.value;
  const sum2013 = e.results2013.reduce((s, r) => s + r.seats, 0);
  if (sum2013 !== total) add('election', 'results2013', `expected seats to add up to totalSeats (${total}), found ${sum2013}`);
  const sum2008 = e.results2008.reduce((s, r) => s + r.seats, 0);
  if (sum2008 !== total) add('election', 'results2008', `expected seats to add up to totalSeats (${total}), found ${sum2008}`);
  const sumClaim = Object.values(e.cnrpClaim.seats).reduce((s, n) => s + n, 0);
  if (sumClaim !== total) add('election', 'cnrpClaim.seats', `expected claimed seats to add up to totalSeats (${total}), found ${sumClaim}`);
  const byConstituency = new Map<string, number>();
  for (const c of e.constituencies) for (const [p, n] of Object.entries(c.seats)) byConstituency.set(p, (byConstituency.get(p) ?? 0) + n);
  e.results2013.forEach((r, i) => {
    const inConstituencies = byConstituency.get(r.party) ?? 0;
    if (inConstituencies !== r.seats) add('election', `results2013[${i}].seats`, `expected ${r.party}'s seats to equal the sum over constituencies (${inConstituencies}), found ${r.seats}`);
  });
  for (const [p, n] of byConstituency) {
    if (!e.results2013.some((r) => r.party === p)) add('election', 'constituencies', `expected a 2013 result for ${p}, which wins ${n} seats in constituencies`);
  }

  // Votes: shares agree with votes to the stated precision; ballots add up.
  const valid = e.validVotes.value;
  const votes = e.results2013.reduce((s, r) => s + r.votes, 0);
  if (votes !== valid) add('election', 'results2013', `expected votes to add up to validVotes (${formatNumber(valid)}), found ${formatNumber(votes)}`);
  e.results2013.forEach((r, i) => {
    const share = (100 * r.votes) / valid;
    const decimals = (String(r.sharePercent).split('.')[1] ?? '').length;
    if (Math.abs(share - r.sharePercent) > 0.5 * 10 ** -decimals + 1e-9)
      add('election', `results2013[${i}].sharePercent`, `expected ${share.toFixed(decimals)} (${formatNumber(r.votes)} of ${formatNumber(valid)} valid votes), found ${r.sharePercent}`);
  });
  if (valid + e.invalidBallots.value !== e.ballotsCast.value)
    add('election', 'ballotsCast.value', `expected validVotes + invalidBallots (${formatNumber(valid + e.invalidBallots.value)}), found ${formatNumber(e.ballotsCast.value)}`);
  if (e.ballotsCast.value > e.registeredVoters.value) add('election', 'ballotsCast.value', `expected no more ballots than registered voters (${formatNumber(e.registeredVoters.value)}), found ${formatNumber(e.ballotsCast.value)}`);
  const turnout = (100 * e.ballotsCast.value) / e.registeredVoters.value;
  const tDecimals = (String(e.turnoutPercent.value).split('.')[1] ?? '').length;
  if (Math.abs(turnout - e.turnoutPercent.value) > 0.5 * 10 ** -tDecimals + 1e-9)
    add('election', 'turnoutPercent.value', `expected ${turnout.toFixed(tDecimals)} (ballots cast ÷ registered voters), found ${e.turnoutPercent.value}`);
  if (e.results2013.length !== e.partiesContesting.value)
    add('election', 'partiesContesting.value', `expected the number of parties in results2013 (${e.results2013.length}), found ${e.partiesContesting.value}`);

  // Dates are in order.
  const inOrder = (name: string, where: string, items: { date: string; endDate?: string }[]) => {
    items.forEach((item, i) => {
      if (item.endDate && item.endDate < item.date) add(name, `${where}[${i}].endDate`, `expected a date on or after ${item.date}, found ${item.endDate}`);
      if (i > 0 && item.date < items[i - 1].date) add(name, `${where}[${i}].date`, `expected a date on or after the previous one (${items[i - 1].date}), found ${item.date}`);
    });
  };
  for (const [list, events] of [['events', data.timeline.events], ['afterwards', data.timeline.afterwards]] as const) {
    events.forEach((ev, i) => {
      if (ev.title.length > MAX_TITLE)
        add('timeline', `${list}[${i}].title`, `expected a title of at most ${MAX_TITLE} characters, so that it fits the timeline on a phone, found ${ev.title.length} characters`);
    });
  }
  inOrder('timeline', 'events', data.timeline.events);
  inOrder('timeline', 'afterwards', data.timeline.afterwards);
  const lastEvent = data.timeline.events.at(-1);
  const firstAfter = data.timeline.afterwards[0];
  if (lastEvent && firstAfter && firstAfter.date < lastEvent.date)
    add('timeline', 'afterwards[0].date', `expected "what happened next" to start on or after the last event (${lastEvent.date}), found ${firstAfter.date}`);
  inOrder('meetings', 'meetings', data.meetings.meetings);
  data.meetings.meetings.forEach((m, i) => {
    if (m.n !== i + 1) add('meetings', `meetings[${i}].n`, `expected meetings numbered 1, 2, 3 … in order, found ${m.n}`);
    if (m.date < data.meetings.commission.agreed) add('meetings', `meetings[${i}].date`, `expected a date on or after the commission was agreed (${data.meetings.commission.agreed}), found ${m.date}`);
  });

  // The copy: every figure resolves, every number is sourced, every chart state exists.
  const checkText = (where: string, text: string) => {
    for (const token of parseCopyText(text)) {
      if (token.kind === 'figure') {
        const r = resolveFigure(data, token.key, token.args);
        if ('error' in r) add('copy', where, `${r.error} (in ${token.raw})`);
      } else if (token.kind === 'cite') {
        token.sources.forEach((id) => {
          if (!sourceIds.has(id)) add('copy', where, `expected the id of a source listed in data/sources.json, found "${id}" (in ${token.raw})`);
        });
      } else {
        const digits = /\d[\d,.]*/.exec(token.text);
        if (digits) add('copy', where, `expected every number to be a figure such as {seats:CPP} or a cited phrase such as [six months]{source-id}, found "${digits[0]}" in plain text`);
        const brace = /[{}]/.exec(token.text);
        if (brace) add('copy', where, `expected a figure such as {seats:CPP}, found a stray "${brace[0]}"`);
      }
    }
  };
  const c = data.copy;
  for (const key of ['title', 'description'] as const) checkText(`meta.${key}`, c.meta[key]);
  for (const key of ['kicker', 'headline', 'dek', 'byline', 'sourcesHeading', 'sourcesIntro', 'credits', 'methodology', 'dataHeading', 'dataIntro', 'dataLicence', 'shareAlt'] as const) checkText(key, c[key]);
  data.corrections.corrections.forEach((entry, i) => {
    checkText(`corrections[${i}].text`, entry.text);
    if (entry.date > c.meta.updated)
      add('corrections', `corrections[${i}].date`, `expected a date on or before meta.updated in data/copy.json (${c.meta.updated}), found ${entry.date}; move meta.updated forward`);
  });
  const meetingNumbers = data.meetings.meetings.map((m) => String(m.n));
  c.sections.forEach((s, si) => {
    checkText(`sections[${si}].heading`, s.heading);
    s.steps.forEach((st, i) => {
      const at = `sections[${si}].steps[${i}]`;
      st.text.forEach((t, ti) => checkText(`${at}.text[${ti}]`, t));
      checkText(`${at}.alt`, st.alt);
      const states = st.chart.view === 'meetings' ? [...chartStates.meetings, ...meetingNumbers] : chartStates[st.chart.view];
      if (!states.includes(st.chart.state))
        add('copy', `${at}.chart.state`, `expected one of ${states.map((x) => `"${x}"`).join(', ')} for the "${st.chart.view}" chart, found "${st.chart.state}"`);
    });
  });
  return problems;
}
