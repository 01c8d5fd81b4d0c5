/**
 * Server entry: renders the story of a validated dataset to HTML. Used by the build (prerender)
 * and the dev server; never shipped to the browser.
 *
 *   renderStory(dataset) // → { head: '<title>…', body: '<a class="skip-link" …' }
 */
import { render } from 'svelte/server';
import Graphic from './components/Graphic.svelte';
import Page from './components/Page.svelte';
import type { Dataset } from './lib/data/types.ts';
import { buildScenes } from './lib/story/buildScenes.ts';
import { buildStory } from './lib/story/buildStory.ts';
import { buildTables } from './lib/story/buildTables.ts';
import type { GraphicProps } from './lib/story/GraphicProps.ts';

/** JSON that is safe inside a <script> element: no "</script>", no "<!--". */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function renderStory(dataset: Dataset): { head: string; body: string } {
  const story = buildStory(dataset);
  const scenes = buildScenes(dataset);
  const tables = buildTables(dataset);
  const headings = new Map(story.sections.flatMap((s) => s.steps.map((st) => [st.id, s.heading.map((x) => x.text).join('')])));
  const graphicProps: GraphicProps = {
    scenes,
    steps: story.steps.map((s) => ({ anchor: s.anchor, view: s.chart.view, state: s.chart.state, heading: headings.get(s.id) ?? '' })),
  };
  const graphic = render(Graphic, { props: graphicProps });
  const page = render(Page, { props: { story, scenes, tables, graphicHtml: graphic.body, graphicJson: scriptJson(graphicProps) } });
  return { head: page.head, body: page.body };
}
