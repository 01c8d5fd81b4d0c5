import { describe, expect, it } from 'vitest';
import { EMBED_THEMES, isPinnedTheme } from '../../../src/embed/index.ts';

describe('isPinnedTheme', () => {
  it('isPinnedTheme(theme) is true for every theme of the protocol but "auto"', () => {
    expect(EMBED_THEMES.filter((theme) => isPinnedTheme(theme))).toEqual(['light', 'dark', 'transparent']);
  });

  it.each([['auto'], [''], ['sepia'], ['DARK'], [null], [undefined], [['dark']]])('isPinnedTheme(%j) is false', (value: unknown) => {
    expect(isPinnedTheme(value)).toBe(false);
  });
});
