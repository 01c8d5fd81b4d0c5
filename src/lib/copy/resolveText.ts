/**
 * Turns the prose of the dataset into what readers see: every figure token becomes its value from
 * the data, every cited phrase its words. A figure at the start of a sentence is capitalised
 * ("{parties} parties" → "Eight parties").
 *
 * @module
 */
import { mapProse } from '../data/proseFields.ts';
import { EARLIER_VERSION, parseCopyText } from './parseCopyText.ts';
import { resolveFigure } from './resolveFigure.ts';
import type { Dataset } from '../data/types.ts';

/** A run of resolved text; figures and cited phrases carry the ids of their sources. */
export type SourcedSegment = { text: string; sources?: string[] };

/** A sentence start: the beginning of the text, or after ". ", "! " or "? ". */
const SENTENCE_END = /(^|[.!?]\s+)$/;

/**
 * A prose field as runs of text: figure tokens filled in from the data and capitalised at the start
 * of a sentence, cited phrases as their words; both carry the ids of their sources.
 *
 *   resolveParagraph(dataset, 'The CPP won {seats:CPP} seats')
 *   // → [ { text: 'The CPP won ' }, { text: '68', sources: ['vna-final-results', …] }, { text: ' seats' } ]
 *
 * @throws Error if a token does not resolve (validateDataset reports those first).
 */
export function resolveParagraph(data: Dataset, text: string): SourcedSegment[] {
  const out: SourcedSegment[] = [];
  for (const token of parseCopyText(text)) {
    if (token.kind === 'text') out.push({ text: token.text });
    else if (token.kind === 'cite') {
      // A correction quoting this page as it was cites no source note.
      const sources = token.sources.filter((id) => id !== EARLIER_VERSION);
      out.push(sources.length ? { text: token.text, sources } : { text: token.text });
    }
    else {
      const figure = resolveFigure(data, token.key, token.args);
      // validateDataset reports every unresolvable token first; this guards the invariant.
      if ('error' in figure) throw new Error(`data: ${figure.error} (in ${token.raw})`);
      const before = out.map((s) => s.text).join('');
      const value = SENTENCE_END.test(before) ? figure.text.charAt(0).toUpperCase() + figure.text.slice(1) : figure.text;
      out.push({ text: value, sources: [...new Set(figure.sources)] });
    }
  }
  return out;
}

/** The plain text of a prose field, tokens resolved. */
export function resolvePlain(data: Dataset, text: string): string {
  return resolveParagraph(data, text)
    .map((s) => s.text)
    .join('');
}

const shown = new WeakMap<Dataset, Dataset>();

/**
 * The dataset as readers see it: every prose field of every file (the list in proseFields.ts)
 * with its tokens resolved to plain text. Tables, CSVs, dataset.json, chart labels and the share
 * image all read this, never the raw copy. Computed once per dataset.
 *
 *   shownDataset(dataset).timeline.events[4].text // → 'The NEC announces the official results: CPP 68, CNRP 55.'
 */
export function shownDataset(data: Dataset): Dataset {
  let out = shown.get(data);
  if (!out) {
    out = mapProse(data, (text) => resolvePlain(data, text));
    shown.set(data, out);
    shown.set(out, out);
  }
  return out;
}
