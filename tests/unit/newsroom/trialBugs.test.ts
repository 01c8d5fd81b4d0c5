/**
 * The twelve bugs of the new-user trial of the update workflow (shared/reviews/newsroom-trial.md),
 * one test each, as the trial reproduced them. Each failed on the code the trial used (e725a09).
 * Three are tested where their machinery lives, and only named here:
 *
 * - the dev preview served the story's HTML for data/*.csv, share.png and embed.js: tests/browser/dev.test.ts;
 * - a long headline overprinted the share image's subtitle: tests/unit/newsroom/shareImage.test.ts;
 * - the correction rebuilt by the real build command: tests/browser/build.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { buildScenes, buildTables } from '../../../src/charts/index.ts';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/lib/story/buildStory.ts';
import { FIXTURE_DATA, PROJECT_ROOT } from '../../fixtures/paths.ts';
import { renderSite } from '../../fixtures/renderSite.ts';
import { datasetFrom, problemsOf, realTexts, withJson, type DataTexts } from '../fixtures/dataTexts.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Several files edited at once, as in the trial. */
function edited(edits: Partial<Record<keyof DataTexts, (json: Json) => void>>): DataTexts {
  const texts: DataTexts = realTexts();
  for (const [name, edit] of Object.entries(edits) as [keyof DataTexts, (json: Json) => void][]) {
    const json = JSON.parse(texts[name]!);
    edit(json);
    texts[name] = JSON.stringify(json, null, 2);
  }
  return texts;
}

