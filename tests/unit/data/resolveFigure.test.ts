import { describe, expect, it } from 'vitest';
import { figureKeys, monthsBetween, resolveFigure } from '../../../src/lib/copy/resolveFigure.ts';
import { majorityOf } from '../../../src/lib/data/lookups.ts';
import { realDataset } from '../fixtures/dataTexts.ts';

const data = realDataset();
const RESULT_SOURCES = ['vna-final-results', 'ipu-2013', 'nec-preliminary'];
const CONSTITUENCY_SOURCES = ['newmandala', 'voa-data'];

describe('resolveFigure', () => {
  it.each([
    ['seats:CPP', '68', RESULT_SOURCES],
    ['seats:CNRP', '55', RESULT_SOURCES],
    ['seats:FUNCINPEC', '0', ['wiki-comfrel']],
    ['seats:2008:CPP', '90', ['ppp-2008-results', 'afp-2008']],
    ['seats:2008:SRP', '26', ['ppp-2008-results', 'afp-2008']],
    ['seats:2008:HRP', '3', ['ppp-2008-results', 'afp-2008']],
    ['total-seats:2008', '123', ['ppp-2008-results']],
    ['majority:2008', '62', ['ppp-2008-results']],
    ['seat-share:2008:CPP', '73.2%', ['ppp-2008-results', 'afp-2008', 'ppp-2008-results']],
    ['election-year:2008', '2008', ['ppp-2008-results', 'afp-2008']],
    ['election-date:2013', '28 July 2013', ['asia-matters', 'cambodia-daily-claims', 'vna-talks-fail', 'ipu-2013']],
    ['votes:CPP', '3,235,969', RESULT_SOURCES],
    ['votes:CNRP', '2,946,176', RESULT_SOURCES],
    ['share:CPP', '48.8%', RESULT_SOURCES],
    ['share:CNRP', '44.5%', RESULT_SOURCES],
    ['seat-share:CPP', '55.3%', [...RESULT_SOURCES, 'vna-final-results', 'ipu-2013']],
    ['seat-share:CNRP', '44.7%', [...RESULT_SOURCES, 'vna-final-results', 'ipu-2013']],
    ['margin:CPP', '6', [...RESULT_SOURCES, 'vna-final-results', 'ipu-2013']],
    ['claim:CNRP', '63', ['asia-matters']],
    ['claim:CPP', '60', ['asia-matters']],
    ['total-seats', '123', ['vna-final-results', 'ipu-2013']],
    ['majority', '62', ['vna-final-results', 'ipu-2013']],
    ['registered', '9,675,453', ['electionguide']],
    ['ballots', '6,735,244', ['wiki-comfrel', 'reuters-turnout']],
    ['valid', '6,627,159', ['electionguide', 'wiki-comfrel']],
    ['invalid', '108,085', ['ppp-invalid', 'wiki-comfrel']],
    ['turnout', '69.61%', ['reuters-turnout']],
    ['parties', 'eight', ['asia-matters']],
    ['minor-share', '6.7%', ['wiki-comfrel']],
    ['constituencies', '24', [...CONSTITUENCY_SOURCES, 'ppp-seat-allocation']],
    ['cseats:phnom-penh', '12', [...CONSTITUENCY_SOURCES, 'ppp-seat-allocation']],
    ['cseats:phnom-penh:CNRP', '7', [...CONSTITUENCY_SOURCES, 'ppp-seat-allocation']],
    ['cseats:phnom-penh:CPP', '5', [...CONSTITUENCY_SOURCES, 'ppp-seat-allocation']],
    ['cseats:kampong-cham', '18', CONSTITUENCY_SOURCES],
    ['cseats:kampong-cham:CNRP', '10', CONSTITUENCY_SOURCES],
    ['cseats:kep:CNRP', '0', CONSTITUENCY_SOURCES],
    ['cpp-vote-provinces', '19', ['scmp-provinces']],
    ['date:election', '28 July 2013', ['asia-matters', 'cambodia-daily-claims', 'vna-talks-fail', 'ipu-2013']],
    ['day:meeting-3', '17 March', ['voa-meeting-3', 'rfa-14-points']],
    ['date:parliament-opens', '23 September 2013', ['voa-boycott', 'vna-parliament-opens']],
    ['date:meeting-4', '24 March 2014', ['vna-talks-fail', 'ppp-top-level']],
    ['date:new-nec', '13 April 2015', ['chinagate-nec']],
    ['year:election', '2013', ['asia-matters', 'cambodia-daily-claims', 'vna-talks-fail', 'ipu-2013']],
    ['previous-year', '2008', ['ppp-2008-results', 'afp-2008']],
    ['meeting-length:2', 'about three hours', ['vna-meeting-2', 'ppp-no-accord']],
    ['meeting-length:4', 'one hour', ['vna-talks-fail']],
    ['members-per-side', 'six', ['cambodia-daily-commission', 'ppp-panel', 'ppp-slow-start', 'cambodia-daily-talking-points']],
    ['months-between:parliament-opens:meeting-4', 'six months', ['voa-boycott', 'vna-parliament-opens', 'vna-talks-fail', 'ppp-top-level']],
    ['months-between:election:meeting-4', 'seven months', ['asia-matters', 'cambodia-daily-claims', 'vna-talks-fail', 'ipu-2013', 'ppp-top-level']],
    ['months-between:meeting-3:meeting-4', 'zero months', ['voa-meeting-3', 'rfa-14-points', 'vna-talks-fail', 'ppp-top-level']],
    ['months-between:meeting-4:phone-call', 'zero months', ['vna-talks-fail', 'ppp-top-level', 'rfa-phone-call']],
    ['months-between:meeting-4:deal', 'three months', ['vna-talks-fail', 'ppp-top-level', 'cambodia-daily-deal', 'chinadaily-deal']],
    ['months-between:rainsy-pardon:new-nec', '21 months', ['reuters-rainsy', 'ipu-2013', 'chinagate-nec']],
  ])('resolveFigure(data, {%s}) prints %j with its sources', (token, text, sources) => {
    const [key = '', ...args] = token.split(':');
    expect(resolveFigure(data, key, args)).toEqual({ text, sources });
  });

  it.each([
    ['seat:CPP', `unknown figure {seat:CPP}; known figures are ${figureKeys.map((k) => `{${k}}`).join(', ')}`],
    ['nope', `unknown figure {nope}; known figures are ${figureKeys.map((k) => `{${k}}`).join(', ')}`],
    ['seats:XYZ', 'no 2013 result for party "XYZ"'],
    ['seats:2008:CNRP', 'no 2008 result for party "CNRP"'],
    ['seats2008:CPP', 'no token {seats2008} any more: write {seats:2008:PARTY}, the election\'s id first'],
    ['seats:1998:CPP', 'no election "1998"; the elections are 2008, 2013'],
    ['votes:2008:CPP', 'no votes for CPP in election 2008'],
    ['turnout:2008', 'no turnoutPercent in election 2008'],
    ['claim:FUNCINPEC', 'no claimed seats for party "FUNCINPEC"'],
    ['seats', '{seats} takes a party, or an election and a party ({seats:2008:CPP}), found 0 arguments'],
    ['seats:2008:CPP:CNRP', '{seats} takes a party, or an election and a party ({seats:2008:CPP}), found 3 arguments'],
    ['majority:2008:CPP', '{majority} takes no argument, or an election ({majority:2018}), found 2'],
    ['majority:CPP', 'no election "CPP"; the elections are 2008, 2013'],
    ['months-between:election', '{months-between} takes 2 arguments, found 1'],
    ['months-between:meeting-4:parliament-opens', '{months-between} counts from the earlier event to the later one, but "meeting-4" (2014-03-24) comes after "parliament-opens" (2013-09-23); swap them: {months-between:parliament-opens:meeting-4}'],
    ['cseats', '{cseats} takes 1 or 2 arguments, found 0'],
    ['cseats:a:b:c', '{cseats} takes 1 or 2 arguments, found 3'],
    ['cseats:phnom-pen', 'no constituency "phnom-pen"'],
    ['cseats:phnom-penh:SRP', 'no seats for party "SRP" in constituency "phnom-penh"'],
    ['date:polling-day', 'no timeline event "polling-day"'],
    ['year:polling-day', 'no timeline event "polling-day"'],
    ['months-between:election:nowhere', 'no timeline event "nowhere"'],
    ['months-between:nowhere:election', 'no timeline event "nowhere"'],
    ['meeting-length:5', 'no meeting 5'],
    ['meeting-length:1', 'meeting 1 has no recorded duration'],
  ])('resolveFigure(data, {%s}) returns the error %j', (token, error) => {
    const [key = '', ...args] = token.split(':');
    expect(resolveFigure(data, key, args)).toEqual({ error });
  });

  // figureKeys and the README's token table name the same tokens: tests/unit/readme.test.ts.
  it('every figure key in figureKeys resolves with real data when given real arguments', () => {
    const example: Record<string, string[]> = { ELECTION: ['2013'], PARTY: ['CPP'], CONSTITUENCY: ['kandal'], EVENT: ['election'], N: ['2'], VIEW: ['afterwards'] };
    for (const k of figureKeys) {
      const [key = '', ...placeholders] = k.split(':');
      const args = key === 'short-of-majority' ? ['CNRP'] : placeholders.flatMap((p, i) => (p === 'EVENT' && i === 1 ? ['meeting-4'] : example[p] ?? []));
      const resolved = resolveFigure(data, key, args);
      expect(resolved, k).not.toHaveProperty('error');
      expect(resolved, k).toHaveProperty('text');
    }
  });

  it('majorityOf(totalSeats) is more than half: 123 → 62, 122 → 62, 1 → 1', () => {
    expect([majorityOf(123), majorityOf(122), majorityOf(1)]).toEqual([62, 62, 1]);
  });

  it('monthsBetween(from, to) counts whole calendar months', () => {
    expect(monthsBetween('2013-09-23', '2014-03-24')).toBe(6);
    expect(monthsBetween('2013-09-23', '2014-03-22')).toBe(5);
    expect(monthsBetween('2013-09-23', '2014-03-23')).toBe(6);
    expect(monthsBetween('2013-07-28', '2014-03-24')).toBe(7);
    expect(monthsBetween('2014-01-31', '2014-02-28')).toBe(0);
    expect(monthsBetween('2014-03-03', '2014-03-03')).toBe(0);
  });
});
