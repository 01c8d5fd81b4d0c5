/**
 * The meetings tracker: its scene (what each column and row says), its data table, and what its
 * component draws, on the frozen fixture data.
 * @module
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { problemsOf, realDataset, withJson } from '../../../tests/unit/fixtures/dataTexts.ts';
import type { Dataset } from '../../lib/data/types.ts';
import { buildScenes, buildTables, drawnBy } from '../index.ts';
import { tableFor } from '../tableFor.ts';
import type { LengthAccount } from './lengthRange.ts';
import MeetingCards from './MeetingCards.svelte';

const data = realDataset();
const scenes = buildScenes(data);
const tables = buildTables(data);

/** The fixture data with the four accounts of meeting 4's length given in hours (`durationAccounts`). */
function withAccounts(): Dataset {
  const disputed = structuredClone(data);
  const accounts: LengthAccount[] = [
    { hours: 1, sources: ['vna-talks-fail'] },
    { hours: 2, orMore: true, sources: ['ppp-top-level'] },
    { hours: 0.5, sources: ['ppp-top-level'] },
    { hours: 0.5, sources: ['vna-talks-fail'] },
  ];
  Object.assign(disputed.meetings.meetings[3]!, { durationAccounts: accounts });
  return disputed;
}

/** The fixture data with a fifth meeting that reports nothing of the agenda (no `issues`). */
function withSilentMeeting(): Dataset {
  const more = structuredClone(data);
  more.timeline.events.push({ id: 'meeting-5', date: '2014-03-31', kind: 'talks', title: 'Fifth meeting', text: 'A test meeting.', sources: ['vna-talks-fail'] });
  more.meetings.meetings.push({ n: 5, event: 'meeting-5', jointStatement: false, duration: null, outcome: 'A test outcome.', demands: null, sources: ['vna-talks-fail'] });
  return more;
}

/** The chart as the server renders it in one state, without Svelte's hydration comments. */
function drawn(state: string, d: Dataset = data): string {
  const scene = buildScenes(d).meetings;
  return render(MeetingCards, { props: { scene, view: 'meetings', state } }).body.replace(/<!--[\s\S]*?-->/g, '');
}

