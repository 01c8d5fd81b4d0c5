import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/lib/charts/parseIsoDate';

describe('parseIsoDate', () => {
  it.each([
    ['2013-07-28', '2013-07-28T00:00:00.000Z'],
    ['2014-07-22', '2014-07-22T00:00:00.000Z'],
    ['2012-02-29', '2012-02-29T00:00:00.000Z'],
  ])('parseIsoDate(%s) is midnight UTC on that day', (input, iso) => {
    expect(parseIsoDate(input).toISOString()).toBe(iso);
  });

  it.each(['2013-02-29', '2013-13-01', '2013-00-10', '2013-7-28', '28/07/2013', '2013-07-28T00:00:00Z', ''])(
    'parseIsoDate(%j) throws a RangeError',
    (input) => {
      expect(() => parseIsoDate(input)).toThrow(RangeError);
    },
  );
});
