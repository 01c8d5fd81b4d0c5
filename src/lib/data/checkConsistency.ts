/**
 * Checks what types cannot: that the figures of the dataset agree with each other, that every
 * reference (source, party, person, event, conflict, figure token) points at something that
 * exists, and that no prose field holds a number typed by hand.
 *
 * It works on whatever files passed their schema: a broken file does not hide the problems of the
 * others. Each check runs when the files it needs are there.
 *
 *   checkConsistency({ election, timeline, … }) // → [] when all is well, else a DataProblem per disagreement
 */
import { DataProblem, type ProblemDetails } from './DataProblem.ts';
import { figureCatalogue, tokensFor } from '../copy/figureCatalogue.ts';
import { figureKeys, resolveFigure } from '../copy/resolveFigure.ts';
import { formatNumber } from '../format/format.ts';
import { nearest } from './nearest.ts';
import { EARLIER_VERSION, parseCopyText } from '../copy/parseCopyText.ts';
import { proseFields } from './proseFields.ts';
import { formatPath } from './formatPath.ts';
import type { DataFileName, Dataset, TimelineEvent } from './types.ts';
import { statesOf } from '../../charts/index.ts';

/** Longest timeline title that fits beside its date on a 320 px screen. */
const MAX_TITLE = 32;
/** Element ids the page itself uses; a section id must not collide with them. */
const RESERVED_IDS = ['main', 'sources', 'graphic-root', 'graphic-data'];

type Add = (name: DataFileName, where: string, message: string, details?: ProblemDetails) => void;

export function checkConsistency(data: Partial<Dataset>, fileName: (name: DataFileName) => string = (n) => `data/${n}.json`): DataProblem[] {
  const problems: DataProblem[] = [];
  const add: Add = (name, where, message, details) => problems.push(new DataProblem(fileName(name), where, message, details));
  checkIds(data, add);
  checkReferences(data, add);
  checkSeatsAndVotes(data, add);
  checkDates(data, add);
  checkProse(data, add);
  checkCopy(data, add);
  return problems;
}

const didYouMean = (word: string, known: Iterable<string>) => {
  const guess = nearest(word, known);
  return guess ? { hint: `did you mean "${guess}"?` } : {};
};

/** Ids are unique within their list. */
function checkIds(data: Partial<Dataset>, add: Add) {
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
function checkReferences(data: Partial<Dataset>, add: Add) {
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
    election.results2013.forEach((r, i) => checkParty('election', `results2013[${i}].party`, r.party));
    election.results2008.forEach((r, i) => checkParty('election', `results2008[${i}].party`, r.party));
    checkParty('election', 'merger.into', election.merger.into);
    election.merger.from.forEach((p, i) => checkParty('election', `merger.from[${i}]`, p));
    election.constituencies.forEach((c, i) => Object.keys(c.seats).forEach((p) => checkParty('election', `constituencies[${i}].seats.${p}`, p)));
    Object.keys(election.cnrpClaim.seats).forEach((p) => checkParty('election', `cnrpClaim.seats.${p}`, p));
    checkParty('election', 'boycott.party', election.boycott.party);
    if (!election.results2013.some((r) => r.party === election.boycott.party && r.seats > 0))
      add('election', 'boycott.party', `expected a party that won seats in 2013, found "${election.boycott.party}"`);
    if (election.results2013.filter((r) => r.seats > 0).length < 2)
      add('election', 'results2013', 'expected at least two parties with seats: the charts compare the two largest');
    // The claim chart labels the two largest parties with their claimed seats.
    for (const r of election.results2013.filter((x) => x.seats > 0).slice(0, 2))
      if (!Object.hasOwn(election.cnrpClaim.seats, r.party)) add('election', 'cnrpClaim.seats', `expected the claimed seats of ${r.party}, one of the two parties the claim chart compares, found none`);
    if (people) people.people.forEach((p, i) => checkParty('people', `people[${i}].party`, p.party));
  }
  if (meetings && people) {
    const personIds = new Set(people.people.map((p) => p.id));
    for (const side of ['CNRP', 'CPP'] as const) {
      const who = meetings.commission.leaders[side];
      if (!personIds.has(who)) add('meetings', `commission.leaders.${side}`, `expected a person listed in data/people.json, found "${who}"`, didYouMean(who, personIds));
    }
  }
}

