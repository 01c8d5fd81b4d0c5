import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/lib/format/plural.ts';

describe('plural(n, one, many)', () => {
  it('counts one thing in the singular and any other number in the plural', () => {
    expect(plural(1, 'problem')).toBe('1 problem');
    expect(plural(0, 'problem')).toBe('0 problems');
    expect(plural(3, 'text')).toBe('3 texts');
  });
  it('takes an irregular plural, and can give the word alone', () => {
    expect(plural(2, 'its translation is', 'their translations are', { count: false })).toBe('their translations are');
    expect(plural(1, 'it is', 'they are', { count: false })).toBe('it is');
  });
});