describe('meetings scene', () => {
  it('buildScenes(data).meetings.meetings gives one column per meeting: its day, whether a joint statement came out, its length in words', () => {
    expect(scenes.meetings.meetings.map((m) => [m.n, m.day, m.shortDay, m.jointStatement, m.length])).toEqual([
      [1, '3 March', '3 Mar', true, 'Length not reported'],
      [2, '10 March', '10 Mar', false, '3 h'],
      [3, '17 March', '17 Mar', true, 'Length not reported'],
      [4, '24 March', '24 Mar', false, '1 h, accounts differ'],
    ]);
  });

  it('buildScenes(data).meetings draws no length as a bar: a length is words, and an unreported one says so', () => {
    for (const m of scenes.meetings.meetings) {
      expect(Object.keys(m)).not.toContain('bar');
      expect(Object.keys(m)).not.toContain('range');
      expect(m.lengthReported).toBe(m.length !== 'Length not reported');
    }
  });

  it('a disputed length with its accounts in hours is written as their range, and says the accounts differ', () => {
    const { meetings } = buildScenes(withAccounts()).meetings;
    expect(meetings[3]!.length).toBe('½–2+ h, accounts differ');
    expect(meetings.slice(0, 3)).toEqual(scenes.meetings.meetings.slice(0, 3));
  });

  it('buildScenes(data).meetings.rows gives each agenda issue of the data, in order, marked for each meeting as its sources report it', () => {
    expect(scenes.meetings.rows.map((r) => [r.label, ...r.marks])).toEqual([
      ['NEC reform', 'raised', 'raised', 'listed', 'raised'],
      ['Voter lists', 'agreed', 'notReported', 'listed', 'notReported'],
      ['Party-finance law', 'agreed', 'notReported', 'listed', 'notReported'],
      ['Media access', 'raised', 'notReported', 'listed', 'notReported'],
      ['Election disputes', 'raised', 'notReported', 'listed', 'notReported'],
      ['Neutral army and civil service', 'raised', 'notReported', 'listed', 'notReported'],
      ['Neutral civil society', 'notReported', 'raised', 'listed', 'notReported'],
    ]);
  });

  it('a meeting that reports nothing of the agenda is "not reported" on every row, never inferred', () => {
    const { rows, meetings } = buildScenes(withSilentMeeting()).meetings;
    expect(meetings.map((m) => m.n)).toEqual([1, 2, 3, 4, 5]);
    for (const row of rows) expect(row.marks[4], row.id).toBe('notReported');
  });

  it('buildScenes(data).meetings.key names every mark in the words of data/meetings.json "statuses"', () => {
    expect(scenes.meetings.key).toEqual([
      { mark: 'agreed', label: data.meetings.statuses.agreed },
      { mark: 'listed', label: data.meetings.statuses.listed },
      { mark: 'raised', label: data.meetings.statuses.raised },
      { mark: 'notReported', label: data.meetings.statuses.notReported },
    ]);
    expect(scenes.meetings.statementLabel).toBe('Joint statement');
  });

  it('buildScenes(data).meetings gives each side’s position at every meeting that records one, cited phrases as plain words', () => {
    expect(scenes.meetings.sides).toEqual([
      { party: 'CNRP', name: 'CNRP' },
      { party: 'CPP', name: 'CPP' },
    ]);
    expect(scenes.meetings.meetings.map((m) => m.demands !== null)).toEqual([true, true, true, true]);
    expect(scenes.meetings.meetings[0]!.demands!.CNRP).toBe('Seven proposals, NEC reform among them; no change of stance on a new election');
    expect(scenes.meetings.meetings[3]!.demands!.CPP).toBe('Give importance to all 14 points; no new election, which it said the constitution does not allow');
  });

  it('drawnBy(scenes, "meetings", state) differs for every state, and only a meeting’s state carries its positions', () => {
    const states = ['overview', '1', '2', '3', '4'];
    const shown = states.map((s) => drawnBy(scenes, 'meetings', s) as { positions: unknown });
    expect(new Set(shown.map((d) => JSON.stringify(d))).size).toBe(states.length);
    expect(shown[0]!.positions).toBeNull();
    expect(shown[2]!.positions).toEqual(data.meetings.meetings[1]!.demands);
  });
});

describe('meetings table', () => {
  it('buildTables(data).meetings is laid out as the tracker: a column per meeting; rows for the length, the joint statement and each issue', () => {
    const table = tables.meetings;
    expect(table.columns).toEqual(['Issue', 'Meeting 1, 3 March 2014', 'Meeting 2, 10 March 2014', 'Meeting 3, 17 March 2014', 'Meeting 4, 24 March 2014']);
    expect(table.rows.slice(0, 4)).toEqual([
      ['Length', 'not reported', 'about three hours', 'not reported', 'one hour (accounts differ)'],
      ['Joint statement', 'Yes', 'No', 'Yes', 'No'],
      ['NEC reform', 'Raised, not agreed', 'Raised, not agreed', 'Listed for talks', 'Raised, not agreed'],
      ['Voter lists', 'Agreed', 'Not reported', 'Listed for talks', 'Not reported'],
    ]);
    expect(table.rows.slice(2, 2 + data.meetings.issues.length).map((r) => r[0])).toEqual(data.meetings.issues.map((i) => i.label));
  });

  it('buildTables(data).meetings gives a disputed length as the range of its accounts, and says they differ', () => {
    expect(buildTables(withAccounts()).meetings.rows[0]![4]).toBe('½ to more than 2 hours (accounts differ)');
  });

  it('buildTables(data).meetings names the sources of every row: an issue’s are those of its marked cells, in meeting order', () => {
    const { rows, sources } = tables.meetings;
    const row = (label: string) => sources![rows.findIndex((r) => r[0] === label)];
    expect(row('Voter lists')).toEqual(['vna-meeting-1', 'ppp-slow-start', 'rfa-14-points', 'voa-meeting-3', 'cambodia-daily-talking-points']);
    expect(row('Neutral civil society')).toEqual(['vna-meeting-2', 'rfa-14-points', 'voa-meeting-3', 'cambodia-daily-talking-points']);
    expect(row('Length')).toEqual(['vna-meeting-2', 'ppp-no-accord', 'vna-talks-fail', 'ppp-top-level']);
    expect(sources!.every((ids) => ids.length > 0)).toBe(true);
  });

  it('tableFor(buildTables(data).meetings, state) shows a meeting’s positions only in that meeting’s state, as the chart does', () => {
    const positions = (state: string) => tableFor(tables.meetings, state).rows.filter((r) => r[0]!.endsWith('position'));
    expect(positions('overview')).toEqual([]);
    expect(positions('2')).toEqual([
      ['CNRP’s position', '', 'NEC members approved by a two-thirds majority of parliament', '', ''],
      ['CPP’s position', '', 'Integrity and neutrality of election-related civil-society organisations', '', ''],
    ]);
    expect(tableFor(tables.meetings, '4').sources!.at(-1)).toEqual(['vna-talks-fail', 'ppp-top-level']);
  });
});

