/**
 * What the third fact-check found (shared/research/factcheck3.md), held on the live data/ as it
 * is published: the two contradicted claims, the misleading ones and the neutral wording. These
 * guard facts, not wording: a journalist may rephrase, but not reintroduce a claim the sources
 * contradict.
 */
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../fixtures/renderSite.ts';
import { readable, visibleText } from '../../fixtures/visibleText.ts';
import { storyElection } from '../../../src/lib/data/elections.ts';
import { datasetFrom, liveTexts } from '../fixtures/dataTexts.ts';

const live = datasetFrom(liveTexts());
const site = renderSite(live);
/** The story election's result as the data gives it, so that a correction of the count keeps these tests true. */
const story = storyElection(live);
const seatsOf = (party: string) => story.results.find((r) => r.party === party)!.seats;
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
    expect(page).toContain('The first meeting, which lasted about four and a half hours');
    expect(csv('meetings.csv')).toMatch(/\r\n1,2014-03-03,true,4\.5,about four and a half hours,/);
  });

  it('gives the Veng Sreng toll every account supports: at least four killed, and the missing teenager', () => {
    expect(page).toMatch(/At least four people were killed, Kim Phaleap, Sam Ravy, Yean Rithy and Pheng Kosal, and a teenager, Khem Sophath, went missing/);
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
    expect(page).toContain(`Official results gave Cambodia’s ruling party ${seatsOf('CPP')} of the ${story.totalSeats.value} seats`);
    expect(page).not.toMatch(/ruling party won \d+ of/);
    expect(page).toContain('agreed as topics for discussion');
    expect(page).toContain('underlined the need to give importance to all 14 points');
    // The CNRP's 55 of 123 seats is 45 %, not half.
    expect(page).not.toMatch(/empty half of the house/i);
  });
});

const chart = (id: string) => readable(visibleText(`charts/${id}.html`, site[`charts/${id}.html`]!));

describe('the context and the ending a reader in 2026 needs (issue 11), each sourced', () => {
  it('says what the irregularities were, how the NEC answered, and what the government said', () => {
    expect(page).toMatch(/names missing from the voter list/);
    expect(page).toContain('strongly rejected the findings of those audits');
    expect(page).toContain('free, fair, just and transparent');
    expect(page).toContain('widely seen as biased toward the ruling party');
  });

  it('gives the dispute over whether an Assembly of 68 could sit, attributed as the sources attribute it', () => {
    expect(page).toContain('shall consist of at least 120 Members');
    expect(page).toContain('68 votes, more than the absolute majority');
    // VNA gives the 2006 amendment as a newspaper editor’s view, not Hun Sen’s (factcheck4).
    expect(page).not.toMatch(/Hun Sen pointed to an amendment/);
  });

  it('gives the July 2014 jailings and Sam Rainsy among those sworn in', () => {
    expect(page).toContain('released on bail');
    expect(page).toContain('and 54 colleagues took their oaths');
  });

  it('tells what came after, to 2023: the deal undone, the party dissolved, its seats shared out, two one-sided elections', () => {
    expect(page).toContain('On 16 November 2017 the Supreme Court dissolved the CNRP');
    expect(page).toContain('41 of its seats were given to the Funcinpec');
    expect(page).toContain('three of the four NEC members it had named resigned');
    expect(page).toContain('the CPP won 125 of the 125 seats');
    expect(page).toContain('the CPP won 120 seats and Funcinpec 5');
  });

  it('ends on the chamber across elections: 123 seats in 2008 and 2013, 125 in 2018 and 2023', () => {
    const last = chart('one-party-assembly');
    for (const label of ['2008', '2013', '2018', '2023', '123 seats', '125 seats', 'CPP 125', 'CPP 120', 'Funcinpec 5', 'SRP + HRP 29']) expect(last).toContain(label);
    expect(csv('elections.csv')).toContain('2018,2018-07-29,125,CPP,Cambodian People’s Party,125,');
    expect(csv('elections.csv')).toContain('2023,2023-07-23,125,FUNCINPEC,FUNCINPEC,5,716490,');
  });

  it('draws the fourth meeting’s length as the range of its accounts', () => {
    expect(chart('meeting-4')).toContain('½–2+ h, accounts differ');
    expect(chart('meeting-4')).not.toContain('one hour*');
  });
});

