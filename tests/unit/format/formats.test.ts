import { describe, expect, it } from 'vitest';
import { englishFormats, formatsFor } from '../../../src/lib/format/formats.ts';

describe('formatsFor', () => {
  const km = formatsFor('km');

  it('writes English as the story always has', () => {
    expect(formatsFor('en')).toBe(englishFormats);
    expect(englishFormats.number(9675454)).toBe('9,675,454');
    expect(englishFormats.date('2013-07-28')).toBe('28 July 2013');
    expect(englishFormats.count(8)).toBe('eight');
    expect(englishFormats.months(7)).toBe('seven months');
    expect(englishFormats.months(1)).toBe('one month');
  });

  it('writes Khmer numbers in Khmer digits with the locale’s grouping and decimal marks', () => {
    expect(km.number(68)).toBe('៦៨');
    expect(km.number(9675454)).toBe('៩.៦៧៥.៤៥៤');
    expect(km.percent(48.83)).toBe('៤៨,៨%');
    expect(km.percent(69.61, 2)).toBe('៦៩,៦១%');
    expect(km.count(8)).toBe('៨');
    expect(km.year(2013)).toBe('២០១៣');
    expect(km.year('2013')).toBe('២០១៣');
  });

  it('writes Khmer dates with Khmer month names, never a day off whatever the time zone', () => {
    expect(km.date('2013-07-28')).toBe('២៨ កក្កដា ២០១៣');
    expect(km.day('2014-03-03')).toBe('៣ មីនា');
    expect(km.partialDate('2014-03')).toBe('មីនា ២០១៤');
    expect(km.partialDate('2008')).toBe('២០០៨');
    expect(km.months(7)).toBe('៧ ខែ');
    expect(km.month('2013-07-28')).toBe('កក្កដា');
    expect(km.decimal(6.5, 1)).toBe('៦,៥');
    expect(englishFormats.month('2013-07-28')).toBe('Jul');
    expect(englishFormats.decimal(6.5, 1)).toBe('6.5');
    expect(km.date('2013-12-31')).toBe('៣១ ធ្នូ ២០១៣');
    expect(km.date('2014-01-01')).toBe('១ មករា ២០១៤');
  });

  it('leaves no Latin digit in any Khmer figure', () => {
    const all = [km.number(1234567), km.percent(12.34), km.date('2023-07-23'), km.day('2018-07-29'), km.shortDate('2013-09-23'), km.partialDate('2017-11'), km.year(2028), km.count(12), km.months(12)];
    for (const text of all) expect(text).not.toMatch(/[0-9]/);
  });
});
