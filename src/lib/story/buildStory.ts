import { storyElection } from '../data/elections.ts';
import { storyKeys } from '../data/translatable.ts';
import { englishFormats, type Formats } from '../format/formats.ts';
import type { ChartView } from '../../charts/index.ts';
import type { Dataset } from '../data/types.ts';
import { resolveParagraph, shownDataset } from '../copy/resolveText.ts';
import { bylineDates } from './bylineDates.ts';
import { must } from '../must.ts';
import { withSentenceRefs } from './sentenceRefs.ts';
import type { ConflictNote, Paragraph, SourceNote, Story, StoryStep } from './types.ts';

/**
 * Resolves the copy of a validated dataset into the story the page renders: every figure token
 * becomes its value, every figure and cited phrase carries numbered source notes (numbered in
 * order of first citation), each sentence that has any ends with a reference to all of them
 * (`{ text: '', refs }`, shown as a footnote marker), and steps get anchors that stay the same when steps are added
 * (`step-<id>`), with the number they were first published under, if any (`data/copy.json` publishedSteps).
 *
 *   buildStory(dataset).steps[1].text[0]
 *   // → [ { text: 'The count gave the CPP ' }, { text: '68', notes: [1, 2, 3] }, …, { text: '.' }, { text: '', refs: [1, 2, 3] }, … ]
 *
 * `f` is how the edition writes numbers and dates: English unless given; for another language,
 * pass the dataset in its words (localizeDataset) and its formats (formatsFor('km')).
 * `shownInEnglish` (keys, as localizeDataset gives them) are the texts a translated edition shows in
 * English: they are resolved against `english`, the dataset in English, and keep the English way
 * of writing numbers and dates (a token that prints words, such as a meeting's length, in English).
 */
export function buildStory(data: Dataset, f: Formats = englishFormats, shownInEnglish: ReadonlySet<string> = new Set(), english: Dataset = data): Story {
  const order: string[] = [];
  const noteOf = (id: string) => {
    let i = order.indexOf(id);
    if (i < 0) i = order.push(id) - 1;
    return i + 1;
  };
  // Each sentence with figures or cited phrases ends with one reference to their notes (sentenceRefs.ts).
  const resolveWith = (text: string, formats: Formats, from = data): Paragraph => withSentenceRefs(resolveParagraph(from, text, formats).map((s) => (s.sources ? { text: s.text, notes: s.sources.map(noteOf) } : { text: s.text })));
  const resolve = (text: string): Paragraph => resolveWith(text, f);
  // A text a translated edition shows in English (its translation missing or stale) is written as
  // the English page writes it, digits and dates included (the page marks it lang="en").
  const resolveAt = (key: string, text: string): Paragraph => (shownInEnglish.has(key) ? resolveWith(text, englishFormats, english) : resolveWith(text, f));
  // Prose outside the copy (people's roles, conflicts, the votes note) is shown as plain text.
  const shown = shownDataset(data, f);
  const plain = (text: string) => resolve(text).map((s) => s.text).join('');

  const c = data.copy;
  const meta = { ...c.meta, lang: f.lang, title: plain(c.meta.title), description: plain(c.meta.description), updatedText: f.date(c.meta.updated) };
  const kicker = resolveAt(storyKeys.kicker, c.kicker);
  const headline = resolveAt(storyKeys.headline, c.headline);
  const dek = resolveAt(storyKeys.dek, c.dek);
  const byline = resolve(c.byline);
  const steps: StoryStep[] = [];
  const sections = c.sections.map((section) => ({
    id: section.id,
    heading: resolveAt(storyKeys.heading(section.id), section.heading),
    steps: section.steps.map((step) => {
      const index = steps.length;
      const built: StoryStep = {
        index,
        id: step.id,
        anchor: `step-${step.id}`,
        numbers: c.publishedSteps.flatMap((id, i) => (id === step.id || c.retiredSteps?.[id] === step.id ? [i + 1] : [])),
        aliases: Object.entries(c.retiredSteps ?? {}).flatMap(([old, now]) => (now === step.id ? [old] : [])),
        sectionId: section.id,
        text: step.text.map((text, i) => resolveAt(storyKeys.stepText(section.id, step.id, i), text)),
        alt: resolveAt(storyKeys.stepAlt(section.id, step.id), step.alt),
        // validateDataset has checked that every step's view is one a chart draws.
        chart: { view: step.chart.view as ChartView, state: step.chart.state },
      };
      steps.push(built);
      return built;
    }),
  }));
  const conflicts: ConflictNote[] = shown.sources.conflicts.map((conflict) => ({
    id: conflict.id,
    topic: conflict.topic,
    claims: conflict.claims.map((claim) => ({ claim: claim.claim, notes: [noteOf(claim.source)] })),
    resolution: conflict.resolution,
  }));
  const people = shown.people.people.map((p) => ({ id: p.id, name: p.name, party: p.party, role: p.role, notes: p.sources.map(noteOf) }));
  const sourcesHeading = resolve(c.sourcesHeading);
  const sourcesIntro = resolve(c.sourcesIntro);
  const credits = resolve(c.credits);
  const methodology = resolve(c.methodology);
  const dataHeading = resolve(c.dataHeading);
  const dataIntro = resolve(c.dataIntro);
  const dataLicence = resolve(c.dataLicence);
  const embedCredit = resolve(c.embedCredit);
  const embedSourcesLink = resolve(c.embedSourcesLink);
  const corrections = [...data.corrections.corrections]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((entry) => ({ date: entry.date, dateText: f.date(entry.date), kind: entry.kind, text: resolve(entry.text) }));
  // Sources that no sentence cites still support the charts; they come last.
  for (const source of data.sources.sources) noteOf(source.id);
  const byId = new Map(data.sources.sources.map((s) => [s.id, s]));
  const notes: SourceNote[] = order.map((id, i) => {
    const s = must(byId.get(id), 'validateDataset: every cited source is listed in sources.json');
    return { n: i + 1, id, publisher: s.publisher, title: s.title, date: s.date === null ? null : f.partialDate(s.date), url: s.url, confidence: s.confidence, ...(s.note ? { note: s.note } : {}) };
  });
  return {
    meta,
    dates: bylineDates(c.meta, data.corrections.corrections, f, c.ui),
    kicker,
    headline,
    dek,
    byline,
    sections,
    steps,
    sourcesHeading,
    sourcesIntro,
    credits,
    methodology,
    votesNote: storyElection(shown).votesNote,
    dataHeading,
    dataIntro,
    dataLicence,
    embedCredit,
    embedSourcesLink,
    shareAlt: plain(c.shareAlt),
    shareSubtitle: plain(c.shareSubtitle),
    people,
    corrections,
    notes,
    conflicts,
    ui: shown.copy.ui,
  };
}
