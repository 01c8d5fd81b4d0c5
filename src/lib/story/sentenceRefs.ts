/**
 * Sources a listener can follow: the figures and cited phrases of a paragraph read as plain text,
 * and each sentence that holds any of them ends with one reference to all their notes, a footnote
 * marker ("[1, 4]", named "Sources 1 and 4"), instead of a link on every figure.
 *
 *   withSentenceRefs([{ text: 'The CPP won ' }, { text: '68', notes: [1, 2] }, { text: ' seats. It was enough.' }])
 *   // → [{ text: 'The CPP won ' }, { text: '68', notes: [1, 2] }, { text: ' seats.' }, { text: '', refs: [1, 2] }, { text: ' It was enough.' }]
 *
 * @module
 */
import type { Paragraph, Segment, SentenceRef } from './types.ts';
import { englishFormats, type Formats } from '../format/formats.ts';
import { fill } from '../copy/placeholders.ts';

/**
 * Words that end in a full stop without ending a sentence: titles and the like, compared without
 * the stop ("Mr." → "Mr"). Initials ("S.") and dotted abbreviations ("U.S.", "e.g.") are caught by
 * their shape, not listed.
 */
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'St', 'Sr', 'Jr', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Sen', 'Rep', 'Gov', 'Rev', 'Hon', 'No', 'Nos', 'Vol', 'Fig', 'vs', 'cf', 'approx']);

/** A stop (. ? !), any closing quotes or brackets after it, then white space and the first character of the next sentence, or the end. */
const CANDIDATE = /[.?!][’”"')\]]*(?=\s+[\p{Lu}\p{N}“‘"'([]|\s*$)/gu;

/** The word just before a full stop at `at`: letters and inner dots ("U.S", "Mr", "6"), or "". */
const wordBefore = (text: string, at: number) => /[\p{L}\p{N}.]*$/u.exec(text.slice(0, at))?.[0] ?? '';

/** Whether the full stop at `at` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  return /^\p{L}$/u.test(word) || /\p{L}\.\p{L}/u.test(word) || ABBREVIATIONS.has(word);
}

/**
 * Where the sentences of a text end: the offset just after each one's stop and closing quotes or
 * brackets, in order; the last sentence ends at the end of the text (before trailing white space),
 * stop or not. A stop ends a sentence when white space and an upper-case letter, a numeral (a
 * figure may open a sentence: "6,735,244 ballots were cast"), an opening quote or an opening
 * bracket follow, or nothing does; not after an abbreviation ("Mr.", "U.S.") or an initial
 * ("S."), nor inside a number ("6.5"). When in doubt it does not split: one marker then covers two
 * sentences, and no note is lost.
 *
 *   sentenceEnds('It rained. Mr. Sam stayed home.') // → [10, 31]
 *   sentenceEnds('Turnout was 69.61%')              // → [18]
 *   sentenceEnds('')                                // → []
 */
export function sentenceEnds(text: string): number[] {
  const last = text.trimEnd().length;
  const ends: number[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const stop = match.index;
    if (text[stop] === '.' && isAbbreviation(text, stop)) continue;
    const end = stop + match[0].length;
    if (end < last) ends.push(end);
  }
  if (last > 0) ends.push(last);
  return ends;
}

/**
 * Adds after each sentence of a paragraph that has figures or cited phrases one reference to their
 * notes (a SentenceRef: no text, the union of their note numbers in order of first appearance).
 * The text is unchanged: joined, the segments read exactly as before. A figure or cited phrase is
 * never split: a sentence end inside one (a quotation of two sentences) is ignored, so its notes
 * are cited once, after the sentence it ends in.
 *
 *   withSentenceRefs([{ text: 'Turnout was ' }, { text: '69.61%', notes: [16] }, { text: '.' }])
 *   // → [{ text: 'Turnout was ' }, { text: '69.61%', notes: [16] }, { text: '.' }, { text: '', refs: [16] }]
 */
export function withSentenceRefs(paragraph: readonly Segment[]): Paragraph {
  const text = paragraph.map((segment) => segment.text).join('');
  let start = 0;
  const spans = paragraph.map((segment) => ({ segment, start, end: (start += segment.text.length) }));
  // A sourced run is whole: no sentence ends strictly inside it.
  const ends = sentenceEnds(text).filter((end) => !spans.some((s) => s.segment.notes && s.start < end && end < s.end));
  const out: Paragraph = [];
  let pending: number[] = [];
  const cite = () => {
    if (pending.length) out.push({ text: '', refs: pending });
    pending = [];
  };
  for (const { segment, start, end } of spans) {
    if (segment.notes) {
      out.push(segment);
      for (const n of segment.notes) if (!pending.includes(n)) pending.push(n);
      if (ends.includes(end)) cite();
      continue;
    }
    let cursor = start;
    for (const at of ends.filter((e) => e > start && e <= end)) {
      // A sentence without figures ends here: nothing to cite, no need to cut.
      if (!pending.length) continue;
      out.push({ text: text.slice(cursor, at) });
      cite();
      cursor = at;
    }
    if (cursor < end) out.push({ text: text.slice(cursor, end) });
  }
  cite();
  return out;
}

/** Whether a segment of a paragraph is the reference that ends a sentence, rather than text. */
export const isSentenceRef = (segment: Paragraph[number]): segment is SentenceRef => segment.refs !== undefined;

/**
 * What a reference is called, for a screen reader: its notes in words, no figure or date of the
 * text ("Source 4", "Sources 1 and 4", "Sources 1, 2 and 4").
 *
 *   sentenceRefName([1, 4]) // → 'Sources 1 and 4'
 *   sentenceRefName([1, 4], { sourceOne: 'ប្រភព %N%', sourcesMany: 'ប្រភព %LIST% និង %LAST%' }, formatsFor('km')) // → 'ប្រភព ១ និង ៤'
 *
 * `words` and `f` are the edition's (data/copy.json `ui`, formats.ts); English unless given.
 */
export function sentenceRefName(refs: readonly number[], words: { sourceOne: string; sourcesMany: string } = ENGLISH_REF_WORDS, f: Formats = englishFormats): string {
  const n = refs.map((r) => f.number(r));
  if (n.length === 1) return fill(words.sourceOne, { N: n[0] ?? '' });
  return fill(words.sourcesMany, { LIST: n.slice(0, -1).join(', '), LAST: n.at(-1) ?? '' });
}

const ENGLISH_REF_WORDS = { sourceOne: 'Source %N%', sourcesMany: 'Sources %LIST% and %LAST%' };

/**
 * What a reference shows between its brackets: its note numbers, comma-separated.
 *
 *   sentenceRefLabel([1, 4]) // → '1, 4'
 *   sentenceRefLabel([1, 4], formatsFor('km')) // → '១, ៤'
 */
export const sentenceRefLabel = (refs: readonly number[], f: Formats = englishFormats): string => refs.map((r) => f.number(r)).join(', ');
