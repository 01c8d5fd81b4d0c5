/**
 * The README's recipes for journalists ("Update the story"), each applied to a copy of the data as
 * the README says, then rendered with the build's own renderer into every page and file, and
 * checked everywhere the change must show: the story, the embed, the chart pages, the data tables,
 * the CSVs, dataset.json and the share image.
 */
import { describe, expect, it } from 'vitest';
import type { DataFileName } from '../../../src/lib/data/types.ts';
import { renderSite } from '../../fixtures/renderSite.ts';
import { staleFigures } from '../../fixtures/staleFigures.ts';
import { readable, visibleText } from '../../fixtures/visibleText.ts';
import { datasetFrom, problemsOf, realTexts, type DataTexts } from '../fixtures/dataTexts.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Edit = [DataFileName, (json: Json) => void];

/** The fixture data with each edit applied to its file, written back as a journalist's editor would. */
function follow(...edits: Edit[]): DataTexts {
  const texts: DataTexts = realTexts();
  for (const [name, edit] of edits) {
    const json = JSON.parse(texts[name]!);
    edit(json);
    texts[name] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return texts;
}

/** Validates (the recipe must leave valid data) and renders every file; each file's visible text. */
function build(texts: DataTexts): Record<string, string> {
  expect(problemsOf(texts)).toEqual([]);
  const site = renderSite(datasetFrom(texts));
  return Object.fromEntries(Object.entries(site).map(([name, text]) => [name, /\.(html|svg)$/.test(name) ? readable(visibleText(name, text)) : visibleText(name, text)]));
}

const phnomPenh = (e: Json) => e.constituencies.find((c: Json) => c.id === 'phnom-penh');
const party = (e: Json, id: string) => e.elections[1].results.find((r: Json) => r.party === id);

describe('README recipes, each applied to a copy of the data and rendered everywhere', () => {
  it('the unchanged fixture states 68 and 55 in many places (so the correction test below can fail)', () => {
    const texts = realTexts();
    expect(staleFigures(build(texts), texts, ['68', '55']).length).toBeGreaterThan(30);
  });

  it('"Change a number": moving a Phnom Penh seat from the CPP to the CNRP (68–55 → 67–56) leaves no 68 or 55 anywhere but in quotations', () => {
    const texts = follow([
      'election',
      (e) => {
        phnomPenh(e).seats = { CPP: 4, CNRP: 8 };
        party(e, 'CPP').seats = 67;
        party(e, 'CNRP').seats = 56;
      },
    ]);
    const site = build(texts);
    expect(staleFigures(site, texts, ['68', '55'])).toEqual([]);
    // The new figures are in the sentences that held the old ones, in every output.
    expect(site['index.html']).toContain('The NEC announces the official results: CPP 67, CNRP 56.');
    expect(site['index.html']).toContain('All 67 CPP lawmakers vote to return Hun Sen as prime minister.');
    expect(site['embed.html']).toContain('The 56 CNRP members are sworn in');
    expect(site['charts/protests.html']).toContain('CPP 67, CNRP 56');
    expect(site['data/timeline.csv']).toContain('The NEC announces the official results: CPP 67, CNRP 56.');
    expect(site['data/dataset.json']).toContain('with the 67 CPP members only; the 56 CNRP members-elect boycott it.');
    expect(site['index.html']).toContain('12 seats: 8 CNRP, 4 CPP');
    expect(site['index.html']).toContain('Cambodia’s disputed election: from a 67–56 result to stalled talks');
    expect(site['share.svg']).toContain('CPP 67');
    expect(site['share.svg']).toContain('CNRP 56');
    // What the CPP claimed on election night is quoted as its claim, and stays.
    expect(site['index.html']).toContain('The same day the CPP claims 68 seats to the CNRP’s 55.');
  });

  it('"Fix a sentence": an edited step and caption, with tokens, show in the story, the embed and both addresses of its chart page', () => {
    const site = build(
      follow([
        'copy',
        (c) => {
          c.sections[0].steps[1].text[0] = 'The official count gave the CPP {seats:CPP} seats.';
          c.sections[0].steps[1].alt = 'The chamber after the official count: CPP {seats:CPP}, CNRP {seats:CNRP}.';
        },
      ]),
    );
    for (const file of ['index.html', 'embed.html']) expect(site[file], file).toContain('The official count gave the CPP 68 seats.');
    for (const file of ['index.html', 'embed.html', 'charts/result.html', 'charts/step-2.html']) expect(site[file], file).toContain('The chamber after the official count: CPP 68, CNRP 55.');
  });

  it('"Add an event": a new event inside the dispute appears in its chart, the timeline table and timeline.csv', () => {
    const site = build(
      follow([
        'timeline',
        (t) =>
          t.events.splice(t.events.findIndex((ev: Json) => ev.id === 'pm-vote') + 1, 0, {
            id: 'test-event',
            date: '2013-10-27',
            kind: 'protest',
            title: 'A test rally',
            text: 'A rally on {day:test-event}, [sixteen days]{voa-boycott} after the opening.',
            sources: ['voa-boycott'],
          }),
      ]),
    );
    expect(site['charts/protests.html']).toContain('27 Oct A test rally');
    expect(site['index.html']).toContain('A test rally. A rally on 27 October, sixteen days after the opening.');
    expect(site['data/timeline.csv']).toContain('test-event,2013-10-27,,events,protest,A test rally,"A rally on 27 October, sixteen days after the opening.",voa-boycott');
  });

  it('"Add an event after the last", with "Add a source": the afterwards chart and its caption run to the new date; the source is listed', () => {
    const site = build(
      follow(
        ['sources', (s) => s.sources.push({ id: 'test-source', publisher: 'A test wire', title: 'A test report', date: '2015-10-30', url: 'https://example.org/test', confidence: 'high' })],
        ['timeline', (t) => t.afterwards.push({ id: 'test-after', date: '2015-10-30', kind: 'parliament', title: 'Kem Sokha voted out as VP', text: 'A test event.', sources: ['test-source'] })],
      ),
    );
    expect(site['charts/deal.html']).toContain('30 Oct Kem Sokha voted out as VP');
    expect(site['charts/deal.html']).toMatch(/A timeline from 24 March 2014 to 30 October 2015/);
    expect(site['index.html']).toMatch(/A test wire, A test report \(30 October 2015\)/);
    expect(site['data/sources.csv']).toContain('test-source,A test wire,A test report,2015-10-30,https://example.org/test,high,');
  });

  it('"Record a disagreement": a new conflict, one claim a token and one a quotation, is listed with its figures filled in', () => {
    const site = build(
      follow([
        'sources',
        (s) =>
          s.conflicts.push({
            id: 'test-conflict',
            topic: 'How many voted on {date:election}',
            claims: [
              { claim: '{ballots} ballots', source: 'reuters-turnout' },
              { claim: '[About 6.7 million]{electionguide}', source: 'electionguide' },
            ],
            resolution: 'The page uses {ballots}.',
          }),
      ]),
    );
    expect(site['index.html']).toMatch(/How many voted on 28 July 2013\.\s+6,735,244 ballots/);
    expect(site['index.html']).toContain('About 6.7 million');
    expect(site['index.html']).toContain('The page uses 6,735,244.');
  });

  it('"Add a correction": tokens give today’s figures, the old one is quoted from the earlier version, on the page, the embed and in dataset.json', () => {
    const text = 'An earlier version gave the CNRP [6 of Phnom Penh’s 12 seats]{earlier-version}; it won {cseats:phnom-penh:CNRP}.';
    const site = build(
      follow(['corrections', (c) => c.corrections.push({ date: '2026-12-01', kind: 'correction', text })], ['copy', (c) => void (c.meta.updated = '2026-12-01')]),
    );
    const shown = 'An earlier version gave the CNRP 6 of Phnom Penh’s 12 seats; it won 7.';
    expect(site['index.html']).toMatch(/Correction, 1 December 2026:\s+An earlier version gave the CNRP 6 of Phnom Penh’s 12 seats; it won 7\./);
    expect(site['embed.html']).toContain(shown);
    expect(site['data/dataset.json']).toContain(shown);
  });

  it('"Add a step" in the middle: it gets charts/<id>.html, and the published numbers keep pointing at their steps', () => {
    const site = build(
      follow([
        'copy',
        (c) =>
          c.sections[3].steps.unshift({ id: 'test-step', text: ['A test step about {constituencies} constituencies.'], chart: { view: 'map', state: 'seats' }, alt: 'A test caption: {constituencies} rows.' }),
      ]),
    );
    expect(site['charts/test-step.html']).toContain('A test caption: 24 rows.');
    // Step 7 was the constituencies when it was published, and still is; the new step has no number.
    expect(site['charts/step-7.html']).toContain('Cambodia’s 24 constituencies, largest first');
    expect(site['charts/step-7.html']).not.toContain('A test caption');
    expect(site['charts/step-8.html']).toContain('The chamber as the CNRP said it should have been');
    expect(site['charts/step-19.html']).toBeUndefined();
    expect(site['index.html']).toContain('A test step about 24 constituencies.');
  });

  it('"Add a meeting": a fifth meeting adds a tracker column, a table column and a CSV row, and the words that count the meetings follow', () => {
    const site = build(
      follow(
        ['timeline', (t) => t.events.push({ id: 'meeting-5', date: '2014-03-25', kind: 'talks', title: 'Fifth meeting', text: 'A test meeting.', sources: ['vna-talks-fail'] })],
        [
          'meetings',
          (m) => m.meetings.push({ n: 5, event: 'meeting-5', jointStatement: false, duration: null, outcome: 'A test outcome.', demands: null, sources: ['vna-talks-fail'] }),
        ],
      ),
    );
    expect(site['data/meetings.csv']!.trim().split('\r\n')).toHaveLength(6);
    expect(site['data/meetings.csv']).toContain('5,2014-03-25,false,,,,A test outcome.,vna-talks-fail');
    expect(site['index.html']).toContain('Five meetings in March');
    expect(site['charts/commission.html']).toContain('Five cards, one for each weekly meeting');
    // The tracker's table has a column per meeting; a meeting that lists no issues is "Not reported" on each.
    expect(site['charts/commission.html']).toContain('Meeting 5, 25 March 2014');
  });
  it('"Add an election": the 2018 election (125 seats, all to the CPP) adds a chamber of 125 seats, a CSV row and tokens that name it', () => {
    const site = build(
      follow(
        ['timeline', (t) => t.afterwards.push({ id: 'election-2018', date: '2018-07-29', kind: 'election', title: 'General election', text: 'The sixth general election.', sources: ['ipu-2013'] })],
        ['election', (e) => e.elections.push({ id: '2018', event: 'election-2018', totalSeats: { value: 125, sources: ['ipu-2013'] }, partiesContesting: { value: 20, sources: ['ipu-2013'] }, results: [{ party: 'CPP', seats: 125, sources: ['ipu-2013'] }] })],
        [
          'copy',
          (c) =>
            c.sections.at(-1).steps.push({
              id: 'elections-since',
              text: ['In {election-year:2018} the CPP won {seats:2018:CPP} of {total-seats:2018} seats; {parties:2018} parties stood.'],
              chart: { view: 'assemblies', state: 'all' },
              alt: 'One chamber per election: {total-seats:2008} seats in {election-year:2008}, {total-seats:2018} in {election-year:2018}.',
            }),
        ],
      ),
    );
    expect(site['index.html']).toContain('In 2018 the CPP won 125 of 125 seats; 20 parties stood.');
    expect(site['charts/elections-since.html']).toContain('One chamber per election: 123 seats in 2008, 125 in 2018.');
    // The chart page draws the new chamber with its own number of seats, and labels it.
    expect(site['charts/elections-since.html']).toContain('125 seats');
    expect(site['charts/elections-since.html']).toContain('CPP 125');
    expect(site['data/elections.csv']).toContain('2018,2018-07-29,125,CPP,Cambodian People’s Party,125,,ipu-2013');
    expect(site['data/dataset.json']).toMatch(/^2018$/m); // the new election's id
  });
});