/** Seats add up in every direction; shares agree with votes; ballots add up. */
function checkSeatsAndVotes(data: Partial<Dataset>, add: Add) {
  const e = data.election;
  if (!e) return;
  const total = e.totalSeats.value;
  const seatsOf = (seats: Record<string, number>) => Object.entries(seats);
  // Each constituency first: when one is off, that is the real cause of every other sum being off.
  let constituenciesOk = true;
  e.constituencies.forEach((c, i) => {
    const sum = seatsOf(c.seats).reduce((s, [, n]) => s + n, 0);
    if (sum !== c.elects) {
      constituenciesOk = false;
      const parts = seatsOf(c.seats).map(([p, n]) => `${p} ${n}`).join(' + ');
      add('election', `constituencies[${i}].seats`, `${c.name} now has ${sum} seats (${parts}); it elects ${c.elects}`, {
        hint: `correct the seats so they add up to ${c.elects} (move a seat from one party to another), or correct "elects" if the constituency's size changed`,
      });
    }
  });
  const elects = e.constituencies.reduce((s, c) => s + c.elects, 0);
  if (elects !== total) add('election', 'constituencies', `expected the constituencies to elect totalSeats (${total}) members between them, found ${elects}`);
  const sum2013 = e.results2013.reduce((s, r) => s + r.seats, 0);
  if (sum2013 !== total) add('election', 'results2013', `expected seats to add up to totalSeats (${total}), found ${sum2013}`);
  const sum2008 = e.results2008.reduce((s, r) => s + r.seats, 0);
  if (sum2008 !== total) add('election', 'results2008', `expected seats to add up to totalSeats (${total}), found ${sum2008}`);
  const sumClaim = Object.values(e.cnrpClaim.seats).reduce((s, n) => s + n, 0);
  if (sumClaim !== total) add('election', 'cnrpClaim.seats', `expected claimed seats to add up to totalSeats (${total}), found ${sumClaim}`);
  if (constituenciesOk) {
    const byConstituency = new Map<string, number>();
    for (const c of e.constituencies) for (const [p, n] of seatsOf(c.seats)) byConstituency.set(p, (byConstituency.get(p) ?? 0) + n);
    e.results2013.forEach((r, i) => {
      const inConstituencies = byConstituency.get(r.party) ?? 0;
      if (inConstituencies !== r.seats)
        add('election', `results2013[${i}].seats`, `expected ${r.party}'s seats to equal the sum over constituencies (${inConstituencies}), found ${r.seats}`, {
          hint: `set it to ${inConstituencies}, or correct the constituency that changed`,
        });
    });
    for (const [p, n] of byConstituency) {
      if (!e.results2013.some((r) => r.party === p)) add('election', 'constituencies', `expected a 2013 result for ${p}, which wins ${n} seats in constituencies`);
    }
  }

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
}

