/**
 * The sources of a row of a chart's data table: what the row's fact cites, and the sources of
 * every figure and quoted phrase its words print (a timeline text that says "CPP {seats:CPP}"
 * prints a figure of the election results, whose sources the event itself need not list).
 *
 * @module
 */
import { resolveParagraph } from '../lib/copy/resolveText.ts';
import type { Dataset } from '../lib/data/types.ts';

/**
 * The ids of a row's sources, without repeats, in order of first mention: `own` first, then those
 * of the figures and cited phrases of `texts` (raw prose fields, tokens not yet resolved).
 *
 *   rowSources(dataset, ['vna-final-results'], 'The NEC announces … CPP {seats:CPP}, CNRP {seats:CNRP}.')
 *   // → ['vna-final-results', 'ipu-2013', 'nec-preliminary']
 */
export function rowSources(raw: Dataset, own: readonly string[], ...texts: string[]): string[] {
  const cited = texts.flatMap((text) => resolveParagraph(raw, text).flatMap((segment) => segment.sources ?? []));
  return [...new Set([...own, ...cited])];
}
