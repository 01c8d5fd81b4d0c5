import { describe, expect, it } from 'vitest';
import { DataProblem } from '../../../src/lib/data/DataProblem.ts';
import { describeValue } from '../../../src/lib/data/describeValue.ts';
import { formatDate, formatNumber, formatPercent } from '../../../src/lib/format/format.ts';
import { formatPath } from '../../../src/lib/data/formatPath.ts';
import { parseCopyText } from '../../../src/lib/copy/parseCopyText.ts';

describe('parseCopyText', () => {
  it('parseCopyText(text) splits plain text, a figure with arguments and a cited phrase with two sources', () => {
    expect(parseCopyText('CPP {cseats:phnom-penh:CPP}, as [VNA put it]{vna-talks-fail, ppp-top-level}.')).toEqual([
      { kind: 'text', text: 'CPP ' },
      { kind: 'figure', key: 'cseats', args: ['phnom-penh', 'CPP'], raw: '{cseats:phnom-penh:CPP}' },
      { kind: 'text', text: ', as ' },
      { kind: 'cite', text: 'VNA put it', sources: ['vna-talks-fail', 'ppp-top-level'], raw: '[VNA put it]{vna-talks-fail, ppp-top-level}' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('parseCopyText(text) gives a figure without arguments an empty argument list', () => {
    expect(parseCopyText('{majority}')).toEqual([{ kind: 'figure', key: 'majority', args: [], raw: '{majority}' }]);
  });

  it('parseCopyText(text) leaves text without tokens, and unmatched braces, as plain text', () => {
    expect(parseCopyText('No figures here.')).toEqual([{ kind: 'text', text: 'No figures here.' }]);
    expect(parseCopyText('A {Bad Token} and [a phrase] alone')).toEqual([{ kind: 'text', text: 'A {Bad Token} and [a phrase] alone' }]);
    expect(parseCopyText('')).toEqual([]);
  });
});

describe('DataProblem and its parts', () => {
  it('String(new DataProblem(file, where, message)) is "file: where: message"', () => {
    expect(String(new DataProblem('data/election.json', 'constituencies[4].seats.CNRP', 'expected a whole number ≥ 0, found "three"'))).toBe(
      'data/election.json: constituencies[4].seats.CNRP: expected a whole number ≥ 0, found "three"',
    );
  });

  it.each([
    [['constituencies', 4, 'seats', 'CNRP'], 'constituencies[4].seats.CNRP'],
    [[], '(top level)'],
    [[0], '[0]'],
    [['sections', 2, 'steps', 0, 'chart', 'state'], 'sections[2].steps[0].chart.state'],
    [['$schema'], '$schema'],
    [['seats', 'two words'], 'seats["two words"]'],
    [['meta', 'og:title'], 'meta["og:title"]'],
  ] as [PropertyKey[], string][])('formatPath(%j) is %j', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });

  it.each([
    ['three', '"three"'],
    [undefined, 'nothing (the field is missing)'],
    [null, 'null'],
    [-5, '-5'],
    [true, 'true'],
    [[], 'a list of 0 items'],
    [['a'], 'a list of 1 item'],
    [{ a: 1 }, 'an object'],
    ['x'.repeat(80), `"${'x'.repeat(56)}…"`],
  ])('describeValue(%j) is %j', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('formatNumber, formatPercent and formatDate write figures independent of the locale', () => {
    expect([formatNumber(9675453), formatNumber(123), formatNumber(0), formatNumber(1000)]).toEqual(['9,675,453', '123', '0', '1,000']);
    expect([formatPercent(48.83), formatPercent(69.61, 2), formatPercent(44.46), formatPercent(0.29)]).toEqual(['48.8%', '69.61%', '44.5%', '0.3%']);
    expect([formatDate('2013-07-28'), formatDate('2014-03-03'), formatDate('2015-12-31')]).toEqual(['28 July 2013', '3 March 2014', '31 December 2015']);
  });
});

describe('formatPartialDate(value)', () => {
  it.each([
    ['2014-03-25', '25 March 2014'],
    ['2014-03', 'March 2014'],
    ['2008', '2008'],
  ])('formatPartialDate(%s) → %s', async (value, expected) => {
    const { formatPartialDate } = await import('../../../src/lib/format/format.ts');
    expect(formatPartialDate(value)).toBe(expected);
  });
});