/** Dates are stored once, in timeline.json; everything else names an event, and those events exist and come in order. */
function checkDates(data: Partial<Dataset>, add: Add) {
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
    const day = eventAt('election', 'electionDay', election.electionDay);
    const began = eventAt('election', 'boycott.from', election.boycott.from);
    if (day && began && began.date < day.date) add('election', 'boycott.from', `expected an event on or after election day (${day.date}), found "${began.id}" (${began.date})`);
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

/**
 * Every prose field of every file: a number is a figure token or inside a cited phrase, every
 * token resolves, every cited source exists, and no brace is left over.
 */
function checkProse(data: Partial<Dataset>, add: Add) {
  const canResolve = data.election && data.timeline && data.meetings;
  const full = canResolve ? (data as Dataset) : undefined;
  const catalogue = full ? figureCatalogue(full) : [];
  const knownTokens = catalogue.map((f) => f.token);
  const sourceIds = data.sources ? new Set(data.sources.sources.map((s) => s.id)) : undefined;
  for (const name of ['sources', 'election', 'timeline', 'meetings', 'people', 'copy', 'corrections'] as const) {
    const json = data[name];
    if (!json) continue;
    for (const field of proseFields(name, json)) {
      const where = formatPath(field.path);
      for (const token of parseCopyText(field.text)) {
        if (token.kind === 'figure') {
          if (!full) {
            // The data the token needs is broken; its name can still be checked.
            const keys = figureKeys.map((k) => k.split(':')[0]!);
            if (!keys.includes(token.key)) add(name, where, `expected a figure token listed in the README, found ${token.raw}`, didYouMean(token.key, keys));
            continue;
          }
          const r = resolveFigure(full, token.key, token.args);
          if ('error' in r) {
            const known = (figureKeys as readonly string[]).some((k) => k.split(':')[0] === token.key);
            const guess = nearest(token.raw, knownTokens);
            add(name, where, known ? `${r.error} (in ${token.raw})` : `expected a figure token listed in the README, found ${token.raw}`, guess ? { hint: `did you mean ${guess}?` } : {});
          }
        } else if (token.kind === 'cite') {
          if (!sourceIds) continue;
          token.sources.forEach((id) => {
            if (id === EARLIER_VERSION && name === 'corrections') return;
            if (id === EARLIER_VERSION) add(name, where, `expected the id of a source listed in data/sources.json, found "${id}" (in ${token.raw})`, { hint: 'only a correction (data/corrections.json) may quote the earlier version of this page' });
            else if (!sourceIds.has(id)) add(name, where, `expected the id of a source listed in data/sources.json, found "${id}" (in ${token.raw})`, didYouMean(id, sourceIds));
          });
        } else {
          const digits = /\d[\d,.]*/.exec(token.text);
          if (digits) {
            const suggestions = tokensFor(catalogue, field.text, digits[0]);
            add(name, where, `expected every number to be a figure such as {seats:CPP} or a cited phrase such as [six months]{source-id}, found "${digits[0]}" in plain text`, {
              hint: suggestions.length
                ? `write ${suggestions.join(' or ')}, which the build fills in from the data; or, for what a source said, quote it: [the words]{source-id}`
                : `write a figure token (the README lists them), or quote the source that says it: [the words]{source-id}`,
            });
          }
          const brace = /[{}]/.exec(token.text);
          if (brace) add(name, where, `expected a figure such as {seats:CPP}, found a stray "${brace[0]}"`, { hint: 'a figure token is written {name} or {name:argument}, with no spaces; close every {' });
        }
      }
    }
  }
}

/** The copy's own rules: unique ids the page can use, chart states that exist, published steps kept, corrections dated. */
function checkCopy(data: Partial<Dataset>, add: Add) {
  const c = data.copy;
  if (!c) return;
  const sectionIds = c.sections.map((sec) => sec.id);
  c.sections.forEach((sec, i) => {
    if (sectionIds.indexOf(sec.id) !== i) add('copy', `sections[${i}].id`, `expected a unique id, found "${sec.id}" a second time`);
    if (RESERVED_IDS.includes(sec.id) || /^(step|source)-\d+$/.test(sec.id))
      add('copy', `sections[${i}].id`, `expected an id the page does not use itself (${RESERVED_IDS.join(', ')}, step-N, source-N), found "${sec.id}"`);
  });
  const stepIds = c.sections.flatMap((s) => s.steps.map((st) => st.id));
  c.sections.forEach((s, si) =>
    s.steps.forEach((st, i) => {
      const at = `sections[${si}].steps[${i}]`;
      if (stepIds.indexOf(st.id) !== stepIds.lastIndexOf(st.id)) add('copy', `${at}.id`, `expected a unique step id, found "${st.id}" more than once`);
      if (/^\d+$/.test(st.id)) add('copy', `${at}.id`, `expected a step id with at least one letter (numbers are kept for published step numbers), found "${st.id}"`);
      // States that come from the data (meeting numbers) are known only when that file is valid.
      if (st.chart.view === 'meetings' && !data.meetings) return;
      const states = statesOf(st.chart.view, data.meetings ? { meetings: data.meetings } : undefined);
      if (!states.includes(st.chart.state))
        add('copy', `${at}.chart.state`, `expected one of ${states.map((x) => `"${x}"`).join(', ')} for the "${st.chart.view}" chart, found "${st.chart.state}"`, didYouMean(st.chart.state, states));
    }),
  );
  const published = new Set<string>();
  c.publishedSteps.forEach((id, i) => {
    if (published.has(id)) add('copy', `publishedSteps[${i}]`, `expected each published step once, found "${id}" a second time`);
    published.add(id);
    if (!stepIds.includes(id))
      add('copy', `publishedSteps[${i}]`, `expected the id of a step in sections, found "${id}": embeds published with data-step="${i + 1}" and charts/step-${i + 1}.html show this step`, {
        hint: `keep the step, or, if it was renamed, write its new id here${nearest(id, stepIds) ? ` (did you mean "${nearest(id, stepIds)}"?)` : ''}`,
      });
  });
  if (data.corrections) {
    data.corrections.corrections.forEach((entry, i) => {
      if (entry.date > c.meta.updated)
        add('corrections', `corrections[${i}].date`, `expected a date on or before meta.updated in data/copy.json (${c.meta.updated}), found ${entry.date}`, { hint: `move meta.updated in data/copy.json forward to ${entry.date}` });
    });
  }
}
