/**
 * Holds a translation (data/locales/<code>.json) to the English of today: what is missing, what is
 * stale (the English changed after it was translated), what was left in English, and what cannot
 * be right (a figure token or a cited source in one language and not the other, a number typed in
 * by hand). The first three are gaps: the page shows the English of those texts until they are
 * translated, and check:data lists them. The last are problems: the build stops until they are fixed.
 *
 *   checkTranslation(dataset, locale, 'data/locales/km.json')
 *   // → { problems: [], missing: ['copy.headline'], stale: [], untranslated: [], unused: [], translated: 337, total: 338 }
 *
 * @module
 */
import { PLACEHOLDER } from '../copy/placeholders.ts';
import { parseCopyText } from '../copy/parseCopyText.ts';
import { DataProblem } from './DataProblem.ts';
import type { Locale } from './localeSchema.ts';
import { translatables, type Translatable } from './translatable.ts';
import type { Dataset } from './types.ts';

/** A translated text whose English changed since: the English it translated, and the English now. */
export type StaleString = { key: string; was: string; now: string };
/** A translated text that still holds English words, and those words. */
export type UntranslatedString = { key: string; words: string[] };
/** How a translation holds up against the English of today. */
export type TranslationReport = {
  /** Mistakes in the translation that would print wrong figures or sources: the build stops. */
  problems: DataProblem[];
  /** Keys of English texts with no translation yet. */
  missing: string[];
  /** Texts whose English changed after they were translated. */
  stale: StaleString[];
  /** Translations that still hold English words. */
  untranslated: UntranslatedString[];
  /** Keys the English no longer has (a step or an event removed or renamed). */
  unused: string[];
  /** How many English texts have a current translation, of how many. */
  translated: number;
  total: number;
};

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
/** Any decimal digit, Latin or of another script. */
const DIGIT = /\p{Nd}/u;

/** Khmer (or other) digits as Latin ones, grouping and decimal marks dropped: "៩.៦៧៥" → "9675". */
function numberValue(digits: string): string {
  return [...digits].map((c) => (KHMER_DIGITS.includes(c) ? String(KHMER_DIGITS.indexOf(c)) : c)).filter((c) => /\d/.test(c)).join('');
}

/** The numbers written in a text, as Latin digit strings, sorted. */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\p{Nd}[\p{Nd},.]*/gu)].map((m) => numberValue(m[0])).sort();
}

