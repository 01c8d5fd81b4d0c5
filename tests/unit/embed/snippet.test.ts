import { describe, expect, it } from 'vitest';
import { buildSnippet } from '../../../src/embed/index.ts';

describe('buildSnippet: the theme in the embed URL', () => {
  const options = { base: 'https://ex.org/cambodia/', page: 'embed.html', title: 'Cambodia 2013' };

  it.each(['light', 'dark', 'transparent'])('buildSnippet({ theme: %j }) pins it with ?theme=', (theme) => {
    expect(buildSnippet({ ...options, theme }).src).toBe(`https://ex.org/cambodia/embed.html?theme=${theme}`);
  });

  it.each(['', 'auto', 'sepia'])('buildSnippet({ theme: %j }) leaves the URL without a theme', (theme) => {
    expect(buildSnippet({ ...options, theme }).src).toBe('https://ex.org/cambodia/embed.html');
  });
});
