/**
 * How much text a step's card holds, in characters: what the story page's CSS turns into the card's
 * estimated height (contain-intrinsic-size) while the card is far from the reader and not yet laid
 * out (content-visibility). A close estimate keeps the scroll bar and a reload in the middle of the
 * story where they should be.
 *
 *   cardLength([[{ text: 'The CPP won ' }, { text: '68', notes: [1] }, { text: ' seats.' }, { text: '', refs: [1] }]])
 *   // → 24 ("The CPP won 68 seats." and its marker "[1]")
 *
 * @module
 */
import type { Paragraph } from './types.ts';

/** The characters a paragraph shows: its text and each footnote marker ("[1, 4]"; a range may print shorter). */
export function paragraphLength(paragraph: Paragraph): number {
  return paragraph.reduce((n, run) => n + run.text.length + (run.refs ? `[${run.refs.join(', ')}]`.length : 0), 0);
}

/** The characters of a card: its paragraphs and its heading, if it has one. */
export function cardLength(paragraphs: Paragraph[], heading?: Paragraph): number {
  return paragraphs.reduce((n, p) => n + paragraphLength(p), heading ? paragraphLength(heading) : 0);
}
