/**
 * What the third fact-check found (shared/research/factcheck3.md), held on the live data/ as it
 * is published: the two contradicted claims, the misleading ones and the neutral wording. These
 * guard facts, not wording: a journalist may rephrase, but not reintroduce a claim the sources
 * contradict.
 */
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../fixtures/renderSite.ts';
import { readable, visibleText } from '../../fixtures/visibleText.ts';
import { datasetFrom, liveTexts } from '../fixtures/dataTexts.ts';

const site = renderSite(datasetFrom(liveTexts()));
const page = readable(visibleText('index.html', site['index.html']!));
const csv = (name: string) => site[`data/${name}`]!;

describe('the page says what its sources say', () => {
  it('does not call the man shot at Kbal Thnal on 15 September 2013 a protester, and gives both accounts of who fired', () => {
    expect(page).not.toMatch(/protester is shot/i);
    expect(csv('timeline.csv')).not.toMatch(/protester is shot/i);
    expect(page).toContain('Eyewitnesses said they saw armed police officers firing live rounds');
    expect(page).toContain('a member of the public, not the authorities, fired the lethal shot');
  });

  it('gives the first meeting’s reported length, about four and a half hours, with its source', () => {
    expect(page).toContain('The first meeting, on 3 March 2014, lasted about four and a half hours');
    expect(csv('meetings.csv')).toMatch(/\r\n1,2014-03-03,true,4\.5,about four and a half hours,/);
  });

  it('gives the Veng Sreng toll every account supports: at least four killed, and the missing teenager', () => {
    expect(page).toMatch(/at least four people were killed, and a teenager went missing/);
    expect(page).toContain('Khem Sophath');
  });

  it('attributes the “80 percent” to Sam Rainsy, disputing Hun Sen’s account of an agreement', () => {
    expect(page).toContain('Sam Rainsy says it is only “80 percent” complete');
  });

  it('carries every account of the fourth meeting’s length into meetings.csv', () => {
    const row = csv('meetings.csv').split('\r\n').find((r) => r.startsWith('4,'))!;
    for (const account of ['One hour (vna-talks-fail)', 'More than two hours behind closed doors (ppp-top-level)', 'About half an hour, according to Bin Chhin (cambodia-daily-deadlock)']) expect(row).toContain(account);
  });

  it('words the result and the talks neutrally', () => {
    expect(page).toContain('Official results gave Cambodia’s ruling party 68 of the 123 seats');
    expect(page).not.toMatch(/ruling party won \d+ of/);
    expect(page).toContain('agreed as topics for discussion');
    expect(page).toContain('underlined the need to give importance to all 14 points');
    // 55 of 123 seats is 45 %, not half.
    expect(page).not.toMatch(/empty half of the house/i);
  });
});
