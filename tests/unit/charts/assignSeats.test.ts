import { describe, expect, it } from 'vitest';
import { assignSeats } from '../../../src/lib/charts/assignSeats.ts';

describe('assignSeats', () => {
  it.each([
    [[{ key: 'cpp', count: 3 }, { key: 'cnrp', count: 2 }], 6, ['cpp', 'cpp', 'cpp', 'cnrp', 'cnrp', 'empty']],
    [[{ key: 'a', count: 2 }], 2, ['a', 'a']],
    [[{ key: 'a', count: 0 }, { key: 'b', count: 1 }], 3, ['b', 'empty', 'empty']],
    [[], 2, ['empty', 'empty']],
    [[], 0, []],
  ])('assignSeats(%j, %i) returns %j', (groups, total, expected) => {
    expect(assignSeats(groups, total)).toEqual(expected);
  });

  it('assignSeats gives the 2013 result 68 CPP seats then 55 CNRP seats, 123 in all', () => {
    const keys = assignSeats(
      [
        { key: 'CPP', count: 68 },
        { key: 'CNRP', count: 55 },
      ],
      123,
    );
    expect(keys).toHaveLength(123);
    expect(keys.slice(0, 68).every((k) => k === 'CPP')).toBe(true);
    expect(keys.slice(68).every((k) => k === 'CNRP')).toBe(true);
    expect(keys).not.toContain('empty');
  });

  it('assignSeats does not mutate the groups', () => {
    const groups = Object.freeze([Object.freeze({ key: 'a', count: 1 }), Object.freeze({ key: 'b', count: 2 })]);
    expect(assignSeats(groups, 4)).toEqual(['a', 'b', 'b', 'empty']);
    expect(groups).toEqual([
      { key: 'a', count: 1 },
      { key: 'b', count: 2 },
    ]);
  });

  it('assignSeats throws a RangeError when the counts exceed the total', () => {
    expect(() => assignSeats([{ key: 'a', count: 68 }, { key: 'b', count: 56 }], 123)).toThrow(RangeError);
  });

  it.each([
    [[{ key: 'a', count: -1 }], 3],
    [[{ key: 'a', count: 1.5 }], 3],
    [[{ key: 'a', count: Number.NaN }], 3],
    [[{ key: 'a', count: 1 }], -1],
    [[{ key: 'a', count: 1 }], 2.5],
  ])('assignSeats(%j, %s) throws a RangeError for a bad count or total', (groups, total) => {
    expect(() => assignSeats(groups, total)).toThrow(RangeError);
  });
});
