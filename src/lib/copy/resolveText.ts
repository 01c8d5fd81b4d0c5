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
import { englishFormats, type Formats } from '../format/formats.ts';

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
export function resolveParagraph(data: Dataset, text: string, f: Formats = englishFormats): SourcedSegment[] {
  const out: SourcedSegment[] = [];
  for (const token of parseCopyText(text)) {
    if (token.kind === 'text') out.push({ text: token.text });
    else if (token.kind === 'cite') {
      // A correction quoting this page as it was cites no source note.
      const sources = token.sources.filter((id) => id !== EARLIER_VERSION);
      out.push(sources.length ? { text: token.text, sources } : { text: token.text });
    }
    else {
      const figure = resolveFigure(data, token.key, token.args, f);
      // validateDataset reports every unresolvable token first; this guards the invariant.
      if ('error' in figure) throw new Error(`data: ${figure.error} (in ${token.raw})`);
      const before = out.map((s) => s.text).join('');
      const value = SENTENCE_END.test(before) ? figure.text.charAt(0).toUpperCase() + figure.text.slice(1) : figure.text;
      out.push({ text: value, sources: [...new Set(figure.sources)] });
    }
  }
  return out;
}

/** The plain text of a prose field, tokens resolved (in the edition's numbers and dates, `f`). */
export function resolvePlain(data: Dataset, text: string, f: Formats = englishFormats): string {
  return resolveParagraph(data, text, f)
    .map((s) => s.text)
    .join('');
}

const shown = new WeakMap<Dataset, Map<string, Dataset>>();
const formatsOfShown = new WeakMap<Dataset, Formats>();

/**
 * How the dataset as shown (shownDataset) writes numbers and dates: the edition it was resolved
 * for, English for any other dataset. Tables and chart labels read it, so one signature serves
 * every edition.
 *
 *   editionFormats(shownDataset(dataset, formatsFor('km'))).number(68) // → "៦៨"
 */
export function editionFormats(data: Dataset): Formats {
  return formatsOfShown.get(data) ?? englishFormats;
}

/**
 * The dataset as readers see it: every prose field of every file (the list in proseFields.ts)
 * with its tokens resolved to plain text. Tables, CSVs, dataset.json, chart labels and the share
 * image all read this, never the raw copy. Computed once per dataset and edition (`f`: how it
 * writes numbers and dates, English unless given).
 *
 *   shownDataset(dataset).timeline.events[4].text // → 'The NEC announces the official results: CPP 68, CNRP 55.'
 */
export function shownDataset(data: Dataset, f: Formats = englishFormats): Dataset {
  const byEdition = shown.get(data) ?? new Map<string, Dataset>();
  shown.set(data, byEdition);
  let out = byEdition.get(f.lang);
  if (!out) {
    out = mapProse(data, (text) => resolvePlain(data, text, f));
    byEdition.set(f.lang, out);
    shown.set(out, new Map([[f.lang, out]]));
    formatsOfShown.set(out, f);
  }
  return out;
}
