import { describe, expect, it } from 'vitest';
import { languageName } from '../../../src/lib/format/languageName.ts';

describe('languageName(lang, inLanguage)', () => {
  it('names Khmer in English and English in Khmer, as the language switch and the embed builder show them', () => {
    expect(languageName('km', 'en')).toBe('Khmer');
    expect(languageName('en', 'km')).toBe('អង់គ្លេស');
  });
});
