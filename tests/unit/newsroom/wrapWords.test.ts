/**
 * wrapWords breaks text into lines for SVG. Widths here are counted in characters (its default), so
 * the expected lines can be checked by eye; the share image passes real glyph widths instead.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusters, countWords, unspacedWords, wrapWords } from '../../../src/lib/story/wrapWords.ts';

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

describe('wrapWords(text, maxWidth, { locale: "km" }): Khmer, written without spaces between words', () => {
  const KHMER = 'ការបោះឆ្នោតដែលស្ទើរតែធ្វើឲ្យលោក ហ៊ុន សែន បាត់បង់សំឡេងភាគច្រើន និងអ្វីដែលកើតឡើងបន្ទាប់មក';
  /** The words Node's ICU finds in it, from its Khmer dictionary. */
  const WORDS = ['ការបោះឆ្នោត', 'ដែល', 'ស្ទើរតែ', 'ធ្វើឲ្យ', 'លោក', 'ហ៊ុន', 'សែន', 'បាត់បង់', 'សំឡេង', 'ភាគច្រើន', 'និង', 'អ្វី', 'ដែល', 'កើតឡើង', 'បន្ទាប់មក'];

  it('finds Khmer words with this runtime’s Intl.Segmenter (Node 20’s ICU has the Khmer dictionary)', () => {
    expect(KHMER.split(' ').flatMap((run) => unspacedWords(run, 'km'))).toEqual(WORDS);
  });

  it('breaks Khmer at word boundaries, never inside a word that fits a line', () => {
    for (const width of [12, 16, 20, 30]) {
      const lines = wrapWords(KHMER, width, { locale: 'km' });
      expect(lines.join(' ').replace(/ /g, ''), `${width}`).toBe(KHMER.replace(/ /g, ''));
      const pieces = lines.flatMap((line) => line.split(' ').flatMap((run) => unspacedWords(run, 'km')));
      expect(pieces, `${width}`).toEqual(WORDS);
    }
    expect(wrapWords('ការបោះឆ្នោតដែលស្ទើរតែ', 12, { locale: 'km' })).toEqual(['ការបោះឆ្នោត', 'ដែលស្ទើរតែ']);
  });

  it('joins the words of a line without a space, keeps the spaces the text has, and balances the lines', () => {
    expect(wrapWords(KHMER, 20, { locale: 'km' })).toEqual(['ការបោះឆ្នោតដែល', 'ស្ទើរតែធ្វើឲ្យ', 'លោក ហ៊ុន សែន', 'បាត់បង់សំឡេង', 'ភាគច្រើន និងអ្វី', 'ដែលកើតឡើងបន្ទាប់មក']);
  });

  it('keeps punctuation with the word before it, and an opening quote with the word after it', () => {
    expect(unspacedWords('និងអ្វីដែលកើតឡើង។', 'km')).toEqual(['និង', 'អ្វី', 'ដែល', 'កើតឡើង។']);
    expect(wrapWords('“ការបោះឆ្នោត”ដែលស្ទើរតែ។', 13, { locale: 'km' })).toEqual(['“ការបោះឆ្នោត”', 'ដែលស្ទើរតែ។']);
  });

  it('counts a Khmer last line of several words as several words, so it is not taken for a lone word', () => {
    expect(countWords('អ្វីដែលកើតឡើង', 'km')).toBe(3);
    expect(countWords('បន្ទាប់មក', 'km')).toBe(1);
    expect(countWords('vote to stalled talks')).toBe(4);
  });

  it('never breaks inside a cluster: a coeng stays with the consonant it stacks, a vowel sign with its base', () => {
    expect(clusters('ស្ទើរ')).toEqual(['ស្ទើ', 'រ']);
    expect(clusters('ក្សត្រ')).toEqual(['ក្ស', 'ត្រ']);
    // Too narrow for any word: cut between clusters, never after U+17D2 nor before a sign.
    const lines = wrapWords('ស្ត្រីស្ទើរក្សត្រ', 3, { locale: 'km' });
    expect(lines.join('')).toBe('ស្ត្រីស្ទើរក្សត្រ');
    for (const line of lines) {
      expect(line, line).not.toMatch(/^[\p{M}\u17D2]|\u17D2$/u);
    }
  });

  it('cuts Khmer that needs more lines than maxLines after the last word that fits, with an ellipsis', () => {
    expect(wrapWords(KHMER, 20, { locale: 'km', maxLines: 2 })).toEqual(['ការបោះឆ្នោតដែល', 'ស្ទើរតែធ្វើឲ្យលោក…']);
  });

  it('never breaks inside a cluster, whatever the Khmer text and the width (property)', () => {
    const syllables = ['ក', 'ការ', 'ស្ទើ', 'រ', 'ឆ្នោ', 'ត', 'ក្ស', 'ត្រ', 'ញ៉ាំ', 'គ្រឿ', 'ង', 'បោះ', 'ស្ត្រី', 'ឲ្យ', '៦៨', ' ', '។'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (parts, width) => {
        const text = parts.join('').replace(/\s+/g, ' ').trim();
        const lines = wrapWords(text, width, { locale: 'km' });
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        for (const line of lines) expect(line).not.toMatch(/^[\p{M}\u17D2]|\u17D2$/u);
      }),
    );
  });

  it('never breaks at a no-break space: a name written ហ៊ុន\u00a0សែន (or Hun\u00a0Sen) stays on one line', () => {
    const name = 'ហ៊ុន\u00a0សែន';
    for (let width = 8; width <= 30; width++) {
      const lines = wrapWords(`ធ្វើឲ្យលោក ${name} បាត់បង់សំឡេង`, width, { locale: 'km' });
      expect(lines.some((line) => line.includes(name)), `${width}: ${lines.join(' | ')}`).toBe(true);
    }
    for (let width = 7; width <= 30; width++) expect(wrapWords('nearly cost Hun\u00a0Sen his majority', width).some((line) => line.includes('Hun\u00a0Sen'))).toBe(true);
    expect(countWords('Hun\u00a0Sen won')).toBe(2);
  });
});
