/**
 * A translated edition shows a text in English while its translation is missing or stale, and marks
 * it lang="en" (the kicker, the headline, the dek, a section's heading, a step's paragraph or its
 * chart's description), written as the English page writes it, so that a screen reader reads it
 * with an English voice. Run on data/ and data/locales/km.json as they stand: the tests hold
 * invariants, whatever a journalist's edit of the English has left stale.
 */
import { describe, expect, it } from 'vitest';
import { renderPages } from '../../../src/entry-server.ts';
import { localizeDataset } from '../../../src/lib/data/localizeDataset.ts';
import type { Locale } from '../../../src/lib/data/localeSchema.ts';
import { readLocales } from '../../../src/lib/data/readLocales.ts';
import { storyKeys, translatables } from '../../../src/lib/data/translatable.ts';
import type { Dataset } from '../../../src/lib/data/types.ts';
import { formatsFor } from '../../../src/lib/format/formats.ts';
import { LIVE_DATA } from '../../fixtures/paths.ts';
import { datasetFrom, liveTexts } from '../fixtures/dataTexts.ts';

const english = datasetFrom(liveTexts());
const [edition] = readLocales(LIVE_DATA.replace(/\/$/, ''), 'data', english).editions.filter((e) => e.locale.locale === 'km');
if (!edition) throw new Error('data/locales/km.json is missing');
const km = formatsFor('km');

/** Every key of the story's prose that the page marks when it is shown in English. */
const markable = (data: Dataset) => [
  storyKeys.kicker,
  storyKeys.headline,
  storyKeys.dek,
  ...data.copy.sections.flatMap((s) => [storyKeys.heading(s.id), ...s.steps.flatMap((st) => [storyKeys.stepAlt(s.id, st.id), ...st.text.map((_, i) => storyKeys.stepText(s.id, st.id, i))])]),
];

/** The Khmer page's body for a locale, and the markable keys it shows in English. */
function khmerPage(locale: Locale): { body: string; marked: string[] } {
  const { data, english: shown } = localizeDataset(english, locale);
  const body = renderPages(data, { f: km, root: '../', translation: { status: locale.status, english: shown, source: english } }).story.body;
  return { body, marked: markable(english).filter((k) => shown.includes(k)) };
}
/** The elements marked lang="en" (not the footnote markers inside them, marked in the page's language). */
const marks = (body: string) => body.match(/<(?:p|h1|h2|span)\b[^>]* lang="en"/g) ?? [];

describe('storyKeys', () => {
  it('names the story\'s prose as keyOf does: every heading, step paragraph and chart description is a translatable key', () => {
    const keys = new Set(translatables(english).map((t) => t.key));
    for (const key of markable(english)) expect(keys.has(key), key).toBe(true);
  });
});

describe('a text the Khmer edition shows in English', () => {
  // A step paragraph with a token that prints words (a meeting's length) if there is one, else one with any token.
  const steps = english.copy.sections.flatMap((s) => s.steps.flatMap((st) => st.text.map((text, i) => ({ key: storyKeys.stepText(s.id, st.id, i), text }))));
  const chosen = steps.find((p) => p.text.includes('{meeting-length:')) ?? steps.find((p) => /\{[a-z-]+(?::[^}]*)?\}/.test(p.text))!;

  it('is marked lang="en", each and only each: a step paragraph whose translation is missing, a dek whose English changed', () => {
    const strings = structuredClone(edition.locale.strings);
    delete strings[chosen.key];
    strings[storyKeys.dek]!.en = `${strings[storyKeys.dek]!.en} (before a correction)`;
    const { body, marked } = khmerPage({ ...edition.locale, strings });
    expect(marked).toEqual(expect.arrayContaining([chosen.key, storyKeys.dek]));
    expect(body).toMatch(/<p class="dek" lang="en">/);
    expect(marks(body)).toHaveLength(marked.length);
  });

  it('is written as the English page writes it: its tokens resolved in English, no Khmer in it but its footnote markers (marked lang="km")', () => {
    const strings = structuredClone(edition.locale.strings);
    delete strings[chosen.key];
    const { body } = khmerPage({ ...edition.locale, strings });
    const first = chosen.text.replace(/\[([^\]]*)\]\{[^}]*\}/g, '$1').split(/[{[]/)[0]!.trim().slice(0, 20);
    const inside = [...body.matchAll(/<p lang="en">([\s\S]*?)<\/p>/g)].map((m) => m[1]!).find((p) => p.includes(first.replace(/’/g, '’')));
    expect(inside, first).toBeDefined();
    if (inside!.includes('sentence-ref')) expect(inside).toMatch(/<a class="sentence-ref" [^>]*lang="km"/);
    const text = inside!.replace(/<a class="sentence-ref"[\s\S]*?<\/a>/g, '').replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/[\u1780-\u17FF]/);
  });

  it('is the only thing so marked: as many marks as texts shown in English, none when all are translated', () => {
    const { body, marked } = khmerPage(edition.locale);
    expect(marks(body)).toHaveLength(marked.length);
    // Every text current: nothing marked.
    const current = structuredClone(edition.locale.strings);
    for (const t of translatables(english)) if (current[t.key]) current[t.key]!.en = t.text;
    const all = khmerPage({ ...edition.locale, strings: current });
    expect(marks(all.body)).toHaveLength(all.marked.length);
  });
});