const sorted = (items: string[]) => [...items].sort();
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
/** What is in `a` and not in `b`, counting repeats. */
function without(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

/** The figure tokens and the cited sources of a text, and the numbers inside its cited phrases. */
function parts(text: string) {
  const tokens = parseCopyText(text);
  return {
    figures: sorted(tokens.flatMap((t) => (t.kind === 'figure' ? [t.raw] : []))),
    cites: sorted(tokens.flatMap((t) => (t.kind === 'cite' ? [t.sources.join(',')] : []))),
    citedNumbers: tokens.flatMap((t) => (t.kind === 'cite' ? numbersIn(t.text) : [])).sort(),
    plain: tokens.flatMap((t) => (t.kind === 'text' ? [t.text] : [])).join(' '),
    words: tokens.flatMap((t) => (t.kind === 'figure' ? [] : [t.text.replace(PLACEHOLDER, ' ')])).join(' '),
  };
}

/** Latin-script words a translation may keep: party codes and short names, publishers, and the locale's own list. */
function latinAllowed(data: Dataset, locale: Locale): Set<string> {
  const phrases = [
    ...data.election.parties.flatMap((p) => [p.id, p.shortName]),
    'NEC',
    ...data.sources.sources.map((s) => s.publisher),
    ...(locale.keepLatin ?? []),
  ];
  return new Set(phrases.flatMap((p) => p.match(/[A-Za-z][A-Za-z’']*/g) ?? []).map((w) => w.toLowerCase()));
}

/** The problems of one current translation against its English. */
function compare(file: string, t: Translatable, translation: string): DataProblem[] {
  const where = `strings["${t.key}"].text`;
  const en = parts(t.text);
  const tr = parts(translation);
  const out: DataProblem[] = [];
  const missingFigures = without(en.figures, tr.figures);
  const extraFigures = without(tr.figures, en.figures);
  if (missingFigures.length || extraFigures.length) {
    out.push(new DataProblem(file, where, `expected the figure tokens of the English (${en.figures.join(' ') || 'none'}), found ${tr.figures.join(' ') || 'none'}`, {
      hint: [missingFigures.length ? `add ${missingFigures.join(' ')}` : '', extraFigures.length ? `remove ${extraFigures.join(' ')}` : ''].filter(Boolean).join('; '),
    }));
  }
  if (!sameList(en.cites, tr.cites)) {
    const ids = (list: string[]) => list.map((c) => `{${c}}`).join(' ') || 'none';
    out.push(new DataProblem(file, where, `expected cited phrases with the sources of the English (${ids(en.cites)}), found ${ids(tr.cites)}`, { hint: 'keep each [phrase]{source-id}: translate the words in the brackets, not the id' }));
  }
  const slots = (text: string) => sorted(text.match(PLACEHOLDER) ?? []);
  if (!sameList(slots(t.text), slots(translation))) {
    out.push(new DataProblem(file, where, `expected the placeholders of the English (${slots(t.text).join(' ') || 'none'}), found ${slots(translation).join(' ') || 'none'}`, { hint: 'keep each %NAME% as it is: the page fills it in' }));
  }
  const bare = /\p{Nd}(?:[\p{Nd},.]*\p{Nd})?/u.exec(tr.plain);
  if (bare) {
    const tokens = [...new Set(en.figures)];
    out.push(new DataProblem(file, where, `expected every number to come from a figure token or a cited phrase, found "${bare[0]}" typed in plain text`, {
      hint: tokens.length
        ? `write the English text’s token for it instead (${tokens.join(' or ')}): it prints the number in this language’s digits`
        : 'the English text has no figure here: leave the number out, or keep it inside the cited phrase it comes from, as the English does',
    }));
  }
  if (!sameList(en.citedNumbers, tr.citedNumbers)) {
    out.push(new DataProblem(file, where, `expected the numbers of the English cited phrases (${en.citedNumbers.join(', ') || 'none'}), found ${tr.citedNumbers.join(', ') || 'none'}`, { hint: 'a number inside [a cited phrase] is the source’s: write the same number, in this language’s digits' }));
  }
  return out;
}

/** Checks a translation against the English of the dataset; `file` names the locale file in messages. */
export function checkTranslation(data: Dataset, locale: Locale, file: string): TranslationReport {
  const report: TranslationReport = { problems: [], missing: [], stale: [], untranslated: [], unused: [], translated: 0, total: 0 };
  const allowed = latinAllowed(data, locale);
  const english = translatables(data);
  const keys = new Set(english.map((t) => t.key));
  for (const t of english) {
    report.total++;
    const entry = Object.hasOwn(locale.strings, t.key) ? locale.strings[t.key] : undefined;
    if (!entry || entry.text.trim() === '') {
      report.missing.push(t.key);
      continue;
    }
    if (entry.en !== t.text) {
      report.stale.push({ key: t.key, was: entry.en, now: t.text });
      continue;
    }
    const problems = t.kind === 'prose' ? compare(file, t, entry.text) : [];
    if (t.kind === 'name' && (DIGIT.test(entry.text) !== DIGIT.test(t.text) || /[{}[\]]/.test(entry.text))) {
      problems.push(new DataProblem(file, `strings["${t.key}"].text`, 'expected a name as plain words, as in the English, found tokens or digits'));
    }
    if (t.kind === 'note' && !sameList(numbersIn(t.text), numbersIn(entry.text))) {
      problems.push(new DataProblem(file, `strings["${t.key}"].text`, `expected the numbers of the English note (${numbersIn(t.text).join(', ') || 'none'}), found ${numbersIn(entry.text).join(', ') || 'none'}`, { hint: 'write the same numbers, in this language’s digits' }));
    }
    report.problems.push(...problems);
    const latin = [...new Set((parts(entry.text).words.match(/[A-Za-z][A-Za-z’']*/g) ?? []).filter((w) => !allowed.has(w.toLowerCase())))];
    // A name may be kept as it is written in English only when the English is itself Latin script.
    if (latin.length && !(t.kind === 'name' && entry.text === t.text)) report.untranslated.push({ key: t.key, words: latin });
    if (!problems.length) report.translated++;
  }
  report.unused = Object.keys(locale.strings).filter((k) => !keys.has(k));
  return report;
}
