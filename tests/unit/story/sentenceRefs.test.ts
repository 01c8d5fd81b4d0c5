/**
 * Sources a listener can follow (issue 13, item 3): where sentences end, and the one reference that
 * follows each sentence with figures, holding all their notes.
 */
import { describe, expect, it } from 'vitest';
import { isSentenceRef, sentenceEnds, sentenceRefLabel, sentenceRefName, withSentenceRefs } from '../../../src/lib/story/sentenceRefs.ts';
import type { Paragraph, Segment } from '../../../src/lib/story/types.ts';

/** The sentences of a text, cut where sentenceEnds says (white space after a cut goes with the next sentence). */
const sentences = (text: string) => {
  let from = 0;
  return sentenceEnds(text).map((end) => text.slice(from, (from = end)).trimStart());
};
/** A paragraph written compactly: "[68]{1,2}" is a figure with notes 1 and 2, anything else plain text. */
const para = (written: string): Segment[] =>
  [...written.matchAll(/\[([^\]]*)\]\{([\d,]+)\}|[^[]+/g)].map((m) => (m[1] !== undefined ? { text: m[1], notes: m[2]!.split(',').map(Number) } : { text: m[0] }));
/** A paragraph with its references, written back compactly: figures in brackets, references as "^1,4". */
const written = (paragraph: Paragraph) => paragraph.map((s) => (s.refs ? `^${s.refs.join(',')}` : s.notes ? `[${s.text}]` : s.text)).join('');

describe('sentenceEnds(text)', () => {
  it('ends a sentence at a full stop, question or exclamation mark followed by a space and a capital letter', () => {
    expect(sentences('The CPP won. Did it? It did! Nobody doubted it.')).toEqual(['The CPP won.', 'Did it?', 'It did!', 'Nobody doubted it.']);
  });

  it('ends the last sentence at the end of the text, with or without a stop, before trailing white space', () => {
    expect(sentenceEnds('Graphics desk')).toEqual([13]);
    expect(sentenceEnds('It rained.  \n')).toEqual([10]);
    expect(sentenceEnds('')).toEqual([]);
    expect(sentenceEnds('   ')).toEqual([]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentences('He said “no.” Then he left. (It was late.) The end.')).toEqual(['He said “no.”', 'Then he left.', '(It was late.)', 'The end.']);
    expect(sentences('She called it “a farce”! The CNRP agreed.')).toEqual(['She called it “a farce”!', 'The CNRP agreed.']);
  });

  it('starts a sentence at an opening quote or bracket, and at a numeral (a figure may open a sentence)', () => {
    expect(sentences('It ended. “We walked out,” he said. 6,735,244 ballots were cast.')).toEqual(['It ended.', '“We walked out,” he said.', '6,735,244 ballots were cast.']);
  });

  it('does not end a sentence before a lower-case word, or inside a number', () => {
    expect(sentences('A turnout of 69.61% was reported. The CPP took 48.8% of votes, i.e. most.')).toEqual(['A turnout of 69.61% was reported.', 'The CPP took 48.8% of votes, i.e. most.']);
    expect(sentences('Version 6.5 shipped.')).toEqual(['Version 6.5 shipped.']);
  });

  it('does not end a sentence after a title, an initial or a dotted abbreviation', () => {
    expect(sentences('Mr. Sam Rainsy met Dr. Kem Sokha. They talked.')).toEqual(['Mr. Sam Rainsy met Dr. Kem Sokha.', 'They talked.']);
    expect(sentences('The U.S. Embassy and J. R. Smith spoke. Nobody listened.')).toEqual(['The U.S. Embassy and J. R. Smith spoke.', 'Nobody listened.']);
    expect(sentences('See No. 5 on the list. Then stop.')).toEqual(['See No. 5 on the list.', 'Then stop.']);
  });

  it('does not end a sentence at an ellipsis or a colon', () => {
    expect(sentences('Talks stalled… Then they resumed: Hun Sen agreed.')).toEqual(['Talks stalled… Then they resumed: Hun Sen agreed.']);
  });
});

