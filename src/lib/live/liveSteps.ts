/**
 * The steps as the live graphic knows them: `readSteps` reads them from the prerendered page,
 * `findStep` finds one by a deep link's reference.
 *
 * @module
 */

import { unfoldFigure } from './deferredFigures.ts';

/**
 * A step as the live graphic knows it, read from the prerendered page (the page is the only
 * copy of the story: the script carries no prose and no chart geometry). Each `.step` carries its
 * anchor (`id`), its chart, view and state (`data-chart`, `data-view`, `data-state`), the numbers and
 * old ids it was published under (empty `.step-alias` elements, `id="step-7"`, `id="step-meeting-1"`),
 * and its static figure (`.step-figure > .chart`, taken out of its `<noscript>` when first asked
 * for: src/lib/live/deferredFigures.ts), which the live graphic copies.
 *
 *   readSteps(document)[0] // → { id: 'voters', anchor: 'step-voters', chart: 'seats', figure: <svg>, … }
 */
export type LiveStep = {
  el: HTMLElement;
  id: string;
  anchor: string;
  numbers: number[];
  aliases: string[];
  chart: string;
  view: string;
  state: string;
  /** The heading of the step's section, for the announcement. */
  heading: string;
  /** The chart of this step, as its static figure draws it (put in the page at the first call). */
  figure: () => Element | null;
};

/** Every `.step` of the page, in order, as the live graphic knows it. */
export function readSteps(doc: Document): LiveStep[] {
  return [...doc.querySelectorAll<HTMLElement>('.step')].map((el) => {
    const refs = [...el.querySelectorAll('.step-alias')].map((a) => a.id.replace(/^step-/, ''));
    return {
      el,
      id: el.id.replace(/^step-/, ''),
      anchor: el.id,
      numbers: refs.filter((r) => /^\d+$/.test(r)).map(Number),
      aliases: refs.filter((r) => !/^\d+$/.test(r)),
      chart: el.dataset.chart ?? '',
      view: el.dataset.view ?? '',
      state: el.dataset.state ?? '',
      heading: el.closest('section')?.querySelector('h2')?.textContent?.trim() ?? '',
      figure: () => {
        const figure = el.querySelector('.step-figure');
        return figure && unfoldFigure(figure);
      },
    };
  });
}

/**
 * A step by id or old id, or by the number it was first published under (old links and embeds).
 *
 *   findStep(steps, 'result') // → 1
 *   findStep(steps, 7)        // → the step first published as step 7
 */
export function findStep(steps: readonly Pick<LiveStep, 'id' | 'numbers' | 'aliases'>[], ref: string | number): number | undefined {
  const i = typeof ref === 'number' ? steps.findIndex((s) => s.numbers.includes(ref)) : steps.findIndex((s) => s.id === ref || s.aliases.includes(ref));
  return i < 0 ? undefined : i;
}