describe('MeetingCards (the tracker as drawn)', () => {
  it('draws every mark in ink by shape: no party class on any mark, and no bar for a length', () => {
    const html = drawn('overview');
    expect(html).not.toMatch(/class="[^"]*\bp-(CPP|CNRP)\b[^"]*"[^>]*>\s*<svg class="mark/);
    expect(html).not.toContain('meeting-bar');
    expect(html).toContain('Length not reported');
    expect(html.match(/<svg class="mark mark-agreed"/g)).toHaveLength(1 + 2 + 2); // the key, two joint statements, two agreed issues
  });

  it('in state "overview" puts no column in focus and prints no positions', () => {
    const html = drawn('overview');
    expect(html).not.toContain('is-focus');
    expect(html).not.toContain('class="positions"');
  });

  it('in state "2" puts meeting 2’s column in focus and prints each side’s position there, labelled by party', () => {
    const html = drawn('2');
    expect(html.match(/is-focus/g)).toHaveLength(1 + 1 + data.meetings.issues.length);
    expect(html).toContain('<div class="position p-CNRP"><dt>CNRP</dt><dd>NEC members approved by a two-thirds majority of parliament</dd></div>');
    expect(html).toContain('<div class="position p-CPP"><dt>CPP</dt>');
  });

  it('writes a disputed length as the range of its accounts in meeting 4’s column', () => {
    expect(drawn('4', withAccounts())).toContain('½–2+ h, accounts differ');
  });
});

describe('meetings tracker data (data/meetings.json "issues", "statuses" and each meeting’s "issues")', () => {
  it('validateDataset refuses a meeting’s issue that is not a row of the tracker', () => {
    expect(problemsOf(withJson('meetings', (m) => void (m.meetings[1].issues[0].issue = 'nec-reforms')))).toEqual([
      'data/meetings.json: meetings[1].issues[0].issue: expected the id of an issue listed in "issues", found "nec-reforms"',
    ]);
  });

  it('validateDataset refuses an issue given twice at one meeting, and a row id given twice', () => {
    expect(problemsOf(withJson('meetings', (m) => void m.meetings[3].issues.push({ issue: 'nec-reform', status: 'listed', sources: ['vna-talks-fail'] })))).toEqual([
      'data/meetings.json: meetings[3].issues[1].issue: expected each issue once per meeting, found "nec-reform" a second time',
    ]);
    expect(problemsOf(withJson('meetings', (m) => void m.issues.push({ id: 'media-access', label: 'Media' })))).toEqual([
      'data/meetings.json: issues[7].id: expected a unique id, found "media-access" a second time',
    ]);
  });

  it('validateDataset refuses a status the tracker has no mark for, and a mark without its source', () => {
    const problems = problemsOf(
      withJson('meetings', (m) => {
        m.meetings[0].issues[0].status = 'blocked';
        m.meetings[0].issues[1].sources = [];
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^data\/meetings\.json: meetings\[0\]\.issues\[0\]\.status: expected one of "agreed" \(in a joint statement\), "listed" \(as a topic for talks\) or "raised" \(not agreed\)/);
    expect(problems[1]).toMatch(/^data\/meetings\.json: meetings\[0\]\.issues\[1\]\.sources: expected at least one source id/);
  });

  it('validateDataset treats a digit in an issue’s label or a status’s words as it does in any prose field', () => {
    const problems = problemsOf(withJson('meetings', (m) => void (m.issues[0].label = 'NEC reform (14 points)')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/meetings\.json: issues\[0\]\.label: expected every number to be a figure/);
  });
});
