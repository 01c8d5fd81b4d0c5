import { describe, expect, it } from 'vitest';
import { round2 } from '../../../src/lib/charts/round2.ts';

describe('round2', () => {
  it.each([
    [1.23456, 1.23],
    [1.235, 1.24],
    [100, 100],
    [-3.14159, -3.14],
    [1 / 3, 0.33],
  ])('round2(%s) is %s', (input, expected) => {
    expect(round2(input)).toBe(expected);
  });

  it('round2 turns negative zero into zero', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(Object.is(round2(-0), 0)).toBe(true);
  });
});
