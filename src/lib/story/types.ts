/**
 * The story as the components render it: copy resolved into text and numbered source notes,
 * and chart geometry computed at build time. Plain JSON-able data; no functions.
 *
 * @module
 */
import type { ChartView } from '../../charts/index.ts';
import type { BylineDates } from './bylineDates.ts';
import type { Dataset } from '../data/types.ts';

/** One edition of the story, as the language switch and hreflang name it. */
export type Edition = {
  /** The language code: "en", "km". */
  lang: string;
  /** The language's name in itself: "English", "ខ្មែរ". */
  language: string;
  /** Its address from the page that links to it ("../", "./km/"). */
  href: string;
  /** Its canonical address. */
  url: string;
  /** Its Open Graph locale: "en_GB", "km_KH". */
  ogLocale: string;
  /** Whether it is the page's own edition. */
  current: boolean;
};

/**
 * A translated edition's state, for its notices and marks: its status (a draft says so), the keys of
 * the texts it shows in English while their translation is missing or stale (localizeDataset's
 * `english`: the page marks them lang="en" and says some passages are in English), and the dataset
 * in English, which those texts are resolved against.
 */
export type Translation = { status: 'draft' | 'reviewed'; english: readonly string[]; source?: Dataset };

/** An edition as the embed builder offers it: its folder ("" or "km/"), its name in itself, and its title and share alt for the snippet. */
export type BuilderEdition = { lang: string; language: string; path: string; title: string; alt: string };

/** A run of text; figures and cited phrases carry the numbers of their source notes. */
export type Segment = { text: string; notes?: number[]; refs?: undefined };
/**
 * The reference that ends a sentence with figures or cited phrases: no text of its own, the notes
 * of all of them (in order of first appearance). Shown as a footnote marker, "[1, 4]" (see sentenceRefs.ts).
 */
export type SentenceRef = { text: ''; refs: number[]; notes?: undefined };
/** A paragraph of resolved copy: its runs of text, in order, each sentence with sources followed by its SentenceRef. */
export type Paragraph = (Segment | SentenceRef)[];

/** A step of the story, resolved: its text and alt text, its chart's view and state, its anchor and numbers. */
export type StoryStep = {
  /** 0-based position among all steps. */
  index: number;
  id: string;
  /** The step's anchor, from its id: "step-result". Stable when steps are added or moved. */
  anchor: string;
  /**
   * The numbers the step, and the retired steps it now stands for, were first published under
   * (data/copy.json publishedSteps); none for a step added since. Old links keep working:
   * #step-N, data-step="N" and charts/step-N.html.
   */
  numbers: number[];
  /** Ids of retired steps this step now tells (data/copy.json retiredSteps): their old links land here. */
  aliases: string[];
  sectionId: string;
  text: Paragraph[];
  /** Text alternative of the step's chart state. */
  alt: Paragraph;
  chart: { view: ChartView; state: string };
};

/** A numbered source note, listed under "Sources" in order of first citation. */
export type SourceNote = {
  n: number;
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string;
  confidence: 'high' | 'medium';
  note?: string;
};

/** A disagreement between sources, as "Where sources disagree" lists it: each claim with its source note. */
export type ConflictNote = { id: string; topic: string; claims: { claim: string; notes: number[] }[]; resolution: string };

/** Everything the page prints, resolved: what buildStory gives and the components render. */
export type Story = {
  meta: { title: string; description: string; canonicalUrl: string; lang: string; published: string; updated: string; updatedText: string; siteName: string };
  /** The byline's dates: first published, and when and how it was updated since (null if it was not). */
  dates: BylineDates;
  kicker: Paragraph;
  headline: Paragraph;
  dek: Paragraph;
  byline: Paragraph;
  sections: { id: string; heading: Paragraph; steps: StoryStep[] }[];
  steps: StoryStep[];
  sourcesHeading: Paragraph;
  sourcesIntro: Paragraph;
  credits: Paragraph;
  methodology: Paragraph;
  votesNote: string;
  dataHeading: Paragraph;
  dataIntro: Paragraph;
  dataLicence: Paragraph;
  /** The one-line credit that ends the embed, which lists no sources of its own. */
  embedCredit: Paragraph;
  /** The words of the embed's link to the story page's sources, notes and data. */
  embedSourcesLink: Paragraph;
  /** Alt text of the share image (also used by the embed snippet's <noscript> image). */
  shareAlt: string;
  /** The line under the headline in the share image, resolved. */
  shareSubtitle: string;
  /** The people in the story, with their roles and source notes. */
  people: { id: string; name: string; party: string; role: string; notes: number[] }[];
  /** Corrections and updates, newest first. */
  corrections: { date: string; dateText: string; kind: 'correction' | 'update'; text: Paragraph }[];
  notes: SourceNote[];
  conflicts: ConflictNote[];
  /** The words of the page around the story (data/copy.json `ui`), in the edition's language (meta.lang). */
  ui: Dataset['copy']['ui'];
};
