/**
 * The copy's own rules: ids the page can use, chart states that exist, published steps kept, corrections dated, and an update that says what changed.
 *
 * @module
 */
import { statesOf } from '../../../charts/index.ts';
import { nearest } from '../nearest.ts';
import type { Dataset } from '../types.ts';
import { didYouMean, type Add } from './add.ts';

/** Element ids the page itself uses (the story, its embed and chart pages); a section id must not collide with them. */
const RESERVED_IDS = ['main', 'sources', 'graphic-root', 'corrections', 'data', 'chart-title'];
/** Ids the page makes from other things' ids: step anchors, source notes, disagreements, section headings. */
const RESERVED_PATTERN = /^(step|source|conflict)-|-heading$/;

/** The copy's own rules: unique ids the page can use, chart states that exist, published steps kept, corrections dated. */
export function checkCopy(data: Partial<Dataset>, add: Add) {
  const c = data.copy;
  if (!c) return;
  const sectionIds = c.sections.map((sec) => sec.id);
  c.sections.forEach((sec, i) => {
    if (sectionIds.indexOf(sec.id) !== i) add('copy', `sections[${i}].id`, `expected a unique id, found "${sec.id}" a second time`);
    if (RESERVED_IDS.includes(sec.id) || RESERVED_PATTERN.test(sec.id))
      add('copy', `sections[${i}].id`, `expected an id the page does not use itself (${RESERVED_IDS.join(', ')}, step-…, source-…, conflict-…, …-heading), found "${sec.id}"`);
  });
  const stepIds = c.sections.flatMap((s) => s.steps.map((st) => st.id));
  c.sections.forEach((s, si) =>
    s.steps.forEach((st, i) => {
      const at = `sections[${si}].steps[${i}]`;
      if (stepIds.indexOf(st.id) !== stepIds.lastIndexOf(st.id)) add('copy', `${at}.id`, `expected a unique step id, found "${st.id}" more than once`);
      if (/^\d+$/.test(st.id)) add('copy', `${at}.id`, `expected a step id with at least one letter (numbers are kept for published step numbers), found "${st.id}"`);
      // States that come from the data (meeting numbers) are known only when that file is valid.
      if (st.chart.view === 'meetings' && !data.meetings) return;
      const states = statesOf(st.chart.view, data.meetings ? { meetings: data.meetings } : undefined);
      if (!states.includes(st.chart.state))
        add('copy', `${at}.chart.state`, `expected one of ${states.map((x) => `"${x}"`).join(', ')} for the "${st.chart.view}" chart, found "${st.chart.state}"`, didYouMean(st.chart.state, states));
    }),
  );
  const retired = c.retiredSteps ?? {};
  for (const [old, now] of Object.entries(retired)) {
    if (stepIds.includes(old)) add('copy', `retiredSteps.${old}`, `expected a step no longer in sections, found "${old}", which still is`, { hint: 'remove it from retiredSteps, or remove the step' });
    if (!stepIds.includes(now)) add('copy', `retiredSteps.${old}`, `expected the id of the step that now tells "${old}"'s part, found "${now}", which is not a step`, didYouMean(now, stepIds));
  }
  const published = new Set<string>();
  c.publishedSteps.forEach((id, i) => {
    if (published.has(id)) add('copy', `publishedSteps[${i}]`, `expected each published step once, found "${id}" a second time`);
    published.add(id);
    if (!stepIds.includes(id) && !Object.hasOwn(retired, id))
      add('copy', `publishedSteps[${i}]`, `expected the id of a step in sections, found "${id}": embeds published with data-step="${i + 1}" and charts/step-${i + 1}.html show this step`, {
        hint: `keep the step, or, if it was renamed, write its new id here${nearest(id, stepIds) ? ` (did you mean "${nearest(id, stepIds)}"?)` : ''}`,
      });
  });
  if (c.meta.published > c.meta.updated)
    add('copy', 'meta.updated', `expected a date on or after meta.published (${c.meta.published}), found ${c.meta.updated}`, { hint: `a story is updated after it is first published: set meta.updated to ${c.meta.published} until it changes` });
  if (data.corrections) {
    const entries = data.corrections.corrections;
    entries.forEach((entry, i) => {
      if (entry.date > c.meta.updated)
        add('corrections', `corrections[${i}].date`, `expected a date on or before meta.updated in data/copy.json (${c.meta.updated}), found ${entry.date}`, { hint: `move meta.updated in data/copy.json forward to ${entry.date}` });
    });
    // The byline says "Updated <date> with <what changed>", what changed being the entries of that day.
    if (c.meta.updated > c.meta.published && !entries.some((entry) => entry.date === c.meta.updated))
      add('copy', 'meta.updated', `expected a correction or update dated ${c.meta.updated} in data/corrections.json, saying what changed that day, found none`, {
        hint: `add { "date": "${c.meta.updated}", "kind": "update", "text": "…" } to data/corrections.json, or set meta.updated back to the date of the last entry (or to meta.published, ${c.meta.published}, if there is none)`,
      });
  }
}
