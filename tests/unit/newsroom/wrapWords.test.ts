/**
 * wrapWords breaks text into lines for SVG. Widths here are counted in characters (its default), so
 * the expected lines can be checked by eye; the share image passes real glyph widths instead.
 */
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../../src/lib/story/wrapWords.ts';

const HEADLINE = 'From a disputed vote to stalled talks';

describe('wrapWords(text, maxWidth)', () => {
  it('breaks at spaces into lines no wider than maxWidth', () => {
    const lines = wrapWords(HEADLINE, 20);
    expect(lines.join(' ')).toBe(HEADLINE);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('uses as few lines as possible, balanced rather than filled from the top', () => {
    expect(wrapWords(HEADLINE, 24)).toEqual(['From a disputed vote', 'to stalled talks']);
  });

  it('never ends on a one-word line when a break into as many lines avoids it', () => {
    // Filling each line would leave "talks" alone: From a disputed | vote to stalled | talks.
    expect(wrapWords(HEADLINE, 16)).toEqual(['From a disputed', 'vote to', 'stalled talks']);
  });

  it('keeps a one-word last line when every break into as many lines has one', () => {
    expect(wrapWords('A different headline', 11)).toEqual(['A different', 'headline']);
  });

  it('keeps text that fits on one line whole, with runs of spaces collapsed', () => {
    expect(wrapWords('  Talks   fail ', 20)).toEqual(['Talks fail']);
  });

  it('gives no lines for blank text', () => {
    expect(wrapWords(' \n ', 20)).toEqual([]);
  });

  it('cuts a word wider than a line between characters, without a hyphen, into pieces of about equal width', () => {
    expect(wrapWords('abcdefghijklmnopqrstuvwxyz', 10)).toEqual(['abcdefghi', 'jklmnopqr', 'stuvwxyz']);
  });

  it('breaks a word wider than a line after its hyphens before it cuts it', () => {
    expect(wrapWords('the electoral-reform-commission talks', 16)).toEqual(['the electoral-', 'reform-', 'commission talks']);
  });

  it('keeps a hyphenated word whole when it fits a line', () => {
    expect(wrapWords('the electoral-reform talks', 16)).toEqual(['the', 'electoral-reform', 'talks']);
  });

  it('keeps the words around a cut word on their own lines or beside its last piece', () => {
    expect(wrapWords('see abcdefghijklmnopqrstuvwxyz now', 10)).toEqual(['see', 'abcdefghi', 'jklmnopqr', 'stuvwxyz', 'now']);
  });

  it('never cuts between a letter and its accent', () => {
    const word = 'e\u0301'.repeat(6); // six "é" written as e + combining acute accent
    const lines = wrapWords(word, 4);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(line.startsWith('\u0301')).toBe(false);
  });
});

describe('wrapWords(text, maxWidth, { measure })', () => {
  it('measures lines with the function it is given', () => {
    const wide = (text: string) => [...text].reduce((w, ch) => w + (ch === 'W' ? 3 : 1), 0);
    expect(wrapWords('WWW ab cd', 9, { measure: wide })).toEqual(['WWW', 'ab cd']);
    expect(wrapWords('WWW ab cd', 9)).toEqual(['WWW ab cd']);
  });
});

describe('wrapWords(text, maxWidth, { cutWords: false })', () => {
  it('leaves a word too wide for a line whole, on a line of its own', () => {
    expect(wrapWords('see abcdefghijklmnopqrstuvwxyz now', 10, { cutWords: false })).toEqual(['see', 'abcdefghijklmnopqrstuvwxyz', 'now']);
  });
});

describe('wrapWords(text, maxWidth, { maxLines })', () => {
  it('cuts text that needs more lines short, ending the last line with an ellipsis that fits', () => {
    expect(wrapWords(HEADLINE, 16, { maxLines: 2 })).toEqual(['From a disputed', 'vote to stalled…']);
  });

  it('drops the last words, then letters, until the ellipsis fits', () => {
    expect(wrapWords(HEADLINE, 15, { maxLines: 2 })).toEqual(['From a disputed', 'vote to…']);
    expect(wrapWords('abcdefghijklmnopqrstuvwxyz', 10, { maxLines: 1 })).toEqual(['abcdefghi…']);
  });

  it('puts the ellipsis straight after the last word kept, without its punctuation', () => {
    expect(wrapWords('Talks fail. Talks fail again.', 12, { maxLines: 1 })).toEqual(['Talks fail…']);
  });

  it('leaves text that fits in maxLines as it is', () => {
    expect(wrapWords(HEADLINE, 16, { maxLines: 3 })).toEqual(wrapWords(HEADLINE, 16));
  });
});
