import { storyElection } from '../../../src/lib/data/elections.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataProblem } from '../../../src/lib/data/DataProblem.ts';
import { dataFileNames } from '../../../src/lib/data/dataFileNames.ts';
import { readDataset } from '../../../src/lib/data/readDataset.ts';
import { validateDataset } from '../../../src/lib/data/validateDataset.ts';
import { dataDir, problemsOf, realTexts, withJson, withText, type DataTexts } from '../fixtures/dataTexts.ts';


/** One malformed dataset and the exact messages it must produce, in order. */
type Row = { what: string; texts: () => DataTexts; messages: string[] };

const rows: Row[] = [
  {
    what: 'a word where seats should be a number',
    texts: () => withJson('election', (e) => void (e.constituencies[4].seats.CNRP = 'three')),
    messages: ['data/election.json: constituencies[4].seats.CNRP: expected a whole number ≥ 0, found "three"'],
  },
  {
    what: 'numbers typed as text in a result',
    texts: () => withJson('election', (e) => void Object.assign(e.elections[1].results[0], { seats: '68', sharePercent: '48.83%' })),
    messages: [
      'data/election.json: elections[1].results[0].seats: expected a whole number ≥ 0, found "68"',
      'data/election.json: elections[1].results[0].sharePercent: expected a percentage between 0 and 100, found "48.83%"',
    ],
  },
  {
    what: 'a negative number of invalid ballots',
    texts: () => withJson('election', (e) => void (e.elections[1].invalidBallots.value = -5)),
    messages: ['data/election.json: elections[1].invalidBallots.value: expected a whole number ≥ 0, found -5'],
  },
  {
    what: 'a fraction where a whole number belongs',
    texts: () => withJson('election', (e) => void (e.elections[1].totalSeats.value = 123.5)),
    messages: ['data/election.json: elections[1].totalSeats.value: expected a whole number ≥ 0, found 123.5'],
  },
  {
    what: 'null where a number belongs',
    texts: () => withJson('election', (e) => void (e.elections[1].results[0].votes = null)),
    messages: ['data/election.json: elections[1].results[0].votes: expected a whole number ≥ 0, found null'],
  },
  {
    what: 'a share above 100 per cent',
    texts: () => withJson('election', (e) => void (e.elections[1].results[0].sharePercent = 148.83)),
    messages: ['data/election.json: elections[1].results[0].sharePercent: expected a percentage between 0 and 100, found 148.83'],
  },
  {
    what: 'a missing text field',
    texts: () => withJson('election', (e) => void delete e.elections[1].votesNote),
    messages: ["data/election.json: elections[1]: expected the story's election (2013) to have every figure the story prints, found no votesNote"],
  },
  {
    what: 'a source without its url',
    texts: () => withJson('sources', (s) => void delete s.sources[2].url),
    messages: ['data/sources.json: sources[2].url: expected a web address starting with http:// or https://, found nothing (the field is missing)'],
  },
  {
    what: 'a url without its scheme',
    texts: () => withJson('sources', (s) => void (s.sources[0].url = 'www.example.org')),
    messages: ['data/sources.json: sources[0].url: expected a web address starting with http:// or https://, found "www.example.org"'],
  },
  {
    what: 'a misspelt field as both missing and unexpected',
    texts: () =>
      withJson('election', (e) => {
        e.elections[1].totalSeat = e.elections[1].totalSeats;
        delete e.elections[1].totalSeats;
      }),
    messages: [
      'data/election.json: elections[1].totalSeats: expected an object { value, sources }, found nothing (the field is missing)',
      'data/election.json: elections[1].totalSeat: unexpected field; check its spelling or remove it',
    ],
  },
  {
    what: 'an unexpected field in a meeting',
    texts: () => withJson('meetings', (m) => void (m.meetings[1].lenght = 3)),
    messages: ['data/meetings.json: meetings[1].lenght: unexpected field; check its spelling or remove it'],
  },
  {
    what: 'an impossible date (30 February)',
    texts: () => withJson('timeline', (t) => void (t.events[1].date = '2013-02-30')),
    messages: ['data/timeline.json: events[1].date: expected a real calendar date written YYYY-MM-DD, found "2013-02-30"'],
  },
  {
    what: 'an impossible publication date of a source',
    texts: () => withJson('sources', (s) => void (s.sources[0].date = '2014-02-30')),
    messages: ['data/sources.json: sources[0].date: expected a real calendar date, found "2014-02-30"'],
  },
  {
    what: 'a date without leading zeros',
    texts: () => withJson('timeline', (t) => void (t.events[1].date = '2013-7-28')),
    messages: ['data/timeline.json: events[1].date: expected a date written YYYY-MM-DD, found "2013-7-28"'],
  },
  {
    what: 'a confidence of "low"',
    texts: () => withJson('sources', (s) => void (s.sources[4].confidence = 'low')),
    messages: ['data/sources.json: sources[4].confidence: expected "high" or "medium" (unverified facts are left out), found "low"'],
  },
  {
    what: 'an id with capitals and spaces',
    texts: () => withJson('people', (p) => void (p.people[0].id = 'Hun Sen')),
    messages: ['data/people.json: people[0].id: expected an id of lower-case letters, digits and hyphens such as "phnom-penh", found "Hun Sen"'],
  },
  {
    what: 'a party code in lower case as a key of seats',
    texts: () =>
      withJson('election', (e) => {
        e.constituencies[0].seats = { CPP: 4, cnrp: 2 };
      }),
    messages: ['data/election.json: constituencies[0].seats.cnrp: expected a party code in capitals such as "CPP", found "cnrp"'],
  },
  {
    what: 'a person without sources',
    texts: () => withJson('people', (p) => void (p.people[0].sources = [])),
    messages: ['data/people.json: people[0].sources: expected at least one source id, found a list of 0 items'],
  },
  {
    what: 'a whole file that is a list instead of an object',
    texts: () => withJson('election', () => []),
    messages: ['data/election.json: (top level): expected the election object, found a list of 0 items'],
  },
  {
    what: 'an unknown chart view',
    texts: () => withJson('copy', (c) => void (c.sections[0].steps[0].chart.view = 'pie')),
    messages: ['data/copy.json: sections[0].steps[0].chart.view: expected one of "assemblies", "change", "meetings", "provinces", "chamber", "map", "timeline", "votes", found "pie"'],
  },
  {
    what: 'an unknown source id in a result',
    texts: () => withJson('election', (e) => void (e.elections[1].results[0].sources[1] = 'ipu-2031')),
    messages: ['data/election.json: elections[1].results[0].sources[1]: expected the id of a source listed in data/sources.json, found "ipu-2031"'],
  },
  {
    what: 'a conflict claim citing an unknown source',
    texts: () => withJson('sources', (s) => void (s.conflicts[0].claims[1].source = 'ppp-top')),
    messages: ['data/sources.json: conflicts[0].claims[1].source: expected the id of a source listed in data/sources.json, found "ppp-top"'],
  },
  {
    what: 'an unknown conflict id',
    texts: () => withJson('meetings', (m) => void (m.meetings[3].durationConflict = 'meeting-4-lenght')),
    messages: ['data/meetings.json: meetings[3].durationConflict: expected the id of a conflict listed in data/sources.json, found "meeting-4-lenght"'],
  },
  {
    what: 'an unknown person leading a delegation',
    texts: () => withJson('meetings', (m) => void (m.commission.leaders.CPP = 'hun-senn')),
    messages: ['data/meetings.json: commission.leaders.CPP: expected a person listed in data/people.json, found "hun-senn"'],
  },
  {
    what: 'an account of a meeting’s length citing a source the conflict does not',
    texts: () => withJson('meetings', (m) => void (m.meetings[3].durationAccounts = [{ hours: 1, sources: ['ipu-2013'] }, { hours: 2, sources: ['vna-talks-fail'] }])),
    messages: ['data/meetings.json: meetings[3].durationAccounts[0].sources[0]: expected a source of a claim of conflict "meeting-4-length", found "ipu-2013"'],
  },
  {
    what: 'accounts of a meeting’s length without the conflict they belong to',
    texts: () =>
      withJson('meetings', (m) => {
        delete m.meetings[3].durationConflict;
        m.meetings[3].durationAccounts = [{ hours: 1, sources: ['vna-talks-fail'] }, { hours: 2, sources: ['ppp-top-level'] }];
      }),
    messages: ['data/meetings.json: meetings[3].durationAccounts: expected a "durationConflict" beside the accounts of a length: the conflict the page lists them under'],
  },
  {
    what: 'a story election that is not in the series',
    texts: () => withJson('election', (e) => void (e.storyElection = '2031')),
    messages: ['data/election.json: storyElection: expected the id of an election in "elections", found "2031"'],
  },
  {
    what: 'an election dated both by its event and by its own date',
    texts: () => withJson('election', (e) => void (e.elections[1].date = { value: '2013-07-28', sources: ['ipu-2013'] })),
    messages: ['data/election.json: elections[1]: expected election 2013 to have either "event" (the id of its timeline event) or "date" (its own sourced date), found both'],
  },
  {
    what: 'elections out of order',
    texts: () => withJson('election', (e) => void (e.elections[0].date.value = '2018-07-29')),
    messages: ['data/election.json: elections[1]: expected the elections oldest first, found 2013 (2013-07-28) after 2008 (2018-07-29)'],
  },
  {
    what: 'a later election whose seats do not add up to its chamber',
    texts: () => withJson('election', (e) => void e.elections.push({ id: '2018', date: { value: '2018-07-29', sources: ['ipu-2013'] }, totalSeats: { value: 125, sources: ['ipu-2013'] }, results: [{ party: 'CPP', seats: 123, sources: ['ipu-2013'] }] })),
    messages: ['data/election.json: elections[2].results: expected the seats of election 2018 to add up to its totalSeats (125), found 123'],
  },
  {
    what: 'a person of an unknown party',
    texts: () => withJson('people', (p) => void (p.people[0].party = 'XYZ')),
    messages: ['data/people.json: people[0].party: expected a party listed in data/election.json parties, found "XYZ"'],
  },
  {
    what: 'a total of seats the results do not add up to',
    texts: () => withJson('election', (e) => void (e.elections[1].totalSeats.value = 125)),
    messages: [
      'data/election.json: elections[1].results: expected the seats of election 2013 to add up to its totalSeats (125), found 123',
      'data/election.json: constituencies: expected the constituencies to elect totalSeats (125) members between them, found 123',
      'data/election.json: cnrpClaim.seats: expected claimed seats to add up to totalSeats (125), found 123',
    ],
  },
  {
    what: 'seats adding up to 124 when a minor party is given a seat',
    texts: () => withJson('election', (e) => void (e.elections[1].results[2].seats = 1)),
    messages: [
      'data/election.json: elections[1].results: expected the seats of election 2013 to add up to its totalSeats (123), found 124',
      "data/election.json: elections[1].results[2].seats: expected FUNCINPEC's seats to equal the sum over constituencies (0), found 1",
    ],
  },
  {
    what: "a party's seats that differ from the sum over constituencies",
    texts: () =>
      withJson('election', (e) => {
        e.elections[1].results[0].seats = 69;
        e.elections[1].results[1].seats = 54;
      }),
    messages: [
      "data/election.json: elections[1].results[0].seats: expected CPP's seats to equal the sum over constituencies (68), found 69",
      "data/election.json: elections[1].results[1].seats: expected CNRP's seats to equal the sum over constituencies (55), found 54",
    ],
  },
  {
    what: 'a constituency whose seats moved from one party to the other',
    texts: () => withJson('election', (e) => void (e.constituencies[0].seats = { CPP: 5, CNRP: 1 })),
    messages: [
      "data/election.json: elections[1].results[0].seats: expected CPP's seats to equal the sum over constituencies (69), found 68",
      "data/election.json: elections[1].results[1].seats: expected CNRP's seats to equal the sum over constituencies (54), found 55",
    ],
  },
  {
    what: 'a share that disagrees with the votes (digits swapped)',
    texts: () => withJson('election', (e) => void (e.elections[1].results[1].sharePercent = 44.64)),
    messages: ['data/election.json: elections[1].results[1].sharePercent: expected 44.46 (2,946,176 of 6,627,159 valid votes), found 44.64'],
  },
  {
    what: 'ballots cast that are not valid votes plus invalid ballots',
    texts: () => withJson('election', (e) => void (e.elections[1].ballotsCast.value = 6735245)),
    messages: ['data/election.json: elections[1].ballotsCast.value: expected validVotes + invalidBallots (6,735,244), found 6,735,245'],
  },
  {
    what: 'a turnout that disagrees with ballots and registered voters',
    texts: () => withJson('election', (e) => void (e.elections[1].turnoutPercent.value = 69.16)),
    messages: ['data/election.json: elections[1].turnoutPercent.value: expected 69.61 (ballots cast ÷ registered voters), found 69.16'],
  },
  {
    what: 'a number of parties contesting that disagrees with the results',
    texts: () => withJson('election', (e) => void (e.elections[1].partiesContesting.value = 9)),
    messages: ['data/election.json: elections[1].partiesContesting.value: expected the number of parties in its results (8), found 9'],
  },
  {
    what: 'timeline events out of date order',
    texts: () => withJson('timeline', (t) => void (t.events[5].date = '2013-09-01')),
    messages: ['data/timeline.json: events[5].date: expected a date on or after the previous one (2013-09-08), found 2013-09-01'],
  },
  {
    what: 'an event that ends before it starts',
    texts: () => withJson('timeline', (t) => void (t.events[7].endDate = '2013-09-15')),
    messages: ['data/timeline.json: events[7].endDate: expected a date on or after 2013-09-16, found 2013-09-15'],
  },
  {
    what: 'a timeline title too long for a phone',
    texts: () => withJson('timeline', (t) => void (t.events[0].title = 'Sam Rainsy is pardoned by the King of Cambodia')),
    messages: ['data/timeline.json: events[0].title: expected a title of at most 32 characters, so that it fits the timeline on a phone, found 46 characters'],
  },
  {
    what: 'a meeting before the commission was agreed',
    texts: () => withJson('meetings', (m) => void (m.commission.event = 'meeting-2')),
    messages: ['data/meetings.json: meetings[0].event: expected a meeting on or after the commission was agreed (2014-03-10), found "meeting-1" (2014-03-03)'],
  },
  {
    what: 'meetings numbered out of order',
    texts: () =>
      withJson('meetings', (m) => {
        m.meetings[2].n = 4;
        m.meetings[3].n = 3;
      }),
    messages: [
      'data/meetings.json: meetings[2].n: expected meetings numbered 1, 2, 3 … in order, found 4',
      'data/meetings.json: meetings[3].n: expected meetings numbered 1, 2, 3 … in order, found 3',
    ],
  },
  {
    what: 'a duplicate person id, and the person it hides',
    texts: () => withJson('people', (p) => void (p.people[3].id = 'kem-sokha')),
    messages: [
      'data/meetings.json: commission.leaders.CNRP: expected a person listed in data/people.json, found "son-chhay"',
      'data/people.json: people[3].id: expected a unique id, found "kem-sokha" a second time',
    ],
  },
  {
    what: 'a duplicate step id at both places',
    texts: () => withJson('copy', (c) => void (c.sections[2].steps[1].id = 'seats-2008')),
    messages: [
      'data/copy.json: sections[2].steps[0].id: expected a unique step id, found "seats-2008" more than once',
      'data/copy.json: sections[2].steps[1].id: expected a unique step id, found "seats-2008" more than once',
      'data/copy.json: publishedSteps[5]: expected the id of a step in sections, found "seats-2013": embeds published with data-step="6" and charts/step-6.html show this step',
    ],
  },
  {
    what: 'an unknown figure token in the copy',
    texts: () => withJson('copy', (c) => void (c.dek = 'The CPP won {seat:CPP} seats.')),
    messages: ['data/copy.json: dek: expected a figure token listed in the README, found {seat:CPP}'],
  },
  {
    what: 'a figure token without its argument',
    texts: () => withJson('copy', (c) => void (c.dek = 'The CPP won {seats} seats.')),
    messages: ['data/copy.json: dek: {seats} takes a party, or an election and a party ({seats:2008:CPP}), found 0 arguments (in {seats})'],
  },
  {
    what: 'a figure token naming an unknown constituency',
    texts: () => withJson('copy', (c) => void (c.sections[4].steps[0].text[0] = 'Phnom Penh had {cseats:phnom-pen} seats.')),
    messages: ['data/copy.json: sections[4].steps[0].text[0]: no constituency "phnom-pen" (in {cseats:phnom-pen})'],
  },
  {
    what: 'a bare number typed by hand in the copy ("68 seats")',
    texts: () => withJson('copy', (c) => void (c.sections[0].steps[1].text[0] = 'The count gave the CPP 68 seats.')),
    messages: [
      'data/copy.json: sections[0].steps[1].text[0]: expected every number to be a figure such as {seats:CPP} or a cited phrase such as [six months]{source-id}, found "68" in plain text',
    ],
  },
  {
    what: 'a bare number in a chart description',
    texts: () => withJson('copy', (c) => void (c.sections[0].steps[0].alt = 'An empty chamber of 123 seats.')),
    messages: [
      'data/copy.json: sections[0].steps[0].alt: expected every number to be a figure such as {seats:CPP} or a cited phrase such as [six months]{source-id}, found "123" in plain text',
    ],
  },
  {
    what: 'a cited phrase with an unknown source',
    texts: () => withJson('copy', (c) => void (c.byline = 'By [the desk]{graphics-desk}')),
    messages: ['data/copy.json: byline: expected the id of a source listed in data/sources.json, found "graphics-desk" (in [the desk]{graphics-desk})'],
  },
  {
    what: 'a stray brace in the copy',
    texts: () => withJson('copy', (c) => void (c.kicker = 'Cambodia {')),
    messages: ['data/copy.json: kicker: expected a figure such as {seats:CPP}, found a stray "{"'],
  },
  {
    what: 'a chart state the chamber does not have',
    texts: () => withJson('copy', (c) => void (c.sections[0].steps[0].chart.state = 'half')),
    messages: ['data/copy.json: sections[0].steps[0].chart.state: expected one of "empty", "party", "majority", "claim", "boycott", "full" for the "chamber" chart, found "half"'],
  },
  {
    what: 'a meeting state for a meeting that does not exist',
    texts: () => withJson('copy', (c) => void (c.sections[6].steps[0].chart = { view: 'meetings', state: '5' })),
    messages: ['data/copy.json: sections[6].steps[0].chart.state: expected one of "overview", "1", "2", "3", "4" for the "meetings" chart, found "5"'],
  },
  {
    what: 'a trailing comma after the last person, at its line and column',
    texts: () => withText('people', realTexts().people.replace(/\}\n {2}\]\n\}\n?$/, '},\n  ]\n}\n')),
    messages: ['data/people.json: line 10, column 3: invalid JSON: a trailing comma before "]": remove the "," after the last item'],
  },
  {
    what: 'a missing comma between two fields, at its line and column',
    texts: () => withText('election', realTexts().election.replace('"value": 123,', '"value": 123')),
    messages: ['data/election.json: line 73, column 9: invalid JSON: a missing comma before this field: put a "," at the end of line 72, after the value that ends there'],
  },
  {
    what: 'a missing closing quote, at its line and column',
    texts: () => withText('copy', realTexts().copy.replace('"kicker": "Cambodia",', '"kicker": "Cambodia,')),
    messages: ['data/copy.json: line 12, column 23: invalid JSON: expected the closing " of the text on the same line, found "\\n"'],
  },
  {
    what: 'a file cut short before its last brace',
    texts: () => withText('meetings', realTexts().meetings.replace(/\}\s*$/, '')),
    messages: ['data/meetings.json: line 305, column 1: invalid JSON: expected "," or "}" after a value, found the end of the file'],
  },
  {
    what: 'an empty file',
    texts: () => withText('timeline', ''),
    messages: ['data/timeline.json: line 1, column 1: invalid JSON: the file is empty; it must hold one JSON object'],
  },
  {
    what: 'a missing file',
    texts: () => withText('meetings', undefined),
    messages: ['data/meetings.json: (file): expected the file to exist, found nothing'],
  },
];

