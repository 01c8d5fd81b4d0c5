/**
 * Where a page's links to source notes ("#source-12") point, handed down from the page to every
 * Prose and data table inside it. The story page lists its notes itself, so by default links stay
 * on the page; the embed lists none (it ends with a link to the story page's sources instead), so it
 * points them at the story page, opening outside the frame.
 *
 *   setNotesLink({ page: './', target: '_blank' }); // in Page.svelte, when embedded
 *   notesLink()                                     // → { page: './', target: '_blank' } in any component below it
 *
 * @module
 */
import { createContext } from 'svelte';

/** The page that lists the notes, before "#source-N" ("" for this page), and where its links open. */
export type NotesLink = { page: string; target?: '_blank' };

const [getNotesLink, setNotesLinkContext, hasNotesLink] = createContext<NotesLink>();

/** Sets where the source-note links of the components below point. Call during component initialisation. */
export function setNotesLink(link: NotesLink): void {
  setNotesLinkContext(link);
}

/** Where source-note links point here: as set by a page above, else this page ({ page: '' }). */
export function notesLink(): NotesLink {
  return hasNotesLink() ? getNotesLink() : { page: '' };
}