describe('the newsroom trial, bug by bug', () => {
  it('1. after the correction 68–55 → 67–56, the timeline texts follow (they said "CPP 68, CNRP 55" and "All 68 CPP lawmakers")', () => {
    const texts = withJson('election', (e) => {
      e.constituencies.find((c: Json) => c.id === 'phnom-penh').seats = { CPP: 4, CNRP: 8 };
      e.elections[1].results[0].seats = 67;
      e.elections[1].results[1].seats = 56;
    });
    const rows = buildTables(datasetFrom(texts)).timeline.rows.map((r) => r[1]);
    expect(rows).toContain('Official results. The NEC announces the official results: CPP 67, CNRP 56.');
    expect(rows).toContain('Hun Sen re-elected PM. All 67 CPP lawmakers vote to return Hun Sen as prime minister.');
  });

  it('2. a token in a timeline text, a meeting outcome, a role or a conflict is filled in, never shown raw', () => {
    const texts = edited({
      timeline: (t) => void (t.events[4].text = 'Results for {total-seats} seats.'),
      meetings: (m) => void (m.meetings[2].outcome = 'Held on {date:meeting-3}.'),
      people: (p) => void (p.people[0].role = 'Prime minister; CPP leader in {year:election}'),
      sources: (s) => void (s.conflicts[0].resolution = 'Counted on {date:meeting-4}.'),
    });
    const site = renderSite(datasetFrom(texts));
    const all = Object.values(site).join('\n');
    expect(all).toContain('Results for 123 seats.');
    expect(all).toContain('Held on 17 March 2014.');
    expect(all).toContain('CPP leader in 2013');
    expect(all).toContain('Counted on 24 March 2014.');
    expect(all).not.toMatch(/\{(total-seats|date:meeting-3|year:election|date:meeting-4)\}/);
  });

  it('3. a constituency edited alone is named as the cause: "Phnom Penh now has 13 seats … it elects 12"', () => {
    const problems = problemsOf(withJson('election', (e) => void (e.constituencies.find((c: Json) => c.id === 'phnom-penh').seats.CNRP = 8)));
    expect(problems[0]).toBe('data/election.json: constituencies[11].seats: Phnom Penh now has 13 seats (CPP 5 + CNRP 8); it elects 12');
    // The national totals are not blamed for what one constituency broke.
    expect(problems.some((p) => p.includes('sum over constituencies'))).toBe(false);
  });

  it('4. a digit in a correction is reported in data/corrections.json (it was blamed on copy.json), with the token to use', () => {
    const texts = edited({
      corrections: (c) => void c.corrections.push({ date: '2026-11-01', kind: 'correction', text: 'The CNRP won 7 of 12 seats in Phnom Penh.' }),
    });
    const result = problemsOf(texts);
    expect(result).toEqual(['data/corrections.json: corrections[0].text: expected every number to be a figure such as {seats:CPP} or a cited phrase such as [six months]{source-id}, found "7" in plain text']);
  });

  it('5. {months-between} with its events reversed is an error (the page said "-7 months")', () => {
    const problems = problemsOf(withJson('copy', (c) => void (c.dek = 'For {months-between:meeting-4:parliament-opens}.')));
    expect(problems).toEqual([
      'data/copy.json: dek: {months-between} counts from the earlier event to the later one, but "meeting-4" (2014-03-24) comes after "parliament-opens" (2013-09-23); swap them: {months-between:parliament-opens:meeting-4} (in {months-between:meeting-4:parliament-opens})',
    ]);
  });

  it('6. each date is stored once: a meeting date written in meetings.json is refused, and the timeline date moves every copy', () => {
    expect(problemsOf(withJson('meetings', (m) => void (m.meetings[1].date = '2014-03-11')))).toEqual(['data/meetings.json: meetings[1].date: unexpected field; check its spelling or remove it']);
    expect(problemsOf(withJson('election', (e) => void (e.election = { date: '2013-07-29' })))).toContain('data/election.json: election: unexpected field; check its spelling or remove it');
    const moved = datasetFrom(withJson('timeline', (t) => void (t.events.find((ev: Json) => ev.id === 'meeting-2').date = '2014-03-11')));
    const site = renderSite(moved);
    const all = Object.values(site).join('\n');
    expect(all).not.toContain('10 March 2014');
    expect(site['data/meetings.csv']).toContain('2,2014-03-11,');
    expect(site['data/timeline.csv']).toContain('meeting-2,2014-03-11,');
    const electionMoved = renderSite(datasetFrom(withJson('timeline', (t) => void (t.events.find((ev: Json) => ev.id === 'election').date = '2013-07-29'))));
    expect(electionMoved['share.svg']).toContain('29 July 2013');
    expect(electionMoved['share.svg']).not.toContain('28 July 2013');
  });

  it('7. a schema error in one file does not hide a digit in another (the README promised both; one was listed)', () => {
    const texts = edited({
      election: (e) => void (e.constituencies[4].seats.CNRP = 'three'),
      copy: (c) => void (c.sections[1].steps[0].text[0] = 'The CPP won 68 seats.'),
    });
    expect(problemsOf(texts)).toEqual([
      'data/election.json: constituencies[4].seats.CNRP: expected a whole number ≥ 0, found "three"',
      'data/copy.json: sections[1].steps[0].text[0]: expected every number to be a figure such as {seats:CPP} or a cited phrase such as [six months]{source-id}, found "68" in plain text',
    ]);
  });

  it('8. check:data honours --data=DIR and names the folder it read (it checked data/ and said "valid")', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
    try {
      cpSync(FIXTURE_DATA, dir, { recursive: true });
      writeFileSync(join(dir, 'people.json'), '{ "people": [ }');
      let output = '';
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/checkData.ts', `--data=${dir}`], { cwd: PROJECT_ROOT, stdio: 'pipe' });
      } catch (error) {
        output = String((error as { stderr: Buffer }).stderr);
      }
      expect(output).toContain(`${dir}/ has 1 problem:`);
      expect(output).toContain(`${dir}/people.json:1:15: invalid JSON`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('9. an event of kind "election" added before election day does not move the boycott chart, whose events are named in the data', () => {
    const base = buildScenes(datasetFrom(realTexts())).timeline.states.boycott;
    const texts = withJson('timeline', (t) => void t.events.unshift({ id: 'campaign', date: '2013-06-27', kind: 'election', title: 'Campaign opens', text: 'The campaign opens.', sources: ['asia-matters'] }));
    expect(buildScenes(datasetFrom(texts)).timeline.states.boycott).toEqual(base);
  });

  it('10. retagging every event as "politics" still validates and builds (it crashed the build with a TypeError)', () => {
    const texts = withJson('timeline', (t) => {
      for (const ev of [...t.events, ...t.afterwards]) ev.kind = 'politics';
    });
    expect(problemsOf(texts)).toEqual([]);
    expect(() => renderSite(datasetFrom(texts))).not.toThrow();
  });

  it('11. dataset.json and the correction on the page hold no raw {token}', () => {
    const texts = edited({
      corrections: (c) => void c.corrections.push({ date: '2026-11-01', kind: 'update', text: 'Phnom Penh: the CNRP won {cseats:phnom-penh:CNRP} of {cseats:phnom-penh}.' }),
    });
    const site = renderSite(datasetFrom(texts));
    expect(site['data/dataset.json']).toContain('Phnom Penh: the CNRP won 7 of 12.');
    expect(site['data/dataset.json']).not.toMatch(/\{[a-z-]+(:[A-Za-z0-9-]+)*\}/);
  });

  it('12. inserting a step does not renumber published embeds: step 7 stays the constituencies', () => {
    const texts = withJson('copy', (c) => void c.sections[0].steps.unshift({ id: 'intro', text: ['An introduction.'], chart: { view: 'chamber', state: 'empty' }, alt: 'An empty chamber.' }));
    const story = buildStory(datasetFrom(texts));
    expect(story.steps.find((s) => s.numbers.includes(7))?.id).toBe('constituencies');
    expect(story.steps[0]).toMatchObject({ id: 'intro', anchor: 'step-intro', numbers: [] });
    const site = renderSite(datasetFrom(texts));
    expect(site['charts/step-7.html']).toContain('Cambodia’s 24 constituencies');
    expect(site['charts/intro.html']).toContain('An empty chamber.');
  });
});
