import { describe, expect, it } from 'vitest';
import { cardLength, paragraphLength } from '../../../src/lib/story/cardLength.ts';
import type { Paragraph } from '../../../src/lib/story/types.ts';

const sentence: Paragraph = [{ text: 'The CPP won ' }, { text: '68', notes: [1] }, { text: ' seats.' }, { text: '', refs: [1] }];

describe('cardLength', () => {
  it('counts the text a paragraph shows, its footnote markers included', () => {
    expect(paragraphLength(sentence)).toBe('The CPP won 68 seats.[1]'.length);
    expect(paragraphLength([{ text: 'Two.' }, { text: '', refs: [1, 4] }])).toBe('Two.[1, 4]'.length);
  });

  it('adds up a card’s paragraphs and its heading when it has one', () => {
    const heading: Paragraph = [{ text: 'The count' }];
    expect(cardLength([sentence, sentence])).toBe(2 * paragraphLength(sentence));
    expect(cardLength([sentence], heading)).toBe(paragraphLength(sentence) + 'The count'.length);
    expect(cardLength([])).toBe(0);
  });
});
