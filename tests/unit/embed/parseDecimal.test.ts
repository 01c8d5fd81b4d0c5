import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/embed/parseDecimal.ts';

describe('parseDecimal', () => {
  it.each([
    ['4321', 4321],
    ['-12.5', -12.5],
    ['0.25', 0.25],
    ['.25', 0.25],
    ['12.', 12],
    ['1.5e-7', 1.5e-7],
    ['2E+3', 2000],
    ['-0', 0],
  ])('parseDecimal(%j) gives %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it('parseDecimal("-0") gives 0, not -0', () => {
    expect(Object.is(parseDecimal('-0'), 0)).toBe(true);
  });

  it.each(['', ' ', ' 12', '12 ', '+12', '0x1f', '0b1', '1_000', 'Infinity', '-Infinity', 'NaN', '1e400', '.', '-', 'e5', '12px', '1,5', '1'.repeat(41)])(
    'parseDecimal(%j) gives null',
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );
});
