/**
 * A disputed meeting length as a range: from a meeting's accounts in hours to the words of the tracker and the table.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { realDataset } from '../../../tests/unit/fixtures/dataTexts.ts';
import type { Meeting } from '../../lib/data/types.ts';
import { hoursFigure, lengthRange, rangeLabel, rangeText, type LengthAccount } from './lengthRange.ts';

const fourth = realDataset().meetings.meetings[3]!;
const withAccounts = (accounts: LengthAccount[]): Meeting => Object.assign(structuredClone(fourth), { durationAccounts: accounts });

describe('lengthRange', () => {
  it('lengthRange(meeting) runs from the shortest to the longest account, "or more" when the longest said "more than"', () => {
    const meeting = withAccounts([
      { hours: 1, sources: ['vna-talks-fail'] },
      { hours: 2, orMore: true, sources: ['ppp-top-level'] },
      { hours: 0.5, sources: ['cambodia-daily-deadlock'] },
    ]);
    expect(lengthRange(meeting)).toEqual({ from: 0.5, to: 2, orMore: true });
  });

  it('lengthRange(meeting) is null without accounts, with one, or when they all agree', () => {
    expect(lengthRange(fourth)).toBeNull();
    expect(lengthRange(withAccounts([{ hours: 1, sources: ['vna-talks-fail'] }]))).toBeNull();
    expect(lengthRange(withAccounts([{ hours: 1, sources: ['vna-talks-fail'] }, { hours: 1, sources: ['ppp-top-level'] }]))).toBeNull();
  });

  it('lengthRange(meeting) does not change the meeting', () => {
    const meeting = withAccounts([{ hours: 2, sources: ['ppp-top-level'] }, { hours: 1, sources: ['vna-talks-fail'] }]);
    const before = structuredClone(meeting);
    lengthRange(meeting);
    expect(meeting).toEqual(before);
  });
});

describe('hoursFigure, rangeLabel, rangeText', () => {
  it('hoursFigure(hours) writes quarters with a fraction sign, anything else as a number', () => {
    expect([0.25, 0.5, 0.75, 1, 4.5, 2, 1.2].map(hoursFigure)).toEqual(['¼', '½', '¾', '1', '4½', '2', '1.2']);
  });

  it('rangeLabel(range) is the short label of a tracker column: "½–2+ h"', () => {
    expect(rangeLabel({ from: 0.5, to: 2, orMore: true })).toBe('½–2+ h');
    expect(rangeLabel({ from: 1, to: 3, orMore: false })).toBe('1–3 h');
  });

  it('rangeText(range) is the range in words for a table: "½ to more than 2 hours"', () => {
    expect(rangeText({ from: 0.5, to: 2, orMore: true })).toBe('½ to more than 2 hours');
    expect(rangeText({ from: 0.5, to: 1, orMore: false })).toBe('½ to 1 hour');
  });
});