describe('validateDataset', () => {
  it('validateDataset(texts) accepts the real data in data/ (ok: true, no problems)', () => {
    const result = validateDataset(realTexts());
    expect(result.ok ? [] : result.problems.map(String)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('validateDataset(texts) returns the real election: 123 seats, 24 constituencies, 68 CPP and 55 CNRP', () => {
    const result = validateDataset(realTexts());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const e = result.dataset.election;
    const story = storyElection(result.dataset);
    expect(story.totalSeats.value).toBe(123);
    expect(e.constituencies).toHaveLength(24);
    expect(story.results.reduce((sum, r) => sum + r.seats, 0)).toBe(123);
    expect(e.constituencies.reduce((sum, c) => sum + Object.values(c.seats).reduce((s, n) => s + n, 0), 0)).toBe(123);
    expect(story.results.filter((r) => r.seats > 0).map((r) => [r.party, r.seats])).toEqual([
      ['CPP', 68],
      ['CNRP', 55],
    ]);
    expect(story.event).toBe('election');
  });

  it('validateDataset(texts) returns the four meetings of 3, 10, 17 and 24 March 2014, numbered 1 to 4', () => {
    const result = validateDataset(realTexts());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const dates = new Map(result.dataset.timeline.events.map((ev) => [ev.id, ev.date]));
    expect(result.dataset.meetings.meetings.map((m) => [m.n, dates.get(m.event)])).toEqual([
      [1, '2014-03-03'],
      [2, '2014-03-10'],
      [3, '2014-03-17'],
      [4, '2014-03-24'],
    ]);
  });

  it('validateDataset(texts) accepts a file that starts with a byte-order mark', () => {
    const texts = realTexts();
    expect(problemsOf({ ...texts, people: `\uFEFF${texts.people}` })).toEqual([]);
  });

  it.each(rows)('validateDataset(texts) reports $what with file, path, expected and found', ({ texts, messages }) => {
    expect(problemsOf(texts())).toEqual(messages);
  });

  it('validateDataset(texts) has a table of at least 20 distinct malformed datasets', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((r) => r.what)).size).toBe(rows.length);
  });

  it('validateDataset(texts) gives each problem as a DataProblem with file, where and message', () => {
    const result = validateDataset(withJson('election', (e) => void (e.constituencies[4].seats.CNRP = 'three')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toBeInstanceOf(DataProblem);
    expect({ file: problem?.file, where: problem?.where, message: problem?.message }).toEqual({
      file: 'data/election.json',
      where: 'constituencies[4].seats.CNRP',
      message: 'expected a whole number ≥ 0, found "three"',
    });
  });

  it('validateDataset(texts) reports several problems in several files together, in the order of the files', () => {
    const texts = realTexts();
    const election = JSON.parse(texts.election);
    election.constituencies[4].seats.CNRP = 'three';
    election.elections[1].turnoutPercent.value = '69.61%';
    delete election.merger.sources;
    election.parties[0].colour = 'blue';
    const sources = JSON.parse(texts.sources);
    sources.sources[4].confidence = 'low';
    const problems = problemsOf({
      ...texts,
      sources: JSON.stringify(sources, null, 2),
      election: JSON.stringify(election, null, 2),
      timeline: '',
      meetings: undefined,
      people: '{\n  "people": [],\n}\n',
    });
    expect(problems).toEqual([
      'data/sources.json: sources[4].confidence: expected "high" or "medium" (unverified facts are left out), found "low"',
      'data/election.json: parties[0].colour: unexpected field; check its spelling or remove it',
      'data/election.json: elections[1].turnoutPercent.value: expected a percentage between 0 and 100, found "69.61%"',
      'data/election.json: merger.sources: expected a list of source ids, found nothing (the field is missing)',
      'data/election.json: constituencies[4].seats.CNRP: expected a whole number ≥ 0, found "three"',
      'data/timeline.json: line 1, column 1: invalid JSON: the file is empty; it must hold one JSON object',
      'data/meetings.json: (file): expected the file to exist, found nothing',
      'data/people.json: line 3, column 1: invalid JSON: a trailing comma before "}": remove the "," after the last field',
    ]);
  });

  it('validateDataset(texts) reports several disagreements between figures together', () => {
    const problems = problemsOf(
      withJson('election', (e) => {
        e.elections[1].results[1].sharePercent = 44.64;
        e.elections[1].ballotsCast.value = 6735245;
        e.elections[1].turnoutPercent.value = 69.16;
      }),
    );
    // Listed from the top of the file down, as an editor shows them.
    expect(problems).toEqual([
      'data/election.json: elections[1].ballotsCast.value: expected validVotes + invalidBallots (6,735,244), found 6,735,245',
      'data/election.json: elections[1].turnoutPercent.value: expected 69.61 (ballots cast ÷ registered voters), found 69.16',
      'data/election.json: elections[1].results[1].sharePercent: expected 44.46 (2,946,176 of 6,627,159 valid votes), found 44.64',
    ]);
  });

  it('validateDataset({}) reports every file as missing, in the order of dataFileNames', () => {
    expect(problemsOf({})).toEqual(dataFileNames.map((name) => `data/${name}.json: (file): expected the file to exist, found nothing`));
  });

  it('no data problem message contains a stack trace, a newline or the words zod / ZodError', () => {
    const all = [
      ...rows.flatMap((r) => problemsOf(r.texts())),
      ...problemsOf(withJson('copy', () => null)),
      ...problemsOf(withJson('meetings', () => 'x')),
      ...problemsOf(withJson('copy', (c) => Object.assign(c, { sections: 'x', meta: [] }))),
      ...problemsOf(withJson('election', (e) => Object.assign(e, { constituencies: [{ id: 7, seats: [] }], parties: {} }))),
      ...problemsOf(withJson('timeline', (t) => Object.assign(t, { events: [{}], afterwards: [null] }))),
    ];
    expect(all.length).toBeGreaterThan(rows.length);
    for (const message of all) {
      expect(message).not.toMatch(/zod/i);
      expect(message).not.toMatch(/\n/);
      expect(message).not.toMatch(/\bat .+:\d+:\d+/);
      expect(message).not.toMatch(/Error\b/);
      expect(message).toMatch(/^data\/(sources|election|timeline|meetings|people|copy)\.json: .+: (expected|unexpected|invalid JSON|no |unknown |\{)/);
    }
  });
});

describe('readDataset', () => {
  it('readDataset(dir) reads data/ from disk and gives the same dataset as validateDataset(texts)', () => {
    const fromDisk = readDataset(dataDir);
    const fromTexts = validateDataset(realTexts());
    expect(fromDisk.ok).toBe(true);
    expect(fromDisk).toEqual(fromTexts);
  });

  it('readDataset(dir) reports each file missing from an empty directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-data-'));
    try {
      const result = readDataset(dir);
      // Each message names the folder actually read, not "data/".
      expect(result.ok ? [] : result.problems.map(String)).toEqual(dataFileNames.map((name) => `${dir}/${name}.json: expected the file to exist, found nothing. Restore it or create it`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
