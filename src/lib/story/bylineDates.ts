import { englishFormats, type Formats } from '../format/formats.ts';

/** A date as the byline prints it: ISO for `<time datetime>`, and written out. */
export type BylineDate = { iso: string; text: string };

/** The dates under the headline: when the story was first published and, if it has changed since, when and how. */
export type BylineDates = {
  published: BylineDate;
  /** Null while the story is as first published (meta.updated is meta.published). */
  updated: (BylineDate & { change: string }) | null;
};

const COUNT_WORDS = ['no', 'a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "a correction", "two updates", "12 corrections". */
function counted(n: number, noun: 'correction' | 'update'): string {
  const count = n === 1 && noun === 'update' ? 'an' : (COUNT_WORDS[n] ?? String(n));
  return `${count} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The byline's dates: "Published 29 November 2026", and "Updated 1 December 2026 with a correction"
 * when the story has changed since, what changed being the corrections and updates dated that day
 * (data/corrections.json, listed under the byline). The check of the data makes sure a story
 * updated after its publication has an entry of that day saying what changed.
 *
 *   bylineDates({ published: '2026-11-29', updated: '2026-12-01' }, [{ date: '2026-12-01', kind: 'correction' }])
 *   // → { published: { iso: '2026-11-29', text: '29 November 2026' },
 *   //     updated: { iso: '2026-12-01', text: '1 December 2026', change: 'a correction' } }
 *
 * The dates are written as the edition writes them (`f`, English unless given); in another
 * language, what changed is named by `words` (data/copy.json `ui`), without a count.
 */
export function bylineDates(
  meta: { published: string; updated: string },
  corrections: readonly { date: string; kind: 'correction' | 'update' }[],
  f: Formats = englishFormats,
  words?: { aCorrection: string; anUpdate: string },
): BylineDates {
  const published = { iso: meta.published, text: f.date(meta.published) };
  if (meta.updated <= meta.published) return { published, updated: null };
  const ofTheDay = corrections.filter((entry) => entry.date === meta.updated);
  const kinds = (['correction', 'update'] as const).map((kind) => [kind, ofTheDay.filter((entry) => entry.kind === kind).length] as const).filter(([, n]) => n > 0);
  return { published, updated: { iso: meta.updated, text: f.date(meta.updated), change: kinds.map(([kind, n]) => (f.lang === 'en' || !words ? counted(n, kind) : kind === 'correction' ? words.aCorrection : words.anUpdate)).join(f.lang === 'en' ? ' and ' : ', ') } };
}