describe('withSentenceRefs(paragraph)', () => {
  it('adds one reference after each sentence with figures, holding their notes', () => {
    expect(written(withSentenceRefs(para('The CPP won [68]{1,2} seats. No other party won one.')))).toBe('The CPP won [68] seats.^1,2 No other party won one.');
  });

  it('merges the notes of several figures in one sentence: their union, in order of first appearance', () => {
    const out = withSentenceRefs(para('The count gave the CPP [68]{1,2,3} of [123]{1,2} seats on [28 July 2013]{4,5,6,2}. It was close.'));
    expect(out.filter(isSentenceRef).map((r) => r.refs)).toEqual([[1, 2, 3, 4, 5, 6]]);
    expect(written(out)).toBe('The count gave the CPP [68] of [123] seats on [28 July 2013].^1,2,3,4,5,6 It was close.');
  });

  it('gives each sentence its own reference, and a sentence without figures none', () => {
    const out = withSentenceRefs(para('On [3 March 2014]{7} they met. Nothing came of it. On [10 March 2014]{8,9} they met for [about three hours]{8,9}.'));
    expect(written(out)).toBe('On [3 March 2014] they met.^7 Nothing came of it. On [10 March 2014] they met for [about three hours].^8,9');
  });

  it('gives a paragraph without figures no reference, and leaves its segments as they are', () => {
    const paragraph = para('Vote shares are of valid votes. Turnout counts all ballots cast.');
    expect(withSentenceRefs(paragraph)).toEqual(paragraph);
    expect(withSentenceRefs([])).toEqual([]);
  });

  it('keeps the text byte for byte: joined, the segments read as before, and figures keep their own notes', () => {
    const paragraph = para('Phnom Penh ([7]{19,20} of [12]{19,20}), Kampong Cham. “We won,” said [Mr. Rainsy]{4}. [6,735,244]{15} ballots were cast, a turnout of [69.61%]{16}.  ');
    const out = withSentenceRefs(paragraph);
    expect(out.map((s) => s.text).join('')).toBe(paragraph.map((s) => s.text).join(''));
    expect(out.filter((s) => s.notes)).toEqual(paragraph.filter((s) => s.notes));
    expect(written(out)).toBe('Phnom Penh ([7] of [12]), Kampong Cham.^19,20 “We won,” said [Mr. Rainsy].^4 [6,735,244] ballots were cast, a turnout of [69.61%].^15,16  ');
  });

  it('puts the reference after the closing quote of a sentence that ends in a cited phrase', () => {
    expect(written(withSentenceRefs(para('It called the vote “[a farce.]{5}” The CPP disagreed.')))).toBe('It called the vote “[a farce.]”^5 The CPP disagreed.');
  });

  it('never splits a cited phrase: its notes go after the sentence it ends in', () => {
    const out = withSentenceRefs(para('He said [we lost. We will fight]{3} on. Then he left.'));
    expect(written(out)).toBe('He said [we lost. We will fight] on.^3 Then he left.');
  });

  it('ends the last sentence at the end of the paragraph, stop or not', () => {
    expect(written(withSentenceRefs(para('Counted on [28 July 2013]{2}')))).toBe('Counted on [28 July 2013]^2');
    expect(written(withSentenceRefs(para('It was [24 March 2014]{6}.')))).toBe('It was [24 March 2014].^6');
  });

  it('does not change the paragraph it is given', () => {
    const paragraph = para('The CPP won [68]{1} seats. It was enough.');
    const copy = structuredClone(paragraph);
    withSentenceRefs(paragraph);
    expect(paragraph).toEqual(copy);
  });
});

describe('sentenceRefName(refs) and sentenceRefLabel(refs)', () => {
  it('sentenceRefName names a reference by its notes alone, in words: "Source 4", "Sources 1 and 4", "Sources 1, 2 and 4"', () => {
    expect(sentenceRefName([4])).toBe('Source 4');
    expect(sentenceRefName([1, 4])).toBe('Sources 1 and 4');
    expect(sentenceRefName([1, 2, 4])).toBe('Sources 1, 2 and 4');
  });

  it('sentenceRefLabel shows the note numbers comma-separated, for the brackets: "1, 4"', () => {
    expect(sentenceRefLabel([4])).toBe('4');
    expect(sentenceRefLabel([1, 4])).toBe('1, 4');
  });
});
