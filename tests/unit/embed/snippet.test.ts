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

describe('buildSnippet: the <noscript> fallback of an edition', () => {
  const options = { base: 'https://ex.org/cambodia/', title: 'Cambodia 2013', alt: 'A chart' };

  it('shows the English share image and links to the English story by default', () => {
    expect(buildSnippet({ ...options, page: 'embed.html' }).html).toContain('<noscript><a href="https://ex.org/cambodia/"><img src="https://ex.org/cambodia/share.png" alt="A chart"');
  });

  it('shows the Khmer edition’s own share image, km/share.png, and links to the Khmer story', () => {
    expect(buildSnippet({ ...options, page: 'km/embed.html', edition: 'km/' }).html).toContain('<noscript><a href="https://ex.org/cambodia/km/"><img src="https://ex.org/cambodia/km/share.png" alt="A chart"');
  });

  it('ignores an edition that is not a language folder under the base', () => {
    for (const edition of ['../', 'https://evil.example/', 'km', '/km/']) {
      expect(buildSnippet({ ...options, page: 'embed.html', edition }).html, edition).toContain('<img src="https://ex.org/cambodia/share.png"');
    }
  });
});
