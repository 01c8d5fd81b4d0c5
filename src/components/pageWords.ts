/**
 * The edition a page is in, handed down from the page to every component inside it: the words of
 * the page around the story (data/copy.json `ui`, translated in data/locales/) and how the edition
 * writes numbers (formats.ts). A component rendered outside a page (in a unit test) speaks the
 * English it always has.
 *
 *   setPageWords(() => story); // in Page.svelte and ChartPage.svelte
 *   pageWords().f.number(12) // → "១២" on the Khmer page
 *
 * @module
 */
import { createContext } from 'svelte';
import { englishFormats, formatsFor, type Formats } from '../lib/format/formats.ts';
import type { Story } from '../lib/story/types.ts';

/** The words of the page (undefined outside a page: each component then says its English), and its formats. */
export type PageWords = { ui?: Story['ui']; f: Formats };

const [getPageWords, setPageWordsContext, hasPageWords] = createContext<PageWords>();

/** Sets the edition of the components below: the story's words and language. Call during component initialisation. */
export function setPageWords(story: () => Pick<Story, 'ui' | 'meta'>): void {
  setPageWordsContext({
    get ui() {
      return story().ui;
    },
    get f() {
      return formatsFor(story().meta.lang);
    },
  });
}

/** The edition here: as set by a page above, else English. */
export function pageWords(): PageWords {
  return hasPageWords() ? getPageWords() : { f: englishFormats };
}
