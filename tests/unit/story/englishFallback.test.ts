/**
 * A translated edition shows a text in English while its translation is missing or stale, and marks
 * it lang="en" (the headline, the dek, a section's heading, a step's paragraph or its chart's
 * description), so that a screen reader reads it with an English voice. A page with nothing in
 * English carries no such mark. Run on data/ and data/locales/km.json as they stand.
 */
import { describe, expect, it } from 'vitest';
import { renderPages } from '../../../src/entry-server.ts';
import { localizeDataset } from '../../../src/lib/data/localizeDataset.ts';
import type { Locale } from '../../../src/lib/data/localeSchema.ts';
import { readLocales } from '../../../src/lib/data/readLocales.ts';
import { storyKeys, translatables } from '../../../src/lib/data/translatable.ts';
import { formatsFor } from '../../../src/lib/format/formats.ts';
import { LIVE_DATA } from '../../fixtures/paths.ts';
import { datasetFrom, liveTexts } from '../fixtures/dataTexts.ts';

const english = datasetFrom(liveTexts());
const [edition] = readLocales(LIVE_DATA.replace(/\/$/, ''), 'data', english).editions.filter((e) => e.locale.locale === 'km');
if (!edition) throw new Error('data/locales/km.json is missing');
const km = formatsFor('km');

/** The Khmer page's body for a locale, with the keys it shows in English marked. */
function khmerBody(locale: Locale): string {
  const { data, english: shown } = localizeDataset(english, locale);
  return renderPages(data, { f: km, root: '../', translation: { status: locale.status, englishTexts: shown.length, english: shown } }).story.body;
}

describe('storyKeys', () => {
  it('names the story\'s prose as keyOf does: every heading, step paragraph and chart description is a translatable key', () => {
    const keys = new Set(translatables(english).map((t) => t.key));
    expect(keys.has(storyKeys.headline) && keys.has(storyKeys.dek)).toBe(true);
    for (const section of english.copy.sections) {
      expect(keys.has(storyKeys.heading(section.id)), section.id).toBe(true);
      for (const step of section.steps) {
        expect(keys.has(storyKeys.stepAlt(section.id, step.id)), step.id).toBe(true);
        step.text.forEach((_, i) => expect(keys.has(storyKeys.stepText(section.id, step.id, i)), `${step.id} ${i}`).toBe(true));
      }
    }
  });
});

describe('a text the Khmer edition shows in English', () => {
  const [section] = english.copy.sections;
  const step = section!.steps[0]!;

  it('is marked lang="en": a step paragraph whose translation is missing, a dek whose English changed', () => {
    const strings = structuredClone(edition.locale.strings);
    delete strings[storyKeys.stepText(section!.id, step.id, 0)];
    strings[storyKeys.dek]!.en = `${strings[storyKeys.dek]!.en} (before a correction)`;
    const body = khmerBody({ ...edition.locale, strings });
    const firstWords = step.text[0]!.replace(/\{[^}]*\}|\[[^\]]*\]\{[^}]*\}/g, ' ').trim().split(/\s+/).slice(0, 3).join(' ');
    expect(body).toMatch(new RegExp(`<p lang="en">${firstWords.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(body).toMatch(/<p class="dek" lang="en">/);
    expect(body.match(/<(?:p|h1|h2)[^>]* lang="en"/g)).toHaveLength(2);
    // Written as the English page writes it: Latin digits and English dates, no Khmer in it.
    // (Its footnote markers are the page's words, and say so: lang="km".)
    const inside = /<p lang="en">([\s\S]*?)<\/p>/.exec(body)![1]!;
    expect(inside).toMatch(/<a class="sentence-ref" [^>]*lang="km"/);
    const paragraph = inside.replace(/<a class="sentence-ref"[\s\S]*?<\/a>/g, '').replace(/<[^>]+>/g, '');
    expect(paragraph).toMatch(/[0-9]/);
    expect(paragraph).not.toMatch(/[\u1780-\u17FF]/);
    // …while the translated paragraphs keep Khmer digits.
    expect(body).toMatch(/<p>[^<]*[០-៩]/);
  });

  it('is the only thing so marked: a page with every text translated has no lang="en" but its language switch', () => {
    const body = khmerBody(edition.locale);
    expect(body.match(/<(?:p|h1|h2)[^>]* lang="en"/g)).toBeNull();
  });
});
